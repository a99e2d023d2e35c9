package org.scribeonfhir.review;

import java.util.Map;

/** Display names of the people a page mentions, by FHIR reference; a reference nobody named stays as it is. */
record People(Map<String, String> names) {

    static final People NONE = new People(Map.of());

    String of(String reference) {
        return reference == null ? null : names.getOrDefault(reference, reference);
    }
}
