package org.scribeonfhir.review;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

/** Everything the review pane template shows, computed once per request. */
record PaneView(
        String draftId,
        String state,
        int version,
        String updated,
        String updatedBy,
        String readyBy,
        String ready,
        String writtenReference,
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
        SignCheck signCheck) {

    /** Calibrated confidences: below one half, a clinician is more likely to drop the statement than keep it. */
    static final double LOW_CONFIDENCE = 0.5;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    /**
     * Sign was pressed but not everything was confirmed: the attestation (what it says) and the "check"
     * statements nobody accepted, edited or removed.
     */
    record SignCheck(boolean attestationMissing, List<String> unreviewed, String attestation) {
    }

    record FactGroup(String title, List<FactView> facts) {
    }

    record FactView(String anchor, ChartFact fact) {
    }

    record EvidenceLink(String href, String label) {
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
    }

    record SectionView(int index, String header, String text, int rows, List<StatementView> statements,
            List<String> added) {
    }

    static PaneView of(Draft draft, LaunchSession session, Map<String, String> shownText, String notice,
            String conflict) {
        EncounterContext c = draft.context();
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
            sections.add(new SectionView(i, header, text, Math.max(3, Math.min(16, text.split("\n").length + 1)),
                    marks.drafted().stream().map(m -> statement(m.statement(), m.mark() == StatementMarks.Mark.EDITED,
                            draft.isAccepted(m.statement().text()))).toList(),
                    marks.added()));
        }
        String whyNot = Signers.whyNot(session, draft);
        return new PaneView(draft.id().toString(), draft.state().code(), draft.version(),
                time(draft.updatedAt()), draft.updatedBy(), draft.readyBy(), time(draft.readyAt()),
                draft.writtenReference(), draft.writeError(), c.patient(), c.encounter(), session.needPatientBanner(),
                session.smartStyleUrl() != null, Transcript.parse(draft.transcript()), draft.transcriptSource(), chart,
                sections, warnings(c.warnings(), draft.modelDraft().notices(), session), notice, conflict, draft.state().editable(), whyNot == null, whyNot,
                session.csrfToken(), null);
    }

    /** The same view, asking the signer to confirm what signing needs (see {@link SignReview}). */
    PaneView asking(SignNeedsReview needs) {
        return new PaneView(draftId, state, version, updated, updatedBy, readyBy, ready, writtenReference, writeError,
                patient, encounter, banner, hasStyle, turns, transcriptSource, chart, sections, warnings, notice,
                conflict, editable, canSign, signerHint, csrf,
                new SignCheck(!needs.attested(), needs.unreviewed(), SignReview.ATTESTATION));
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

    private static List<FactView> facts(List<ChartFact> facts) {
        return facts.stream().map(f -> new FactView(anchor(f.reference()), f)).toList();
    }

    private static StatementView statement(Statement s, boolean edited, boolean accepted) {
        List<EvidenceLink> links = new ArrayList<>();
        for (Evidence e : s.evidence()) {
            if ("fhir".equals(e.kind())) {
                links.add(new EvidenceLink("#" + anchor(e.reference()), e.reference()));
            } else if (e.turns() != null) {
                for (Integer turn : e.turns()) {
                    links.add(new EvidenceLink("#turn-" + turn, "turn " + turn));
                }
            }
        }
        String targets = String.join(" ", links.stream().map(l -> l.href().substring(1)).toList());
        return new StatementView(s.text(), Math.round(s.confidence() * 100) + "%", s.confidence() < LOW_CONFIDENCE,
                edited, accepted, targets, links);
    }
}
