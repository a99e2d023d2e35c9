package org.scribeonfhir.validation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * What a safety check found in a note: how serious, where (the section and the exact line), what a clinician
 * needs to know in one reading, and what it was checked against (FHIR references, reference-table rows).
 */
public record Finding(String kind, Severity severity, String section, String line, String message,
        List<String> evidence) {

    public enum Severity {
        /** Blocks signing until the signer acknowledges it with a reason. */
        CRITICAL,
        WARNING;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Finding {
        evidence = List.copyOf(evidence);
    }

    /**
     * Names this finding across requests: the same problem on the same line (spacing and case aside) has the
     * same key; once the line or what it conflicts with changes, it is a new finding to be looked at again.
     */
    public String key() {
        String identity = String.join("\n", kind, section,
                line.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT), message);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
