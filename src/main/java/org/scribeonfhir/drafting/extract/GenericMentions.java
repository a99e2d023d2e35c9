package org.scribeonfhir.drafting.extract;

import java.util.regex.Pattern;

/**
 * A condition named to explain or compare, not diagnosed: "it's a bit like seasickness", "the same kind of swelling
 * you get with a sprained ankle", "with a stroke you'd usually expect weakness", "whooping cough is coughing fits that
 * go on and on", "a brain tumour doesn't start overnight".
 */
final class GenericMentions {

    private static final Pattern ANALOGY = Pattern.compile("(?i)\\b(?:(?:a (?:bit|little)|sort of|kind of|rather|"
            + "much|just) like|similar to|same (?:kind|sort|type) of [a-z]+ (?:you(?:'d)? get|as) (?:with|in|from)|"
            + "(?:you(?:'d)? get|as you get) (?:with|from|in)|think of it (?:as|like)|imagine|compared (?:to|with)|"
            + "like when you(?:'ve)? (?:have|had|get|got))\\s+(?:(?:a|an|the|your)\\s+)?$");
    /** "With a stroke you'd usually expect…", "In a heart attack the pain…": the condition in general. */
    private static final Pattern IN_GENERAL_BEFORE = Pattern.compile("(?i)^\\W*(?:(?:and|but|so|now)\\W+)?(?:with|in)\\s+"
            + "(?:an?\\s+)?$");
    private static final Pattern IN_GENERAL_AFTER = Pattern.compile("(?i)^\\s*,?\\s*(?:you(?:'d)?|people|patients|"
            + "there(?:'s| is)|the (?:pain|symptoms)|it(?:'s)? usually)\\b");
    /** "Whooping cough is coughing fits…", "A brain tumour doesn't start overnight": the condition as a subject. */
    private static final Pattern SUBJECT_BEFORE = Pattern.compile("(?i)^\\W*(?:(?:and|but|so|now|also)\\W+)?"
            + "(?:an?\\s+)?$");
    // "Fever fits are frightening but usually harmless": what they are like in general
    private static final Pattern SUBJECT_AFTER = Pattern.compile("(?i)^\\s*(?:(?:is|are) (?:when|where|usually|"
            + "typically|normally|coughing|something|a [a-z]+ (?:that|which|where)|[a-z]+ but usually|common|"
            + "frightening|scary)|usually|typically|tends to|"
            + "doesn't|does not|wouldn't|would not|won't|can't|would (?:be|look|give|cause|usually|normally))\\b");

    /** "I'm referring you to the fracture clinic": a service named after the condition it sees. */
    private static final Pattern SERVICE_AFTER = Pattern.compile("(?i)^\\s+(?:clinic|service|team|ward)\\b");

    private GenericMentions() {
    }

    /** The condition at [start, end) of the sentence is named in general or as a comparison. */
    static boolean of(String sentence, int start, int end) {
        String before = sentence.substring(0, start);
        String after = sentence.substring(end);
        return ANALOGY.matcher(Words.last(before, 10)).find() || SERVICE_AFTER.matcher(after).lookingAt()
                || IN_GENERAL_BEFORE.matcher(before).matches() && IN_GENERAL_AFTER.matcher(after).find()
                || SUBJECT_BEFORE.matcher(before).matches() && SUBJECT_AFTER.matcher(after).find();
    }
}
