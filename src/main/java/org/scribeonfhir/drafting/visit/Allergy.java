package org.scribeonfhir.drafting.visit;

/** An allergy; substance {@code null} with {@code none} true for "no known drug allergies". */
public record Allergy(String substance, String reaction, boolean none, Support support) {
}
