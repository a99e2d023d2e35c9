package org.scribeonfhir.sandbox;

/** What a live access token stands for: the client, its granted scopes and its launch context. */
record AccessGrant(String clientId, SandboxScopes.Granted scopes, String practitionerId, String patientId,
        String encounterId) {
}
