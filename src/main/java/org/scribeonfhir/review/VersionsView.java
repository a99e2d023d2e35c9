package org.scribeonfhir.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.scribeonfhir.drafting.NoteHeaders;

/** The history page: every saved version, the statements people accepted, and the signature with its attestation. */
record VersionsView(String draftId, String patient, String encounter, List<VersionView> versions,
        List<AcceptedView> accepted, String signedBy, String signedAt, String attestation, boolean editable,
        int current, String csrf, Comparison comparison) {

    /** Two versions side by side: each section's words kept, removed and added. */
    record Comparison(int from, int to, List<SectionDiff> sections) {
    }

    record SectionDiff(String header, boolean changed, List<WordDiff.Segment> segments) {
    }

    record AcceptedView(String statement, String by, String at) {
    }

    /** One version as the page lists it: its saver by name, its time as text and ISO. */
    record VersionView(int version, String kind, String savedBy, String savedByName, String savedAt,
            String savedAtIso, List<String> changedSections, Map<String, String> sections) {
    }

    static VersionsView of(Draft draft, List<DraftVersion> versions, People people, String csrf) {
        return new VersionsView(draft.id().toString(), draft.context().patient().name(), draft.encounterId(),
                versions.stream().map(v -> new VersionView(v.version(), v.kind(), v.savedBy(), people.of(v.savedBy()),
                        PaneView.time(v.savedAt()), v.savedAt() == null ? null : v.savedAt().toString(),
                        inNoteOrder(v.changedSections()), inNoteOrder(v.sections()))).toList(),
                draft.accepted().stream().map(a -> new AcceptedView(a.statement(), people.of(a.by()),
                        PaneView.time(a.at()))).toList(),
                people.of(draft.signedBy()), PaneView.time(draft.signedAt()), draft.attestation(),
                draft.state().editable(), draft.version(), csrf, null);
    }

    VersionsView comparing(DraftVersion from, DraftVersion to) {
        Map<String, String> before = inNoteOrder(from.sections());
        Map<String, String> after = inNoteOrder(to.sections());
        List<String> headers = Stream.concat(before.keySet().stream(), after.keySet().stream()).distinct().toList();
        List<SectionDiff> diffs = inNoteOrder(headers).stream().map(h -> {
            List<WordDiff.Segment> segments = WordDiff.of(before.getOrDefault(h, ""), after.getOrDefault(h, ""));
            return new SectionDiff(h, segments.stream().anyMatch(seg -> !seg.same()), segments);
        }).toList();
        return new VersionsView(draftId, patient, encounter, versions, accepted, signedBy, signedAt, attestation,
                editable, current, csrf, new Comparison(from.version(), to.version(), diffs));
    }

    /** The note's header order (the database keeps JSON keys in its own order). */
    static Map<String, String> inNoteOrder(Map<String, String> sections) {
        Map<String, String> out = new LinkedHashMap<>();
        NoteHeaders.ALL.forEach(h -> {
            if (sections.containsKey(h)) {
                out.put(h, sections.get(h));
            }
        });
        sections.forEach(out::putIfAbsent);
        return out;
    }

    static List<String> inNoteOrder(List<String> headers) {
        return Stream.concat(NoteHeaders.ALL.stream().filter(headers::contains),
                headers.stream().filter(h -> !NoteHeaders.ALL.contains(h))).toList();
    }
}
