package org.scribeonfhir.sandbox;

import java.time.Instant;

/**
 * One row of {@code auth_grant}: a launch context, a pending standalone authorization, a code or a
 * token. The secret value itself is never here, only its hash (the row's key).
 */
record GrantRow(String kind, String family, String clientId, String redirectUri, String scope, String state,
        String codeChallenge, String nonce, String browserHash, String practitionerId, String patientId,
        String encounterId, Instant expiresAt) {

    static GrantRow launch(String family, String practitionerId, String patientId, String encounterId,
            Instant expiresAt) {
        return new GrantRow("launch", family, null, null, null, null, null, null, null, practitionerId, patientId,
                encounterId, expiresAt);
    }

    /** The same authorization, as another kind of row with its own lifetime. */
    GrantRow as(String newKind, Instant newExpiry) {
        return new GrantRow(newKind, family, clientId, redirectUri, scope, null, "code".equals(newKind) ? codeChallenge
                : null, nonce, null, practitionerId, patientId, encounterId, newExpiry);
    }

    GrantRow withContext(String practitioner, String patient, String encounter) {
        return new GrantRow(kind, family, clientId, redirectUri, scope, state, codeChallenge, nonce, browserHash,
                practitioner, patient, encounter, expiresAt);
    }

    GrantRow withScope(String newScope) {
        return new GrantRow(kind, family, clientId, redirectUri, newScope, state, codeChallenge, nonce, browserHash,
                practitionerId, patientId, encounterId, expiresAt);
    }
}
