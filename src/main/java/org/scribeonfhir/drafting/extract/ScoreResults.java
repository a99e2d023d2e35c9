package org.scribeonfhir.drafting.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A questionnaire's score read out ("your PHQ-9 today is 14 — six weeks ago it was 19", "the GAD-7 is 12, down
 * from 15") as a result line: "PHQ-9 score: 14 (6 weeks ago: 19)."; the earlier score is never taken for today's.
 */
final class ScoreResults {

    private static final Pattern SCORED = Pattern.compile("(?i)phq-?\\d|gad-?\\d|epds|edinburgh|audit(?:-c)?|mmse|moca|"
            + "ipss|asthma control test|act|cat score|nqs|k10|pcl-5|mdq|asrs");
    private static final Pattern NOW = Pattern.compile("(?i)(?:\\b(?:is|was|came out at|scored|score of|at)|'s)\\s+"
            + "(?:a\\s+)?"
            + "(\\d{1,3})\\b(?!\\s*(?:\\d+ |an? |a few )?(?:weeks?|months?|years?|days?) ago)");
    private static final Pattern EARLIER = Pattern.compile("(?i)\\b(?:ago|last time|previously|before|when (?:we|you)"
            + " (?:first )?(?:started|began|met)\\b[^,.;]{0,30}|at (?:the start|baseline)),?\\s+(?:it|you|that)?\\s*$");
    private static final Pattern DOWN_FROM = Pattern.compile("(?i)\\b(down|up) from (?:a\\s+)?(\\d{1,3})\\b");
    private static final Pattern THEN_WAS = Pattern.compile("(?i)\\b(\\d+|an?|a few|several) (weeks?|months?|years?) ago "
            + "(?:it was|you were|you scored|that was) (?:a\\s+)?(\\d{1,3})\\b|\\b(?:last time|before) (?:it was|you "
            + "were|you scored) (?:a\\s+)?(\\d{1,3})\\b|\\b(?:it was|you were) (\\d{1,3}) (\\d+|an?|a few) (weeks?|months?) "
            + "ago\\b");

    private ScoreResults() {
    }

    /** A questionnaire scored out of points ("PHQ-9"), whose lines this class writes. */
    static boolean scored(String test) {
        return test != null && SCORED.matcher(test).matches();
    }

    /** The line for a questionnaire's score, or null when the test is no questionnaire or no score was said. */
    static String of(String piece, String test) {
        if (!scored(test)) {
            return null;
        }
        Matcher now = NOW.matcher(piece);
        boolean found = false;
        while (!found && now.find()) { // "six weeks ago it was 19, today it's 14": the earlier score is passed over
            found = !EARLIER.matcher(piece.substring(Math.max(0, now.start() - 30), now.start())).find();
        }
        if (!found) {
            return null;
        }
        String before = earlier(piece);
        return test + " score: " + now.group(1) + (before == null ? "" : " (" + before + ")") + ".";
    }

    /** A score said again in the same turn ("It's fourteen."): its number, with the earlier score said first. */
    static String restated(String first, String again) {
        return again.contains("(") || !first.contains("(") ? again
                : again.replaceFirst("\\.$", "") + first.substring(first.indexOf(" ("));
    }

    /** The earlier score said ("down from 15", "6 weeks ago: 19"), or null. */
    static String earlier(String piece) {
        Matcher down = DOWN_FROM.matcher(piece);
        Matcher then = THEN_WAS.matcher(piece);
        if (down.find()) {
            return down.group(1).toLowerCase(java.util.Locale.ROOT) + " from " + down.group(2);
        }
        if (!then.find()) {
            return null;
        }
        return then.group(3) != null ? then.group(1) + " " + then.group(2) + " ago: " + then.group(3)
                : then.group(4) != null ? "last time: " + then.group(4)
                : then.group(6) + " " + then.group(7) + " ago: " + then.group(5);
    }
}
