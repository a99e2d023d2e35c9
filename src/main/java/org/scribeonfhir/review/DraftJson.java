package org.scribeonfhir.review;

import java.util.List;

import org.scribeonfhir.ehr.PatientFacts;

/** The draft as the JSON API shows it (the same facts as the pane). */
record DraftJson(String id, String state, String stateLabel, int version, PatientFacts patient, String encounter,
        List<SectionJson> sections, String updatedAt, String updatedBy, String updatedByName, String readyBy,
        String writtenReference,
        String writeError, boolean canSign, String signerHint) {

    record StatementJson(String text, String confidence, boolean lowConfidence, boolean edited, boolean accepted,
            boolean needsReview, List<String> evidence) {
    }

    record SectionJson(String header, String text, List<StatementJson> statements, List<String> added) {
    }

    static DraftJson of(PaneView v) {
        List<SectionJson> sections = v.sections().stream().map(s -> new SectionJson(s.header(), s.text(),
                s.statements().stream().map(st -> new StatementJson(st.text(), st.confidence(), st.low(), st.edited(),
                        st.accepted(), st.needsReview(),
                        st.evidence().stream().map(e -> e.reference() != null ? e.reference() : e.label()).toList()))
                        .toList(),
                s.added())).toList();
        return new DraftJson(v.draftId(), v.state(), v.stateLabel(), v.version(), v.patient(), v.encounter().id(), sections,
                v.saved() == null ? null : v.saved().iso(), v.saved() == null ? null : v.saved().by(),
                v.saved() == null ? null : v.saved().byName(), v.readied() == null ? null : v.readied().by(),
                v.writtenReference(), v.writeError(), v.canSign(), v.signerHint());
    }
}
