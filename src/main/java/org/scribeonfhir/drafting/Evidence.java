package org.scribeonfhir.drafting;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Where a statement comes from: transcript turns, or one FHIR resource. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Evidence(String kind, List<Integer> turns, String reference) {

    public static Evidence transcript(List<Integer> turns) {
        return new Evidence("transcript", List.copyOf(turns), null);
    }

    public static Evidence fhir(String reference) {
        return new Evidence("fhir", null, reference);
    }
}
