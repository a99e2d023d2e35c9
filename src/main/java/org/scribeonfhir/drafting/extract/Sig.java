package org.scribeonfhir.drafting.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a medication instruction as notes write them: frequency ("twice a day" → "twice daily"),
 * route ("by mouth"), duration ("for 10 days"). Shared by the extractors and the checks.
 */
public final class Sig {

    /** "Carry on with the paracetamol if you need it": as needed, not a condition of the order. */
    static final String PRN = "(?:if|when|whenever) (?:you|she|he|they) needs? (?:it|them|one)|if required|if necessary";
    public static final Pattern FREQUENCY = Pattern.compile("(?i)\\b(?:(?:one|two|three|four|five|[1-5]) (?:or|to) "
            + "(?:two|three|four|five|six|[2-6]) times (?:a|per) day|a couple of times (?:a|per|each) day|"
            + "(?:several|a few) times (?:a|per|each) day|"
            + "(?:once(?! (?:the|you|it|that|they|he|she|we|i|"
            + "your)\\b)|twice|three times|four times|one time|two times|\\d+ times)(?: (?:a|per|each|every) "
            + "(?:day|week|month|night)| daily| weekly| every other (?:day|week))?|daily|nightly|"
            + "at (?:the )?(?:start|onset) of (?:the |a |an |each )?(?:headache|migraine|attack|pain)|"
            + "weekly|monthly|bid|tid|qid|qd|qhs|prn|as needed|when needed|if needed|as necessary|at bedtime|" + PRN + "|"
            + "before bed(?:time)?|at night|every (?:other )?(?:day|morning|night|evening|week|month)|"
            + "every \\d+(?: to \\d+)? (?:hours|days|weeks)|every (?:hour|four hours|six hours)|in the (?:morning|"
            + "evening)|(?<!\\bin )(?:a|per|each) day(?! or (?:two|so|2)\\b)|with (?:meals|food|breakfast|dinner)|"
            + "every \\d+ weeks)\\b");
    public static final Pattern ROUTE = Pattern.compile("(?i)\\b(?:by mouth|orally|oral|po|topically|topical|"
            + "intravenous(?:ly)?|iv|subcutaneous(?:ly)?|under the skin|intramuscular(?:ly)?|im|"
            + "in(?:to)? the muscle|inhaled|"
            + "inhaler|"
            + "nebulizer|nasal spray|in (?:the|each) nostril|sublingual(?:ly)?|under the tongue|injection|shot|"
            + "patch|eye drops?|ear drops?|rectal(?:ly)?|vaginal(?:ly)?|gel|cream|ointment|lotion)\\b");
    public static final Pattern DURATION = Pattern.compile("(?i)\\b(?:for|x) (?:up to )?(?:the next |another |a total of )?"
            + "(\\d+|a|one|two)(?: more)? (days?|weeks?|months?)\\b(?! (?:ago|later|before))");
    /** "through tonight and then stop", "until Friday": a course that ends on a day said. */
    private static final Pattern THROUGH = Pattern.compile("(?i)\\b((?:through|until|till) (?:tonight|today|tomorrow"
            + "(?: night)?|the weekend|(?:this )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)))\\b"
            + "(,? (?:and )?then stop)?");
    /** "until the pain has gone", "until the flare settles": a course that ends when the complaint does. */
    private static final Pattern UNTIL = Pattern.compile("(?i)\\buntil (?:the |your |his |her |it |it's |it is |its |"
            + "they |they're |all )?(?:[a-z]+ ){0,2}?(?:(?:has|have|is|are|completely|totally|fully) )*(?:gone|"
            + "settled|settles|settle|better|resolved|resolves|cleared(?: up)?|clears(?: up)?|healed|heals|finished|"
            + "over|go(?:es)? away)\\b");

    /** "no more than eight tablets in twenty-four hours": the most a day, never the dose itself. */
    static final Pattern MOST_A_DAY = Pattern.compile("(?i)\\b(?:no more than|not more than|never more than|"
            + "a maximum of|maximum of|max(?:imum)?|up to a max(?:imum)? of|up to) "
            + "(\\d+(?:\\.\\d+)? ?(?:tablets?|capsules?|"
            + "doses?|puffs?|mg|g|grams?|milligrams?)) (?:in|a|per|every|each) (24 hours|day|one day|a day)\\b");

