package org.scribeonfhir.writeback;

import java.time.Instant;
import java.util.UUID;

/**
 * A note a clinician signed, ready to be written to the EHR.
 *
 * @param drafter       the model that drafted it ("scribe-drafting/2.4.3")
 * @param drafterSha256 that model's files' hash from its card, when the loaded model is that version; else null
 */
public record SignedNote(UUID draftId, String patientId, String encounterId, String signer, String text,
        Instant signedAt, String drafter, String drafterSha256) {
}
