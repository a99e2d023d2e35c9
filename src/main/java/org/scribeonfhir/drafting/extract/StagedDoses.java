package org.scribeonfhir.drafting.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A course said in stages: "1.2 mg now, then 0.6 mg an hour later, then 0.6 mg twice a day" and "2 tablets today,
 * that's 500 mg, then 1 tablet, 250 mg, once a day for 4 more days" keep each stage's dose and when it is taken,
 * so the first stage's dose is never written as the daily one. How often and how long the last stage lasts stay
 * the order's frequency and duration.
 */
final class StagedDoses {

    static final Pattern THEN = Pattern.compile("(?i),?\\s*(?:and\\s+)?then\\b,?\\s*");
    private static final Pattern WHEN = Pattern.compile("(?i)\\b(?:today|tonight|now|right away|straight away|"
            + "at once|(?:on|for) (?:the )?first day|on day (?:1|one)|in (?:an|1|one) hour|(?:an|1|one|\\d+) hours? "
            + "(?:later|after(?: that)?)|(?:from|starting) (?:the next day|the day after|tomorrow))\\b");
    /** "2 tablets", "8 of the 75 tablets": how many, never the tablet's strength. */
    private static final Pattern TABLETS = Pattern.compile("(?i)(?<!the )\\b(\\d{1,2})(?: more)?"
            + "(?: of the \\d+(?: mg)?)? (tablets?|capsules?|pills?)\\b");
    private static final Pattern STRENGTH = Pattern.compile("(?i)\\s*(?:tablets?|capsules?|pills?)\\b");
    /** How often or how long said in a stage before the last: a titration, which the sig reads itself. */
    private static final Pattern OWN_SIG = Pattern.compile("(?i)\\b(?:a day|daily|twice|times|every|nightly|"
            + "at (?:bedtime|night)|in the (?:morning|evening)|for (?:\\d+|a|an|one|two|the first)(?: more)? "
            + "(?:days?|weeks?|months?))\\b");
    /** A stage's mass or volume: what the note gives first. */
    private static final Pattern MASS = Pattern.compile("mg|mcg|g|mL|units?");

    /** "for the first seven days", "for 2 weeks": how long a stage before the last lasts. */
    private static final Pattern SPAN = Pattern.compile("(?i)\\bfor (?:the )?(?:first |next )?(\\d+|a|one|two) "
            + "(days?|weeks?)\\b");
    /** "from day eight,", "after that,", "starting week three": when the last stage begins, implied by the one before. */
    private static final Pattern FROM = Pattern.compile("(?i)^\\W*(?:(?:from|starting(?: on)?|on) (?:day|week) "
            + "\\w+|after that|after the first \\w+(?: days?| weeks?)?)\\W*");

    private StagedDoses() {
    }

    /**
     * "Ten milligrams twice a day for the first seven days, then from day eight, five milligrams twice a day": each
     * stage's dose, how often and how long, but the last stage's dose alone (its how often is the order's).
     */
    static String titration(String tail) {
        String[] stages = THEN.split(clause(tail));
        if (stages.length < 2) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < stages.length; i++) {
            String s = FROM.matcher(stages[i]).replaceFirst("");
            String mass = Quantities.find(s).stream().filter(q -> MASS.matcher(q.unit()).matches()).findFirst()
                    .map(Quantities.Quantity::text).orElse(null);
            if (mass == null) {
                return null;
            }
            if (i == stages.length - 1) {
                out.add(mass);
                break;
            }
            String frequency = Sig.frequency(s);
            Matcher span = SPAN.matcher(s);
            if (frequency == null || !span.find()) {
                return null;
            }
            String n = span.group(1).matches("a|one") ? "1" : span.group(1).equals("two") ? "2" : span.group(1);
            String unit = span.group(2).replaceFirst("s$", "") + (n.equals("1") ? "" : "s");
            out.add(mass + " " + frequency + " for " + n + " " + unit.toLowerCase(Locale.ROOT));
        }
        return String.join(", then ", out);
    }

    /** The last stage of a staged course or titration, whose how often is the order's; else the whole tail. */
    static String lastStage(String tail) {
        if (of(tail) == null && titration(tail) == null) {
            return tail;
        }
        String[] stages = THEN.split(clause(tail));
        return stages[stages.length - 1];
    }

    private static String clause(String tail) {
        return tail.split("(?<=[.;!?])\\s", 2)[0];
    }

    /** The stages before the last, with the last stage's dose ("1.2 mg now, then 0.6 mg 1 hour later, then 0.6 mg"). */
    static String of(String tail) {
        String[] stages = THEN.split(clause(tail));
        if (stages.length < 2) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < stages.length; i++) {
            String s = stages[i];
            // "0.6 mg tablets, take 2 now": the tablet's strength is no stage's dose
            String mass = Quantities.find(s).stream().filter(q -> MASS.matcher(q.unit()).matches()
                    && !STRENGTH.matcher(s).region(q.end(), s.length()).lookingAt()).findFirst()
                    .map(Quantities.Quantity::text).orElse(null);
            Matcher t = TABLETS.matcher(s);
            String count = t.find() ? t.group(1) + " " + (t.group(1).equals("1") ? t.group(2).replaceFirst("s$", "")
                    : t.group(2).replaceFirst("(?<!s)$", "s")).toLowerCase(Locale.ROOT) : null;
            if (mass == null && count == null || i < stages.length - 1 && OWN_SIG.matcher(s).find()) {
                break; // "then we'll see how you are": the course has ended
            }
            String dose = mass == null ? count : count == null ? mass : mass + " (" + count + ")";
            Matcher w = WHEN.matcher(s);
            String when = w.find() ? w.group().toLowerCase(Locale.ROOT).replaceFirst("^(?:an|one) ", "1 ")
                    .replaceFirst("^in (?:an|1|one) hour$", "1 hour later").replaceFirst(" after(?: that)?$", " later")
                    .replaceFirst("^for ", "on ")
                    .replaceFirst("^(?:starting|from) (?:tomorrow|the day after)$", "from the next day")
                    : null;
            // the last stage's how often and how long are the order's own
            // "then 75 mg from the next day once a day": the last stage's start is its place in the course
            out.add(dose + (when == null || i == stages.length - 1 && when.matches("now|from the next day") ? ""
                    : " " + when));
        }
        return out.size() < 2 || out.size() < stages.length ? null : String.join(", then ", out);
    }
}
