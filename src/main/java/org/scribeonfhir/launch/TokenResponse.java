package org.scribeonfhir.launch;

import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The EHR's token response, kept whole (SMART puts the launch context beside the tokens). */
record TokenResponse(ObjectNode raw) {

    String accessToken() {
        return text("access_token").orElse(null);
    }

    Optional<String> refreshToken() {
        return text("refresh_token");
    }

    Optional<String> idToken() {
        return text("id_token");
    }

    Optional<Long> expiresIn() {
        JsonNode n = raw.get("expires_in");
        return n != null && n.canConvertToLong() ? Optional.of(n.asLong()) : Optional.empty();
    }

    Optional<String> patient() {
        return text("patient");
    }

    Optional<String> encounter() {
        return text("encounter");
    }

    Optional<String> scope() {
        return text("scope");
    }

    Optional<String> smartStyleUrl() {
        return text("smart_style_url");
    }

    boolean needPatientBanner() {
        JsonNode n = raw.get("need_patient_banner");
        return n != null && (n.asBoolean() || "true".equalsIgnoreCase(n.asText()));
    }

    /** A refresh answer may omit the context; keep what the launch gave us. */
    TokenResponse mergedInto(TokenResponse previous) {
        ObjectNode merged = previous.raw().deepCopy();
        merged.setAll(raw);
        if (refreshToken().isEmpty()) {
            previous.refreshToken().ifPresent(r -> merged.put("refresh_token", r));
        }
        return new TokenResponse(merged);
    }

    private Optional<String> text(String field) {
        JsonNode n = raw.get(field);
        return n == null || n.isNull() || n.asText().isBlank() ? Optional.empty() : Optional.of(n.asText());
    }
}
