package org.scribeonfhir.drafting.visit;

/**
 * How the visit took place: {@code in person}, by {@code telephone} or by {@code video}. A remote consultation
 * without a narrated exam says so in the note instead of leaving the exam empty.
 */
public record Consultation(String mode, Support support) {

    public static final Consultation IN_PERSON = new Consultation("in person", null);

    public boolean remote() {
        return !mode.equals("in person");
    }
}
