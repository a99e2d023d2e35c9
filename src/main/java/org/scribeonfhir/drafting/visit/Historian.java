package org.scribeonfhir.drafting.visit;

/**
 * Who gave the history: {@code patient}, or a {@code parent}, {@code spouse}, {@code interpreter} or
 * {@code other} companion; {@code said} is how they were named ("mother", "wife").
 */
public record Historian(String who, String said, Support support) {

    public static final Historian PATIENT = new Historian("patient", "patient", null);

    public boolean patient() {
        return who.equals("patient");
    }
}
