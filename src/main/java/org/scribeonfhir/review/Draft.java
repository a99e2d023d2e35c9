package org.scribeonfhir.review;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.scribeonfhir.drafting.DraftNote;
import org.scribeonfhir.ehr.EncounterContext;

/**
 * A note in review.
 *
 * @param modelDraft the composer's latest draft, with evidence (edits never overwrite it)
 * @param sections   the current text of each section, header → text
 * @param accepted   drafted statements a person accepted as they stand (their "check" cleared)
 * @param attestation what the signer confirmed when signing, once signed
 * @param acknowledged critical safety findings the signer acknowledged with a reason, oldest first
 * @param provenance   once written: where the EHR keeps the note's signed Provenance, or why it does not
 */
record Draft(
        UUID id,
        String iss,
        String patientId,
        String encounterId,
        DraftState state,
        int version,
        DraftNote modelDraft,
        LinkedHashMap<String, String> sections,
        EncounterContext context,
        String transcript,
        String transcriptSource,
        Instant createdAt,
        String updatedBy,
        Instant updatedAt,
        String readyBy,
        Instant readyAt,
        String signedBy,
        Instant signedAt,
        String writtenReference,
        String writeError,
        List<Accepted> accepted,
        String attestation,
        List<Acknowledged> acknowledged,
        WrittenProvenance provenance) {

    /** The signed Provenance we keep for a written note: the EHR's reference for it, or why the EHR has none. */
    record WrittenProvenance(String reference, String problem) {
    }

    /** A statement a person read and accepted as drafted: its text, who and when. */
    record Accepted(String statement, String by, Instant at) {
    }

    /** A critical finding (by its key) someone who may sign acknowledged: why, who, when, on which version. */
    record Acknowledged(String finding, String reason, String by, Instant at, int version) {
    }

    Optional<Acknowledged> acknowledgement(String findingKey) {
        return acknowledged.stream().filter(a -> a.finding().equals(findingKey)).findFirst();
    }

    boolean isAccepted(String statementText) {
        String key = StatementMarks.normalize(statementText);
        return accepted.stream().anyMatch(a -> StatementMarks.normalize(a.statement()).equals(key));
    }
}
