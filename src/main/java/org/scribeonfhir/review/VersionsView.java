package org.scribeonfhir.review;

import java.util.List;

/** The history page: every saved version, the statements people accepted, and the signature with its attestation. */
record VersionsView(String draftId, String patient, String encounter, List<DraftVersion> versions,
        List<AcceptedView> accepted, String signedBy, String signedAt, String attestation) {

    record AcceptedView(String statement, String by, String at) {
    }

    static VersionsView of(Draft draft, List<DraftVersion> versions) {
        return new VersionsView(draft.id().toString(), draft.context().patient().name(), draft.encounterId(),
                versions, draft.accepted().stream().map(a -> new AcceptedView(a.statement(), a.by(),
                        PaneView.time(a.at()))).toList(),
                draft.signedBy(), PaneView.time(draft.signedAt()), draft.attestation());
    }
}