    private Sig() {
    }

    /** The frequency said in the text, as a note writes it, or null. */
    private static final Pattern UP_TO = Pattern.compile("(?i)\\bup to (?:about |around )?$");

    private static final Pattern CLOCK_BEFORE = Pattern.compile("(?i)(?:\\b\\d{1,2}:\\d{2}|\\bo'clock)\\s*$");

    public static String frequency(String text) {
        Matcher m = FREQUENCY.matcher(text);
        String main = null;
        String with = null;
        boolean prn = false;
        while (m.find()) {
            String f = normaliseFrequency(m.group());
            if (CLOCK_BEFORE.matcher(text.substring(0, m.start())).find() && f.startsWith("every ")) {
                continue; // "no more before 2:15 in the morning": a time on the clock, not every morning
            }
            if (f.equals("as needed")) {
                prn = true;
            } else if (f.startsWith("with ")) {
                with = with == null ? f : with;
            } else if (main == null) {
                // "up to four times a day": at most, not a schedule
                main = UP_TO.matcher(text.substring(0, m.start())).find()
                        && f.matches(".*\\btimes (?:daily|a day|per day)$") ? "up to " + f : f;
            } else if (main.equals("daily") && f.matches("at bedtime|nightly|every (?:morning|evening|night)")) {
                main = f; // "once a day at bedtime": when in the day is the order
            }
        }
        String out = main == null ? (prn ? "as needed" : with) : with == null ? main : main + " " + with;
        return prn && main != null ? out + " as needed" : out;
    }

    /**
     * A later frequency over an earlier one, except a meal alone ("twice a day with meals?" "one with breakfast and
     * one with dinner"): that says when, not how often, so the earlier one stands.
     */
    static String later(String earlier, String later) {
        if (later == null) {
            return earlier;
        }
        return earlier != null && later.startsWith("with ") && !earlier.startsWith("with ") ? earlier : later;
    }

    public static String normaliseFrequency(String said) {
        String f = said.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        if (f.matches(PRN)) {
            return "as needed";
        }
        Matcher range = RANGE.matcher(f);
        if (range.matches()) {
            return digit(range.group(1)) + " to " + digit(range.group(2)) + " times daily";
        }
        return switch (f) {
            case "once a day", "once daily", "one time a day", "one time daily", "daily", "qd", "a day", "per day",
                    "each day", "every day", "once per day", "once every day" -> "daily";
            case "twice a day", "twice daily", "two times a day", "two times daily", "bid", "twice per day" ->
                    "twice daily";
            case "three times a day", "three times daily", "3 times a day", "3 times daily", "tid" ->
                    "three times daily";
            case "four times a day", "four times daily", "4 times a day", "4 times daily", "qid" -> "four times daily";
            case "2 times a day", "2 times daily", "a couple of times a day", "a couple of times per day",
                    "a couple of times each day" -> "twice daily";
            case "1 time a day", "1 time daily" -> "daily";
            case "nightly", "every night", "at night", "every evening", "in the evening" -> "nightly";
            case "at bedtime", "before bed", "before bedtime", "qhs" -> "at bedtime";
            case "every morning", "in the morning" -> "every morning";
            case "prn", "as needed", "when needed", "if needed", "as necessary" -> "as needed";
            case "at the start of the headache", "at the start of a headache", "at the onset of the headache",
                    "at the start of the migraine", "at the start of a migraine", "at the start of an attack" ->
                    "at onset";
            case "weekly", "once a week", "once weekly", "every week", "once per week" -> "weekly";
            case "monthly", "once a month", "every month" -> "monthly";
            case "with meals", "with food", "with breakfast", "with dinner" -> f;
            default -> f.replace("every four hours", "every 4 hours").replace("every six hours", "every 6 hours")
                    .replaceFirst("^once every other", "every other");
        };
    }

    private static final Pattern BEFORE_PROCEDURE = Pattern.compile("(?i)\\bfor (\\d+|a|one|two) (days?|weeks?) "
            + "before (?:the |your |his |her )?(surgery|procedure|operation|colonoscopy|endoscopy|biopsy)\\b");
    private static final Pattern RANGE = Pattern.compile("(\\w+) (?:or|to) (\\w+) times (?:a|per) day");

