package org.scribeonfhir.drafting.model;

import java.util.Set;

/**
 * An entity in a turn: MEDICATION and PROBLEM come from the entity head; DOSE, FREQUENCY, ROUTE,
 * VALUE_UNIT, SYMPTOM, PROCEDURE and TEST from {@link EntityRules}. Attributes: NEGATED, HISTORICAL, FAMILY.
 */
public record ClinicalEntity(String type, int start, int end, String text, Set<String> attributes, double confidence) {

    public static final String NEGATED = "NEGATED";
    public static final String HISTORICAL = "HISTORICAL";
    public static final String FAMILY = "FAMILY";

    public ClinicalEntity {
        attributes = Set.copyOf(attributes);
    }

    public boolean is(String attribute) {
        return attributes.contains(attribute);
    }
}
