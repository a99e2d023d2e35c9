package org.scribeonfhir.review;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.scribeonfhir.drafting.Evidence;
import org.scribeonfhir.drafting.NoteHeaders;
import org.scribeonfhir.drafting.Section;
import org.scribeonfhir.drafting.Statement;
import org.scribeonfhir.drafting.Transcript;
import org.scribeonfhir.drafting.Turn;
import org.scribeonfhir.ehr.ChartFact;
import org.scribeonfhir.ehr.EncounterContext;
import org.scribeonfhir.ehr.EncounterFacts;
import org.scribeonfhir.ehr.PatientFacts;
import org.scribeonfhir.launch.LaunchSession;
import org.scribeonfhir.validation.Finding;
import org.scribeonfhir.validation.SafetyChecks;

/** Everything the review pane template shows, computed once per request. */
record PaneView(
        String draftId,
        String state,
        int version,
        Moment saved,
        Moment readied,
        String writtenReference,
        Draft.WrittenProvenance provenance,
        String writeError,
        PatientFacts patient,
        EncounterFacts encounter,
        boolean banner,
        boolean hasStyle,
        List<Turn> turns,
        String transcriptSource,
        List<FactGroup> chart,
        List<SectionView> sections,
        List<String> warnings,
        String notice,
        String conflict,
        boolean editable,
        boolean canSign,
        String signerHint,
        String csrf,
        Map<String, AckView> acknowledged,
        EncounterContext context,
        SignCheck signCheck) {

    /** Calibrated confidences: below one half, a clinician is more likely to drop the statement than keep it. */
    static final double LOW_CONFIDENCE = 0.5;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    /**
     * Sign was pressed but not everything was confirmed: the attestation (what it says) and the "check"
     * statements nobody accepted, edited or removed.
     */
    record SignCheck(boolean attestationMissing, List<String> unreviewed, List<Finding> openCritical,
            String attestation) {
    }

    /** A signer's acknowledgement of a critical finding: why, who and when. */
    record AckView(String reason, Moment moment) {
    }

    /** A safety finding on the text as shown, with its acknowledgement once a signer gave one. */
    record FindingView(Finding finding, AckView ack) {

        public String key() {
            return finding.key();
        }

        /** Critical and not acknowledged: it blocks signing. */
        public boolean open() {
            return finding.severity() == Finding.Severity.CRITICAL && ack == null;
        }
    }

    /**
     * Who did something and when: the FHIR reference and the person's name, the time as text (UTC, for pages
     * without script) and as ISO-8601 (the pane's script shows it in the reader's own time zone).
     */
    record Moment(String by, String byName, String at, String iso) {

        static Moment of(String by, Instant at, People people) {
            return at == null ? null : new Moment(by, people.of(by), time(at), at.toString());
        }
    }

    record FactGroup(String title, List<FactView> facts) {
    }

    record FactView(String anchor, ChartFact fact) {
    }

    /** @param href where it highlights (null: nothing on the page shows it); reference: the FHIR one, if any */
    record EvidenceLink(String href, String label, String reference) {
    }

    /**
     * @param targets space-separated ids of the transcript turns and chart facts behind the statement
     * @param edited   a person changed or removed it in the section's text
     * @param accepted a person accepted it as it stands, which clears its "check"
     */
    record StatementView(String text, String confidence, boolean low, boolean edited, boolean accepted,
            String targets, List<EvidenceLink> evidence) {

        /** Marked "check" and still waiting for a person: accept, edit or reject it. */
        public boolean needsReview() {
            return low && !edited && !accepted;
        }

        /** The evidence chips as JSON ([[href or null, label], …]) for the pane's script to show on demand. */
        public String chips() {
            StringBuilder out = new StringBuilder("[");
            for (EvidenceLink e : evidence) {
                out.append(out.length() > 1 ? "," : "").append('[').append(json(e.href())).append(',')
                        .append(json(e.label())).append(']');
            }
            return out.append(']').toString();
        }
    }

    /**
     * One line of a section as the note shows it: a drafted statement still standing (with its evidence), or
     * a line a person wrote ({@code statement} null).
     */
    record LineView(String text, StatementView statement, boolean changed) {
    }

    record SectionView(int index, String header, String text, int rows, List<StatementView> statements,
            List<String> added) {

        /** The note's lines for the page; computed only when a page renders them (not for the JSON API). */
        public List<LineView> lines() {
            return PaneView.lines(text, statements);
        }
    }

    static PaneView of(Draft draft, LaunchSession session, Map<String, String> shownText, String notice,
            String conflict, People people) {
        EncounterContext c = draft.context();
        Map<String, ChartFact> byReference = new HashMap<>();
        Stream.of(c.conditions(), c.vitals(), c.labs(), c.medications(), c.allergies(), c.priorNotes())
                .flatMap(List::stream).forEach(f -> byReference.putIfAbsent(f.reference(), f));
        List<FactGroup> chart = List.of(
                new FactGroup("Problems", facts(c.conditions())),
                new FactGroup("Vital signs", facts(c.vitals())),
                new FactGroup("Lab results", facts(c.labs())),
                new FactGroup("Medications", facts(c.medications())),
                new FactGroup("Allergies", facts(c.allergies())),
                new FactGroup("Prior notes", facts(c.priorNotes())));
        List<SectionView> sections = new ArrayList<>();
        for (int i = 0; i < NoteHeaders.ALL.size(); i++) {
            String header = NoteHeaders.ALL.get(i);
            String text = shownText.getOrDefault(header, "");
            Section model = draft.modelDraft().section(header);
            StatementMarks.Result marks = StatementMarks.of(model, text);
            List<StatementView> statements = marks.drafted().stream().map(m -> statement(m.statement(),
                    m.mark() == StatementMarks.Mark.EDITED, draft.isAccepted(m.statement().text()), byReference))
                    .toList();
            sections.add(new SectionView(i, header, text, Math.max(3, Math.min(16, text.split("\n").length + 1)),
                    statements, marks.added()));
        }
        String whyNot = Signers.whyNot(session, draft);
        return new PaneView(draft.id().toString(), draft.state().code(), draft.version(),
                Moment.of(draft.updatedBy(), draft.updatedAt(), people),
                Moment.of(draft.readyBy(), draft.readyAt(), people),
                draft.writtenReference(), draft.provenance(), draft.writeError(), c.patient(), c.encounter(), session.needPatientBanner(),
                session.smartStyleUrl() != null, Transcript.parse(draft.transcript()), draft.transcriptSource(), chart,
                sections, warnings(c.warnings(), draft.modelDraft().notices(), session), notice, conflict, draft.state().editable(), whyNot == null, whyNot,
                session.csrfToken(), acknowledged(draft, people), c, null);
    }

    private static Map<String, AckView> acknowledged(Draft draft, People people) {
        Map<String, AckView> out = new HashMap<>();
        draft.acknowledged().forEach(a -> out.put(a.finding(), new AckView(a.reason(), Moment.of(a.by(), a.at(),
                people))));
        return out;
    }

    /** The same view, asking the signer to confirm what signing needs (see {@link SignReview}). */
    PaneView asking(SignNeedsReview needs) {
        return new PaneView(draftId, state, version, saved, readied, writtenReference, provenance, writeError,
                patient, encounter, banner, hasStyle, turns, transcriptSource, chart, sections, warnings, notice,
                conflict, editable, canSign, signerHint, csrf, acknowledged, context,
                new SignCheck(!needs.attested(), needs.unreviewed(), needs.openCritical(), SignReview.ATTESTATION));
    }

    /** The safety checks on the text as shown, critical first (computed only when a page renders them). */
    public List<FindingView> findings() {
        Map<String, String> note = new LinkedHashMap<>();
        sections.forEach(s -> note.put(s.header(), s.text()));
        return SafetyChecks.of(note, context).stream()
                .map(f -> new FindingView(f, f.severity() == Finding.Severity.CRITICAL ? acknowledged.get(f.key())
                        : null))
                .toList();
    }

    /** The state in words, for the badge. */
    public String stateLabel() {
        return DraftState.of(state).label();
    }

    /** What the attestation checkbox says. */
    public String attestation() {
        return SignReview.ATTESTATION;
    }

    private static List<String> warnings(List<String> reading, List<String> drafting, LaunchSession session) {
        List<String> all = new ArrayList<>(reading);
        all.addAll(drafting);
        if (Boolean.FALSE.equals(session.mayWriteNotes())) {
            all.add("The EHR did not give Scribe permission to write notes in this launch (granted: "
                    + session.grantedScope() + "). You can edit and keep the draft, but signing cannot put it in the "
                    + "chart. Ask your EHR administrator to grant Scribe user/DocumentReference.c, then re-launch.");
        }
        return all;
    }

    static String time(Instant instant) {
        return instant == null ? null : TIME.format(instant);
    }

    static String anchor(String reference) {
        return "fact-" + reference.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    /**
     * Each line of the text with the drafted statement it still is, or the one a person changed into it (most
     * of its words in common), so a changed line keeps its evidence; each statement claims one line.
     */
    static List<LineView> lines(String text, List<StatementView> statements) {
        Map<String, StatementView> unclaimed = new LinkedHashMap<>();
        statements.stream().filter(st -> !st.edited())
                .forEach(st -> unclaimed.putIfAbsent(StatementMarks.normalize(st.text()), st));
        List<StatementView> changed = new ArrayList<>(statements.stream().filter(StatementView::edited).toList());
        List<LineView> out = new ArrayList<>();
        for (String line : StatementMarks.lines(text)) {
            StatementView kept = unclaimed.remove(StatementMarks.normalize(line));
            StatementView from = kept != null ? null : LineSimilarity.closest(line, changed);
            if (from != null) {
                changed.remove(from);
            }
            out.add(new LineView(line.strip(), kept != null ? kept : from, from != null));
        }
        return out;
    }

    private static String json(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        for (char ch : value.toCharArray()) {
            if (ch == '"' || ch == '\\') {
                out.append('\\').append(ch);
            } else if (ch < 0x20) {
                out.append(String.format("\\u%04x", (int) ch));
            } else {
                out.append(ch);
            }
        }
        return out.append('"').toString();
    }

    private static List<FactView> facts(List<ChartFact> facts) {
        return facts.stream().map(f -> new FactView(anchor(f.reference()), f)).toList();
    }

    private static StatementView statement(Statement s, boolean edited, boolean accepted,
            Map<String, ChartFact> chart) {
        List<EvidenceLink> links = new ArrayList<>();
        for (Evidence e : s.evidence()) {
            if ("fhir".equals(e.kind())) {
                ChartFact fact = chart.get(e.reference());
                links.add(fact != null ? new EvidenceLink("#" + anchor(e.reference()), FactChips.label(fact), e.reference())
                        : new EvidenceLink(null, FactChips.unlisted(e.reference()), e.reference()));
            } else if (e.turns() != null) {
                for (Integer turn : e.turns()) {
                    links.add(new EvidenceLink("#turn-" + turn, "turn " + turn, null));
                }
            }
        }
        String targets = String.join(" ", links.stream().filter(l -> l.href() != null)
                .map(l -> l.href().substring(1)).toList());
        return new StatementView(s.text(), Math.round(s.confidence() * 100) + "%", s.confidence() < LOW_CONFIDENCE,
                edited, accepted, targets, links);
    }
}
