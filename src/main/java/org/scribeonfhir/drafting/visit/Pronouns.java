package org.scribeonfhir.drafting.visit;

/** How the note refers to the patient. */
public record Pronouns(String subject, String object, String possessive, String reflexive, String noun) {

    public static final Pronouns FEMALE = new Pronouns("she", "her", "her", "herself", "female");
    public static final Pronouns MALE = new Pronouns("he", "him", "his", "himself", "male");
    public static final Pronouns UNKNOWN = new Pronouns("the patient", "the patient", "the patient's", "themselves",
            "patient");

    public boolean known() {
        return this != UNKNOWN;
    }
}
