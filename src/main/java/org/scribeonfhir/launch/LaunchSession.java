package org.scribeonfhir.launch;

import java.time.Instant;

/**
 * What the rest of the app may know about a launch: its context, never its tokens
 * (ask {@link Sessions#accessToken} for a fresh one when calling the EHR).
 */
public record LaunchSession(
        String idHash,
        String issuerId,
        String iss,
        LaunchConfig.Vendor vendor,
        LaunchConfig.Signers signers,
        String patientId,
        String encounterId,
        String fhirUser,
        boolean needPatientBanner,
        String smartStyleUrl,
        String grantedScope,
        String csrfToken,
        Instant accessExpiresAt) {

    private static final java.util.regex.Pattern WRITES_NOTES = java.util.regex.Pattern.compile(
            "(?:user|patient|system)/(?:DocumentReference|\\*)\\.(?:[cruds]*c[cruds]*(?:\\?.*)?|write|\\*)");

    /**
     * Whether the EHR granted a scope that lets Scribe create a DocumentReference (SMART v2 {@code .c}, v1
     * {@code .write} or {@code .*}); null when the token response did not say what was granted.
     */
    public Boolean mayWriteNotes() {
        if (grantedScope == null || grantedScope.isBlank()) {
            return null;
        }
        for (String scope : grantedScope.strip().split("\\s+")) {
            if (WRITES_NOTES.matcher(scope).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The signed-in user's FHIR resource type (Practitioner, Patient…), or null when the EHR did not say. */
    public String fhirUserType() {
        if (fhirUser == null) {
            return null;
        }
        String[] parts = fhirUser.split("/");
        return parts.length >= 2 ? parts[parts.length - 2] : null;
    }
}
