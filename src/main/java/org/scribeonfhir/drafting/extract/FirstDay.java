package org.scribeonfhir.drafting.extract;

import java.util.regex.Pattern;

import org.scribeonfhir.drafting.extract.MedicationMentions.Mention;

/**
 * A first day told apart from the days after: "I'm sending in colchicine. Today you take 2 tablets, that's 1.2 mg,
 * and then one more, 0.6 mg, an hour later." … "Then starting tomorrow, 0.6 mg twice a day." is one course, the
 * first day's stages before the daily dose, never a change from the first day's dose to the daily one.
 */
final class FirstDay {

    private static final Pattern FROM_TOMORROW = Pattern.compile("(?i)\\b(?:from|starting) (?:tomorrow|the next day|"
            + "the day after)\\b");

    private FirstDay() {
    }

    /** The dose a sentence's stages give ("1.2 mg (2 tablets) today, then 0.6 mg 1 hour later"), else its dose. */
    static String dose(String sentence, String dose) {
        String staged = StagedDoses.of(sentence);
        return staged != null ? staged : dose;
    }

    /** The plan's dose once {@code m} is said: the first day's stages, then from tomorrow, the new one. */
    static String then(String before, Mention m) {
        return before != null && before.contains(", then ") && FROM_TOMORROW.matcher(m.where().text()).find()
                ? before + ", then from tomorrow " + m.dose() : m.dose();
    }
}
