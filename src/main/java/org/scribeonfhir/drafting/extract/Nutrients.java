package org.scribeonfhir.drafting.extract;

import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Match;

/**
 * A mineral or vitamin named as something other than a tablet taken: a blood result ("your calcium is normal at two
 * point four one") or an ingredient of another product ("the prenatal vitamin with iron").
 */
final class Nutrients {

    private static final Pattern NUTRIENT = Pattern.compile("(?i)calcium|potassium|magnesium|iron|sodium|phosphate|"
            + "zinc|folate|folic acid|vitamin d|vitamin b12|b12|ferritin");
    private static final Pattern RESULT = Pattern.compile("(?i)^\\s*(?:'s|is|was|were|came back|comes back|levels?)"
            + "(?:\\s+(?:\\w+)){0,2}?\\s+(?:normal|high|low|fine|raised|elevated|ok|okay|up|down|borderline|\\d)");
    private static final Pattern INGREDIENT = Pattern.compile("(?i)\\b(?:vitamins?|multivitamins?|prenatals?|"
            + "supplements?|tablets?)\\s+(?:with|plus|containing|that has|that have)\\s+(?:added\\s+)?$"
            // "keep it four hours apart from the iron": when to take another drug, no order of the iron
            + "|\\b(?:apart|away|separately) from (?:the |your |his |her )?$");

    private Nutrients() {
    }

    /** True when {@code d}, with the words before and after it, is a result or an ingredient, not a drug taken. */
    static boolean notTaken(Match d, String before, String after) {
        return NUTRIENT.matcher(d.surface()).matches()
                && (RESULT.matcher(after).lookingAt() || INGREDIENT.matcher(before).find());
    }
}
