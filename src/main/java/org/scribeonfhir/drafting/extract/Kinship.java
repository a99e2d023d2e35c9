package org.scribeonfhir.drafting.extract;

import java.util.Locale;

/**
 * "My sister's daughter had kidney reflux", said by the patient's mother: the relative is the patient's cousin, not
 * niece. A companion's "my …" named from the patient's side of the family; a spouse's own family is no blood relative
 * of the patient's.
 */
final class Kinship {

    private Kinship() {
    }

    /**
     * @param speaker  the companion's label ("parent", "mother", "spouse"…), or null
     * @param relation the relation as the companion said it, normalised ("sister", "niece")
     */
    static String toPatient(String speaker, String relation) {
        String who = speaker == null ? "" : speaker.toLowerCase(Locale.ROOT);
        if (who.matches("parent|mother|father|mom|mum|dad|guardian")) {
            return switch (relation) {
                case "mother" -> "grandmother";
                case "father" -> "grandfather";
                case "parents" -> "grandparents";
                case "sister" -> "aunt";
                case "brother" -> "uncle";
                case "niece", "nephew" -> "cousin";
                case "husband", "wife", "partner" -> "parent";
                default -> relation;
            };
        }
        if (who.matches("spouse|wife|husband|partner")) {
            return switch (relation) {
                case "mother", "father", "parents", "sister", "brother", "niece", "nephew", "aunt", "uncle", "cousin",
                        "grandmother", "grandfather" -> "spouse's " + relation;
                default -> relation;
            };
        }
        return relation;
    }
}
