package org.scribeonfhir.review;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.UUID;

import org.scribeonfhir.drafting.DraftNote;
import org.scribeonfhir.ehr.EncounterContext;

/**
 * A note in review.
 *
 * @param modelDraft the composer's latest draft, with evidence (edits never overwrite it)
 * @param sections   the current text of each section, header → text
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
        String writeError) {
}