    private static String digit(String n) {
        int i = List.of("one", "two", "three", "four", "five", "six").indexOf(n);
        return i < 0 ? n : String.valueOf(i + 1);
    }

    /** The route said in the text, as a note writes it, or null. */
    public static String route(String text) {
        Matcher m = ROUTE.matcher(text);
        if (!m.find()) {
            return null;
        }
        String r = m.group().toLowerCase(Locale.ROOT);
        return switch (r) {
            case "orally", "oral", "po" -> "by mouth";
            case "topically" -> "topical";
            case "intravenous", "intravenously", "iv" -> "IV";
            case "subcutaneous", "subcutaneously", "under the skin" -> "subcutaneously";
            case "intramuscular", "intramuscularly", "im", "in the muscle", "into the muscle" -> "IM";
            case "shot", "injection" -> "by injection";
            case "inhaler", "nebulizer" -> "inhaled";
            case "under the tongue", "sublingually" -> "sublingual";
            case "in the nostril", "in each nostril", "nasal spray" -> "nasal";
            default -> r;
        };
    }

    /** "…for 1 week, then increase to 50 milligrams once a day": the next step of a titration, as its sig. */
    private static final Pattern THEN = Pattern.compile("(?i)^[^.;]*?,?\\s*then (?:increase|go up|decrease|go down|"
            + "reduce|drop|step up|step down)(?: it)? to (\\d+(?:\\.\\d+)? ?(?:mg|mcg|g|units|ml))([^.;]*)");

    /** "for 10 days" → "10 days"; "for 1 week, then increase to 50 mg daily" keeps the next step; or null. */
    public static String duration(String text) {
        Matcher hold = BEFORE_PROCEDURE.matcher(text);
        if (hold.find()) { // "hold your clopidogrel for a week before the surgery"
            return span(hold) + " before the " + hold.group(3).toLowerCase(Locale.ROOT);
        }
        Matcher m = DURATION.matcher(text);
        boolean spanSaid = m.find();
        Matcher through = THROUGH.matcher(text);
        if (!spanSaid && through.find()) { // "you can take it through tonight and then stop"
            return through.group(1).toLowerCase(Locale.ROOT) + (through.group(2) != null ? ", then stop" : "");
        }
        if (!spanSaid) {
            Matcher u = UNTIL.matcher(text);
            return u.find() ? u.group().toLowerCase(Locale.ROOT).replaceFirst("^until (?:your|his|her) ", "until the ")
                    : null;
        }
        Matcher then = THEN.matcher(text.substring(m.end()));
        if (then.find()) {
            String f = frequency(then.group(2));
            return span(m) + ", then " + then.group(1) + (f == null ? "" : " " + f);
        }
        // "twice a day for two weeks, then once a day for a week, then stop": a steroid stepped down
        Matcher less = THEN_LESS.matcher(text.substring(m.end()));
        if (less.find()) {
            String f = frequency(less.group(1));
            return span(m) + ", then " + f + " for " + span(less.toMatchResult(), 2) + (less.group(4) != null
                    ? ", then stop" : "");
        }
        // "for up to six days, or stop sooner": the most days, not a fixed course
        return (m.group().toLowerCase(Locale.ROOT).contains(" up to ") ? "up to " : "") + span(m);
    }

    private static final Pattern THEN_LESS = Pattern.compile("(?i)^,?\\s*then ((?:once|twice) a day|(?:once|twice) "
            + "daily) for (a|an|one|two|\\d+) (weeks?|days?)(,? then stop)?");

    private static String span(Matcher m) {
        return span(m.toMatchResult(), 1);
    }

    /** The count in group {@code at} and its unit in the group after, as a note says it ("1 week", "2 days"). */
    private static String span(java.util.regex.MatchResult m, int at) {
        String n = m.group(at).toLowerCase(Locale.ROOT);
        n = n.equals("a") || n.equals("an") || n.equals("one") ? "1" : n.equals("two") ? "2" : n;
        String unit = m.group(at + 1).toLowerCase(Locale.ROOT);
        if (n.equals("1")) {
            unit = unit.replaceAll("s$", "");
        } else if (!unit.endsWith("s")) {
            unit = unit + "s";
        }
        return n + " " + unit;
    }
}
