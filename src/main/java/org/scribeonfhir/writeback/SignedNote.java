package org.scribeonfhir.writeback;

import java.time.Instant;
import java.util.UUID;

/** A note a clinician signed, ready to be written to the EHR. */
public record SignedNote(UUID draftId, String patientId, String encounterId, String signer, String text,
        Instant signedAt) {
}
