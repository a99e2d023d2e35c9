package org.scribeonfhir.sandbox;

/** The parameters of one SMART authorize request, as the client sent them. */
record AuthorizeRequest(String responseType, String clientId, String redirectUri, String scope, String state,
        String aud, String launch, String codeChallenge, String codeChallengeMethod, String nonce) {
}
