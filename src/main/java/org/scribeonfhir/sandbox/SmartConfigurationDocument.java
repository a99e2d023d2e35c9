package org.scribeonfhir.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The sandbox's {@code .well-known/smart-configuration} (SMART App Launch 2.2 conformance.md). */
final class SmartConfigurationDocument {

    static final List<String> CAPABILITIES = List.of("launch-ehr", "launch-standalone", "client-public",
            "context-ehr-patient", "context-ehr-encounter", "context-standalone-patient", "context-banner",
            "context-style", "permission-v1", "permission-v2", "permission-offline", "permission-patient",
            "permission-user", "sso-openid-connect");

    private SmartConfigurationDocument() {
    }

    static Map<String, Object> build(SandboxUrls urls) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("issuer", urls.fhirBase());
        doc.put("jwks_uri", urls.jwks());
        doc.put("authorization_endpoint", urls.authorize());
        doc.put("token_endpoint", urls.token());
        doc.put("token_endpoint_auth_methods_supported", List.of("none"));
        doc.put("grant_types_supported", List.of("authorization_code", "refresh_token"));
        doc.put("scopes_supported", scopes());
        doc.put("response_types_supported", List.of("code"));
        doc.put("code_challenge_methods_supported", List.of("S256"));
        doc.put("id_token_signing_alg_values_supported", List.of("RS256"));
        doc.put("capabilities", CAPABILITIES);
        return doc;
    }

    private static List<String> scopes() {
        List<String> scopes = new ArrayList<>(List.of("openid", "fhirUser", "profile", "launch", "launch/patient",
                "launch/encounter", "offline_access", "online_access", "patient/*.rs", "user/*.rs", "patient/*.read",
                "user/*.read"));
        for (String type : SearchParameters.TYPES) {
            scopes.add("patient/" + type + ".rs");
            scopes.add("user/" + type + ".rs");
        }
        for (String type : SandboxFhirResource.CREATABLE) {
            scopes.add("patient/" + type + ".c");
            scopes.add("user/" + type + ".c");
            scopes.add("user/" + type + ".cd");
        }
        scopes.add("user/DocumentReference.c?category="
                + "http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category|clinical-note");
        return scopes;
    }
}
