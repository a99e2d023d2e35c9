package org.scribeonfhir.drafting.lexicon;

import java.util.regex.Pattern;

/** What is said around a phrase that makes it no term: a name, a place, a figure of speech, a feast, a pronoun. */
final class NotTheTerm {

    private static final Pattern TITLE_BEFORE = Pattern.compile("\\b(?:Mr|Mrs|Ms|Miss|"
            + "Mx|Dr|Doctor|Nurse|Sister|Professor|Prof)\\.?\\s+$");
    private static final Pattern PLACE_AFTER = Pattern.compile("^\\s+(?:Lane|Road|"
            + "Street|St|Avenue|Ave|Close|Drive|Way|Primary|School|Academy|College|Surgery|Hospital|Practice|Medical|"
            + "Health|Park|Court|Square|Hill|Green|Grove|Crescent|Place|Terrace|Gardens|Estate|Clinic)\\b");

    /** "it was a stroke of luck", "are you able to fall asleep?": a figure of speech, not the condition. */
    private static final Pattern IDIOM_AFTER = Pattern.compile("(?i)^\\s+(?:of (?:luck|"
            + "genius|midnight|good fortune|fortune|the pen|bad luck)|asleep|pregnant|apart)\\b" // "the travel sickness ones"
            + "|(?<=sickness)\\s+(?:ones|tablets|pills|bands|patch(?:es)?)\\b");
    /** "Yes man, mi feel better", "mi lip swell up": the Jamaican "mi" (I, my), not a myocardial infarction. */
    private static final Pattern MI_PRONOUN = Pattern.compile("^\\s+(?:feel|feeling|"
            + "have|did|do|don't|no|nah|cyaan|can|go|tek|take|want|know|tink|think|get|was|is|just|still|never|say|"
            + "body|foot|lip|belly|head|eye|eyes|hand|back|chest|leg|skin|pickney|madda|mada|mother|mommy|fada)\\b");
    private static final Pattern IN_URINE = Pattern.compile("(?i)^\\W*(?:(?:uh|um|"
            + "er),?\\s+)?(?:of\\s+)?(?:blood\\s+)?in (?:my|the|her|his|your) (?:urine|pee|wee|water)\\b");

    /** "an open bar and a shrimp boil", "the wind chill": a feast or the weather, not the term. */
    private static final Pattern FEAST_BEFORE = Pattern.compile("(?i)\\b(?:shrimp|"
            + "crawfish|crayfish|crab|seafood|lobster|clam|oyster|low country|wind) $");

    /** A capitalised phrase after a title or before a street, school or surgery is a name, not a term. */
    private static boolean properName(String text, int start, int stop) {
        // regions, not copies of the text: this runs on every phrase found
        return Character.isUpperCase(text.charAt(start)) && (TITLE_BEFORE.matcher(text).region(Math.max(0, start - 12),
                start).find() || PLACE_AFTER.matcher(text).region(stop, text.length()).lookingAt());
    }

    private NotTheTerm() {
    }

    /** Whether the phrase at {@code start}–{@code stop}, whose last word is {@code last}, is said as no term. */
    static boolean around(String text, int start, int stop, String last) {
        // "I've had spotting in my urine": blood seen in the urine, not vaginal spotting
        boolean inUrine = last.equals("spot") && IN_URINE.matcher(text).region(stop, text.length()).lookingAt();
        return inUrine || properName(text, start, stop) || text.regionMatches(true, start, "mi", 0, 2)
                && stop - start == 2 && MI_PRONOUN.matcher(text).region(stop, text.length()).lookingAt()
                || IDIOM_AFTER.matcher(text).region(stop, text.length()).useTransparentBounds(true).lookingAt()
                || FEAST_BEFORE.matcher(text.substring(Math.max(0, start - 20), start)).find();
    }
}
