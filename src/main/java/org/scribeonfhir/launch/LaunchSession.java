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

    /** The signed-in user's FHIR resource type (Practitioner, Patient…), or null when the EHR did not say. */
    public String fhirUserType() {
        if (fhirUser == null) {
            return null;
        }
        String[] parts = fhirUser.split("/");
        return parts.length >= 2 ? parts[parts.length - 2] : null;
    }
}
