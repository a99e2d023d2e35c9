package org.scribeonfhir.drafting.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** A habit told as an amount only ("About half a pack a day.") written with what it is an amount of. */
final class Habits {

    private static final Pattern AMOUNT_ONLY = Pattern.compile("(?i)^(?:about|around|maybe|probably|roughly|like|only|"
            + "just|a|an|one|two|three|four|five|six|half|\\d+)\\b.*");

    /** "Every morning I walk the dog for an hour.": what the patient does, whose times are not the complaint's. */
    private static final Pattern PASTIME = Pattern.compile("(?i)(?<!(?:when|if|until|before|after|once) )\\b(?:i|we) "
            + "(?:walk|run|swim|cycle|jog|play|go to the gym|go walking)\\b(?![^.]*\\b(?:hurts?|pain|ache|tired|"
            + "breathless|short of breath)\\b)");
    /** "every morning", "for an hour", "8000 steps": the habit's own times. */
    private static final Pattern HABIT_TIME = Pattern.compile("(?i)\\b(?:every|each|most) (?:morning|day|evening|"
            + "night|week)|\\bfor (?:an|one|two|\\d+) hours?\\b|\\b(?:times a week|a day|steps|miles|laps)\\b");

    private Habits() {
    }

    /** Whether the sentence tells an activity of the patient's, not more of the complaint before it. */
    static boolean pastime(String text) {
        return PASTIME.matcher(text).find() && HABIT_TIME.matcher(text).find();
    }

    /** "About half a pack a day.", said of a habit, is what the patient smokes or drinks: the note says which. */
    static String of(String said) {
        return of(said, null);
    }

    /**
     * "Do you smoke?" "Ten a day.": an amount only, of what the question asked about ("Smokes", "Drinks", null). A
     * habit said in the patient's words ("i quit ten years ago, i smoked a pack a day") is told in the note's.
     */
    static String of(String said, String asked) {
        List<String> told = HabitClauses.told(said);
        if (told.size() == 1) {
            return told.get(0);
        }
        // "Before that, twenty a day for about thirty years.": the amount, in the past
        String amount = said.replaceFirst("(?i)^before that,?\\s+(?=\\S+ (?:a|per) (?:day|week)\\b)", "");
        if (!AMOUNT_ONLY.matcher(amount).matches()) {
            return said;
        }
        String t = amount.replaceFirst("(?i),?\\s+maybe\\W*$", "") + (amount.equals(said) ? "" : " before that");
        // "a six-pack on the weekend, watching my son's Little League, they won twelve to two": the game is chat
        t = t.replaceFirst("(?i),[^,]*,?[^,]*\\b(?:won|lost|beat|scored?|points)\\b.*$", "");
        t = Character.toLowerCase(t.charAt(0)) + t.substring(1);
        String l = t.toLowerCase(Locale.ROOT);
        // "Forty a day before that.", said after "I gave up…": what was smoked, not what is
        boolean past = l.matches("(?s).*\\b(?:before that|back then|at the time|in those days|at my worst|before i "
                + "(?:quit|stopped|gave up))\\b.*");
        // "a six-pack on the weekend" is beer, whatever was asked
        boolean beer = l.matches("(?s).*\\b(?:\\d+|six|twelve)[- ]packs?\\b.*");
        return !beer && l.matches("(?s).*\\b(?:packs?|cigarettes?|cigars?)\\b.*") || !beer && past && asked != null
                && asked.startsWith("Smok") ? (past ? "Smoked " : "Smokes ") + t
                : l.matches("(?s).*\\b(?:coffee|tea|energy drinks?|sodas?|wine|beers?|drinks|liquor|whiske?y|"
                + "glass(?:es)? of (?:red|white|ros[eé])|pints?|units?|gin|vodka|rum|cider|lager|spirits|"
                + "bottles? of)\\b.*") || beer
                ? (past ? "Drank " : "Drinks ") + t : asked == null ? said : asked + " " + t;
    }

    /** " about 2 years ago": how long ago a habit was given up. */
    static final String AGO = "(?: (?:about|around|like|over|nearly|almost))* (?:\\d+|a|one|two|three|four|five|six|"
            + "seven|eight|nine|ten|a few|a couple of) (?:years?|months?|weeks?) ago";
    private static final Pattern QUIT_SMOKING = Pattern.compile("(?i)^\\W*(?:(?:no|nope|um|uh|well|not anymore|not now)"
            + "\\W+)*(?:i )?(?:quit|stopped|gave (?:it )?up)(?: smoking)?(" + AGO + ")?");

    /** "Do you smoke?" "I quit about two years ago.": a former smoker, with when; null for any other answer. */
    static String quitSmoking(String answer) {
        java.util.regex.Matcher m = QUIT_SMOKING.matcher(answer);
        return m.lookingAt() ? "Former smoker, quit" + (m.group(1) == null ? "" : m.group(1)) : null;
    }
}
