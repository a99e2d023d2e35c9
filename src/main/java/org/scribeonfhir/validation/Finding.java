package org.scribeonfhir.validation;

import java.util.List;
import java.util.Locale;

/**
 * What a safety check found in a note: how serious, where (the section and the exact line), what a clinician
 * needs to know in one reading, and what it was checked against (FHIR references, reference-table rows).
 */
public record Finding(String kind, Severity severity, String section, String line, String message,
        List<String> evidence) {

    public enum Severity {
        /** To block signing until acknowledged with a reason (the Safety issue; not enforced yet). */
        CRITICAL,
        WARNING;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Finding {
        evidence = List.copyOf(evidence);
    }
}
