package org.scribeonfhir.drafting.extract;

import java.util.regex.Pattern;

/** A drug a clinician names but does not give: "we won't use amoxicillin", "normally I'd give…", "instead of". */
final class NotOrdered {

    /** After a "no" that takes a dose back: a comma or dash, perhaps an apology, then the dose again. */
    private static final Pattern DOSE_AGAIN = Pattern.compile("(?i)\\s*[,.—-]\\s*(?:(?:sorry|wait|i mean|"
            + "make (?:that|it))\\W*)?\\d");
    private static final Pattern NOT_ORDERED = Pattern.compile("(?i)\\b(?:(?:we'd|would)(?! like| recommend| "
            + "suggest| want)|i'd(?! like| recommend| suggest| want| add| hold| stop| keep| leave| pause)|wouldn't|would not|normally|usually|"
            + "typically|avoid|steer clear of|stay away from|"
            + "keep away from|won't|will not|"
            + "not|instead of|rather than|never|no|"
            + "without|"
            + "can't|cannot|can not|couldn't|shouldn't|"
            + "(?:don't|do not) (?:want to|think we should|need to)|(?:don't|do not) want (?:you|him|her|them))\\b");

    /** How well a problem is treated: "your pressure is not at goal on lisinopril 20" names the drug taken. */
    static final String TREATED = "(?:at goal|at target|under control|(?:well |un)?controlled|still high|"
            + "where (?:i|we) want)";
    private static final Pattern NOT_THE_DRUGS = Pattern.compile("(?i)\\s+" + TREATED + "\\b");
    private static final Pattern THEN_ORDERED = Pattern.compile("(?i)\\b(?:we'll|i'll|we will|i will|let's|"
            + "(?:i'm|we're) going to)\\s+(?:use|give (?:you|him|her)|try|start|go with|prescribe|"
            + "put (?:you|him|her) on)\\b");

    private NotOrdered() {
    }

    /** "normally I'd use naproxen but … I'd rather not, so we'll use colchicine": an order after the "not" stands. */
    static boolean of(String before) {
        int end = Words.lastEnd(NOT_ORDERED, before);
        // "start you on 80 mg, no, sorry, 40 mg of propranolol": the "no" takes back a dose, not the order
        if (end >= 2 && before.substring(end - 2, end).equalsIgnoreCase("no")
                && !Quantities.find(before.substring(0, end)).isEmpty() && DOSE_AGAIN.matcher(before.substring(end))
                .lookingAt() && !Quantities.find(before.substring(end)).isEmpty()) {
            return false;
        }
        // "your blood pressure is not at goal on lisinopril 20": the not is the pressure's, the drug is taken
        return end >= 0 && !THEN_ORDERED.matcher(before.substring(end)).find()
                && !NOT_THE_DRUGS.matcher(before.substring(end)).lookingAt();
    }
}
