package org.scribeonfhir.drafting.extract;

import java.util.Locale;

/**
 * Relatives by name ("mom" is the mother), which of them are blood relatives, and whose relative a companion names:
 * "My sister's daughter had kidney reflux", said by the patient's mother, is the patient's cousin, not niece; a
 * spouse's own family is no blood relative of the patient's.
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

    /** "mom" → "mother", "grandpa" → "grandfather". */
    static String relation(String said) {
        String s = said.toLowerCase(Locale.ROOT).replaceAll("^(?:older|younger|little|big) ", "");
        return switch (s) {
            case "mom", "mum", "mama" -> "mother";
            case "dad", "papa" -> "father";
            case "grandma", "granny", "gran", "nana", "nanna", "nan" -> "grandmother";
            case "grandpa", "grandad", "granddad", "gramps" -> "grandfather";
            case "co-worker", "co-workers", "coworkers" -> "coworker";
            case "kids", "kid", "children" -> "child";
            case "sister's boy", "sister's son", "brother's boy", "brother's son" -> "nephew";
            case "sister's girl", "sister's daughter", "brother's girl", "brother's daughter" -> "niece";
            default -> s;
        };
    }

    /** Blood relatives, whose conditions are family history (not a spouse, friend or coworker). */
    static boolean bloodRelative(String relation) {
        return relation.matches("mother|father|brother|sister|siblings?|grandmother|grandfather|grandparents?|aunt|"
                + "uncle|cousin|niece|nephew|son|daughter|child|parents|family|relatives?");
    }
}
