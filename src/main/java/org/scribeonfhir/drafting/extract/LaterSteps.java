package org.scribeonfhir.drafting.extract;

import java.util.Locale;
import java.util.regex.Pattern;

/** A drug step for later, not today's: on a condition, once a flare settles, at the next visit. */
final class LaterSteps {

    /** "…and we'll lower the prednisone then", "…at your next visit": at the next visit, not today. */
    private static final Pattern NEXT_VISIT = Pattern.compile("(?i)\\W*(?:at (?:your|the|our) next (?:visit|"
            + "appointment)|when (?:i|we) see you)\\W*$");
    private static final Pattern SEEN_AGAIN = Pattern.compile("(?i)\\b(?:see you|back|follow[- ]up|review)\\b[^.]*"
            + "\\b(?:in (?:a|\\w+) (?:weeks?|months?)|next)\\b");
    private static final Pattern ONCE_SETTLED = Pattern.compile("(?i)^\\W*(?:(?:and|so|now)\\W+)?(?:once|when|after) "
            + "(?:this|the|that|it|your|his|her)\\b[^,.;]{0,40}\\b(?:settled|settles|gone|goes|cleared|clears|healed|"
            + "heals|finished|over|better|resolved|calmed down)\\b");

    /** "After the fourteen days, bring the pantoprazole down…", "At that point, start iron": after today's course. */
    private static final Pattern AFTER_COURSE = Pattern.compile("(?i)^\\W*(?:(?:and|so|now|then)\\W+)?(?:after (?:the|"
            + "those|these) (?:\\d+|[a-z]+) (?:days|weeks)|at that point|once (?:you've|you have) finished (?:the|those|"
            + "these|your)\\b[^,.;]{0,30})\\W");

    /** "About the allopurinol — once this flare's settled I'd like to restart it": the drug, then the later step. */
    private static final Pattern SETTLED_THEN = Pattern.compile("(?i)^\\W*(?:(?:and|so|now)\\W+)?(?:once|when|after) "
            + "(?:this|the|that|it|your|his|her)\\b[^,.;]{0,40}\\b(?:settled|settles|gone|goes|cleared|clears|healed|"
            + "heals|finished|over|better|resolved|calmed down)\\b[^.;]{0,40}\\b(?:re-?start|start|go back on|put "
            + "(?:you|him|her) back on|reintroduce|try)\\b");

    /** "stop the omeprazole two weeks before that test": the test's preparation, no stop today (a hold before surgery
     * is an order). */
    private static final Pattern STOP_SAID = Pattern.compile("(?i)\\b(?:stop|stopping|hold|pause|come off|not take)\\b"
            + "[^.;]{0,30}$");
    private static final Pattern BEFORE_TEST = Pattern.compile("(?i)^[^.;]{0,30}?\\b(?:(?:\\d+|a|a few|two|three|"
            + "several) (?:days?|weeks?|hours?) )?before (?:the|that|your|his|her|this|a|any) (?:[\\w-]+ ){0,2}?"
            + "(?:test|"
            + "tests|scan|endoscopy|camera|colonoscopy|biopsy|study)\\b");

    /**
     * A step for later, not today's: "…restart it if the pressure stays up" (the condition after the drug, not "as
     * needed"), "Once this flare has completely settled, we'll restart the allopurinol" (a vaccine for later is
     * still recommended).
     */
    static boolean of(String afterClause, String before, String sentenceBefore, String drug) {
        String after = afterClause.toLowerCase(Locale.ROOT);
        // "…down from 10 to 5 once a day, which should help the ankles": what it should do, no condition
        return after.matches("(?s)^[^.;]{0,40}\\b(?:if|in case|(?<!\\b(?:which|that|this|it) )should)\\b.*")
                && !ActionAfter.onlyIf(after)
                && !after.matches("(?s)^[^.;]{0,40}\\b(?:as needed|" + Sig.PRN + ")\\b.*") && !sigThenIf(after)
                || (ONCE_SETTLED.matcher(before).find() || SETTLED_THEN.matcher(after).lookingAt())
                && !drug.matches("(?s).*\\b(?:vaccin\\w*|shingrix|shot|jab)\\b.*")
                || NEXT_VISIT.matcher(after).lookingAt() || AFTER_COURSE.matcher(sentenceBefore).find()
                || STOP_SAID.matcher(before).find() && BEFORE_TEST.matcher(after).lookingAt()
                || after.matches("\\W*then\\W*") && SEEN_AGAIN.matcher(sentenceBefore).find();
    }

    /** "Panado 6 mL every 6 hours if she's sore or hot": a whole sig, then when to give it (as needed). */
    private static boolean sigThenIf(String after) {
        java.util.regex.Matcher m = Pattern.compile("\\b(?:if|in case) (?:she|he|you|they|the pain|the fever)\\b")
                .matcher(after); // not "…and I'll text you if that's the case", "if it grows bacteria"
        String sig = m.find() ? after.substring(0, m.start()) : "";
        return !Quantities.find(sig).isEmpty() && Sig.FREQUENCY.matcher(sig).find();
    }

    private LaterSteps() {
    }
}
