package org.scribeonfhir.launch;

import java.time.Instant;

/** One authorization in flight: created by /launch, consumed once by /callback. */
record PendingLaunch(
        String stateHash,
        String browserHash,
        String issuerId,
        String iss,
        String launch,
        String codeVerifier,
        Instant createdAt,
        Instant expiresAt) {
}
