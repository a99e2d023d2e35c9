package org.scribeonfhir.drafting.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.extract.Quantities.Quantity;
import org.scribeonfhir.drafting.lexicon.Match;

/** A drug's dose as said: "40 milligrams", "2 of the 200s", "34 mg of elemental iron" — never a per-kilo rate. */
final class SpokenDoses {

    /** "ibuprofen, 2 of the 200s": tablets counted of a strength, the dose is their sum. */
    private static final Pattern COUNTED = Pattern.compile("(?i)^\\W*([1-4]) of (?:the|those|my|his|her) "
            + "(\\d+(?:\\.\\d+)?)( hundred)?(?:'?s)?\\b(?:\\s*(mg|mcg|milligrams?|micrograms?)\\b)?"
            + "|^\\W*([1-4]) (\\d+(?:\\.\\d+)?)()[\\s-]*(mg|mcg|milligrams?|micrograms?)[\\s-]"
            + "(?:tablets?|capsules?|caps|pills)\\b");

    private static final Pattern COUNTED_SUM = Pattern.compile("(?i)^[^.?!]{0,25}?\\b[1-4] of (?:them|those|the \\w+),?"
            + " so (\\d{2,4})(?:\\s*(?:mg|milligrams?))?\\b");

    /** "chew 4 of these baby aspirin, 81 mg each, so 324 mg": the strength of each, then the dose they make. */
    private static final Pattern EACH_SUM = Pattern.compile("(?i)^\\W{0,3}\\d+(?:\\.\\d+)? ?(?:mg|mcg) each,? "
            + "(?:so|that's|which is|making) (\\d+(?:\\.\\d+)?) ?(mg|mcg)\\b");

    /** "acetaminophen, 500 mg tablets, 2 every 6 hours": the tablets' strength, then how many make a dose. */
    private static final Pattern STRENGTH_THEN_COUNT = Pattern.compile("(?i)^\\W*(\\d+(?:\\.\\d+)?)\\s*(mg|mcg|"
            + "milligrams?|micrograms?)[\\s-]+(?:tablets?|capsules?|caps|pills)\\b,?\\s+(?:take\\s+)?([1-4])"
            + "(?:\\s+(?:tablets?|capsules?))?(?=\\s+(?:every|at|twice|three|four|once|in the|a day|daily|as needed))");

    /** "the children's 100 milligrams in 5 mls, 7.5 mls three times a day": a liquid's strength, then the volume. */
    private static final Pattern LIQUID = Pattern.compile("(?i)^\\W*(?:(?:it's|it is|that's)\\s+)?(?:(?:the|a|an)\\s+)?"
            // "the 160 per 5, nine mL": the strength's units go unsaid
            + "(?:[a-z']+\\s+){0,2}?(\\d+(?:\\.\\d+)?)\\s*(mg|milligrams?|mcg|micrograms?)?\\s*(?:in|per|/|every)\\s*"
            + "(\\d+(?:\\.\\d+)?)\\s*(?:mls?|millilit(?:er|re)s?)?\\b(?:\\s+(?:liquid|suspension|syrup|solution|"
            + "mixture))?[,;:]?\\s+(?:and\\s+)?(?:(?:(?:she|he|they|you)(?:'d| would| will|'ll| should)?\\s+)?(?:have|"
            + "take|give|get)\\s+)?(\\d+(?:\\.\\d+)?)\\s*(?:mls?|millilit(?:er|re)s?)\\b");

    private static final Pattern MOST = Pattern.compile("(?i)\\b(?:go over|exceed|more than|maximum(?: of)?|max|"
            + "up to|at most)\\s+$");
    private static final Pattern OTHER_DRUGS = Pattern.compile("(?i)\\s*of(?: the| some)?\\s*");

    private static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(Math.round(v * 100) / 100.0);
    }

    private static final String COUNTS = "puffs|tablets?|capsules?|sprays|drops|mL|sachets?";

    private SpokenDoses() {
    }

    /** "200 milligrams on the first day, then 100 milligrams daily": the first day's dose, then the daily one. */
    static String loading(String dose, String after, Match drug) {
        String staged = StagedDoses.of(after);
        staged = staged != null ? staged : StagedDoses.titration(after);
        if (staged != null) {
            return staged;
        }
        Matcher counted = COUNTED_LOADING.matcher(after);
        Matcher mass = dose == null ? null : MASS.matcher(dose);
        if (mass != null && mass.matches() && counted.find()) {
            // "doxycycline, 100 milligrams, two on the first day then one a day": tablets of the strength said
            double each = Double.parseDouble(mass.group(1));
            return Quantities.clean(String.valueOf(each * count(counted.group(1)))) + " " + mass.group(2)
                    + " on the first day, then " + Quantities.clean(String.valueOf(each * count(counted
                    .group(2)))) + " " + mass.group(2);
        }
        Matcher m = LOADING.matcher(after);
        if (dose == null || !m.find()) {
            return dose;
        }
        String next = of(after.substring(m.end()), "", drug);
        return next == null || next.equals(dose) ? dose : dose + " on the first day, then " + next;
    }

    private static final Pattern COUNTED_LOADING = Pattern.compile("(?i)^[^.;]{0,12}?\\b([1-4]|one|two|three|four) "
            + "(?:tablets? |capsules? )?(?:on|for) (?:the )?(?:first|1st) day,? (?:and )?then ([1-2]|one|two) "
            + "(?:tablets? |capsules? )?(?:a day|daily|once a day|each day)\\b");
    private static final Pattern MASS = Pattern.compile("(\\d+(?:\\.\\d+)?) (mg|mcg|g)");
    private static int count(String said) {
        return said.matches("\\d+") ? Integer.parseInt(said)
                : org.scribeonfhir.drafting.speech.SpokenNumbers.value(said);
    }

    private static final Pattern LOADING = Pattern.compile("(?i)\\b(?:(?:on|for) (?:the )?(?:first|1st) day|on day "
            + "(?:one|1)|as a (?:first|loading) dose|to start)\\b[^.]{0,20}?\\bthen\\b");

    /**
     * The dose said after the drug ({@code after}: from the correction on, when there is one), else just before it
     * ("34 mg of elemental iron"); null when none.
     */
    /** "like Ava", "is Ava's dose": the dose someone else named takes. */
    private static final Pattern OTHERS_DOSE = Pattern.compile("^\\s*(?:[mM][lL]s?|mg|milligrams?)?\\s*,?\\s*(?:like "
            + "[A-Z][a-z]+\\b(?!')|(?:is|was|'s) [A-Z][a-z]+'s (?:dose|amount)\\b|(?:is|was|'s) (?:my|his|her|your) "
            + "(?:mom|mum|mother|dad|father|wife|husband|partner|sister|brother|son|daughter)'s\\b)");

    /** Whether the words after a dose give it to someone else by name ("10 mL like Mia", "10 is Mia's dose"). */
    static boolean someoneElses(String afterDose) {
        return OTHERS_DOSE.matcher(afterDose).lookingAt();
    }

    static String of(String after, String before, Match drug) {
        Matcher liquid = LIQUID.matcher(after);
        if (liquid.lookingAt()) {
            double strength = Double.parseDouble(liquid.group(1));
            double per = Double.parseDouble(liquid.group(3));
            double volume = Double.parseDouble(liquid.group(4));
            String unit = liquid.group(2) == null ? "mg" : Quantities.unit(liquid.group(2));
            return number(strength * volume / per) + " " + unit + " (" + number(volume) + " mL of " + number(strength)
                    + " " + unit + "/" + number(per) + " mL)";
        }
        Matcher each = EACH_SUM.matcher(after);
        if (each.find()) {
            return each.group(1) + " " + each.group(2).toLowerCase(java.util.Locale.ROOT);
        }
        Matcher sum = COUNTED_SUM.matcher(after);
        if (sum.find() && drug != null && drug.term() != null && drug.term().extra().contains("oral")) {
            return sum.group(1) + " mg"; // "it was three of them, so six hundred": the sum the patient did
        }
        Matcher strength = STRENGTH_THEN_COUNT.matcher(after);
        if (strength.lookingAt()) {
            double total = Double.parseDouble(strength.group(1)) * Integer.parseInt(strength.group(3));
            return (total == Math.rint(total) ? String.valueOf((long) total) : String.valueOf(total)) + " "
                    + Quantities.unit(strength.group(2));
        }
        Matcher counted = COUNTED.matcher(after);
        // "two 500 milligram tablets": the count first, then the strength of each
        int g = counted.lookingAt() && counted.group(5) != null ? 4 : 0;
        if (counted.lookingAt() && (counted.group(4 + g) != null || drug != null && drug.term() != null
                && drug.term().extra().contains("oral"))) {
            boolean hundreds = counted.group(3 + g) != null && !counted.group(3 + g).isEmpty(); // "2 of the 2 hundreds"
            double total = Double.parseDouble(counted.group(1 + g)) * Double.parseDouble(counted.group(2 + g))
                    * (hundreds ? 100 : 1);
            String unit = counted.group(4 + g) == null ? "mg" : Quantities.unit(counted.group(4 + g));
            return (total == Math.rint(total) ? String.valueOf((long) total) : String.valueOf(total)) + " " + unit;
        }
        List<Quantity> found = Quantities.find(after);
        // "four to six puffs every four hours": a range of counts, said as one dose
        if (found.size() >= 2 && found.get(0).unit().isEmpty() && found.get(1).unit().matches(COUNTS)
                && after.substring(found.get(0).end(), found.get(1).start()).matches("\\s*(?:to|-|or)\\s*")
                && found.get(0).number() < found.get(1).number()) {
            return found.get(0).value() + "-" + found.get(1).text();
        }
        for (int i = 0; i < found.size(); i++) {
            Quantity q = found.get(i);
            Quantity then = i + 1 < found.size() ? found.get(i + 1) : null;
            if (isDose(q) && q.unit().matches("tablets?|capsules?") && q.number() == 1 && then != null
                    && then.unit().matches("mg|mcg|g|units") && after.substring(q.end(), then.start()).matches("[^.;?]{0,40}")) {
                return then.text(); // "tamsulosin, one capsule at night, four hundred micrograms": one of that strength
            }
            // the text after a drug stops at the next drug named: "…of" at its end is that drug's
            if (isDose(q) && !before.isEmpty() && OTHER_DRUGS.matcher(after.substring(q.end())).matches()) {
                break; // "40 milligrams of triamcinolone with 4 mL of lidocaine": the next drug's dose, not this one's
            }
            if (isDose(q) && someoneElses(after.substring(q.end()))) {
                continue; // "7.5 mL like Ava?" "No, 7.5 is Ava's dose. Theo's is 5 mL."
            }
            if (isDose(q)) {
                return withCount(after, q, then);
            }
            if (q.unit().contains("/kg") || q.unit().matches("kg|lbs?")) {
                continue; // "10 milligrams per kilo, so 180 milligrams", "at 68 kilos it's 900 milligrams": the sum's
            }
            boolean next = q.start() <= 2 || after.substring(0, q.start()).matches("(?i)\\s*(?:at|on)\\s+");
            if (q.unit().isEmpty() && next && !q.value().contains("/") && drug != null
                    && drug.term() != null && drug.term().extra().contains("oral")) {
                double v = q.number();
                // "children's Tylenol at two this morning": a time of day, no dose
                boolean clock = v <= 12 && after.substring(q.end()).matches("(?is)^\\s*(?:o'clock|am|a\\.m\\.|pm|p\\.m\\.|this "
                        + "(?:morning|afternoon|evening)|last night|in the (?:morning|afternoon|evening|night)|"
                        + "tonight|yesterday)\\b.*");
                // "two sachets", "a teaspoon and a half": another measure said after the number, never milligrams
                boolean other = after.substring(q.end()).matches("(?is)^\\s*(?:mls?|millilit\\w+|teaspoons?|tsps?|"
                        + "tablespoons?|sachets?|scoops?|drops?|sprays?|doses?|percent|%).*");
                // "the rash she had on amoxicillin at two": an age or a time, not 2 mg
                // "two Tylenol extra strength at five, so a thousand milligrams": the hour taken; the sum is the dose
                boolean at = after.substring(0, q.start()).matches("(?i)\\s*at\\s+") && v <= 12 && v == Math.rint(v)
                        && (before.matches("(?is).*\\b(?:had|got|developed|broke out|rash|reaction)\\b.*")
                        || after.substring(q.end()).matches("(?is)^[\\s,]*so\\b.*")); // not "keep it at ten and…"
                if (at) {
                    continue;
                }
                if (v >= 0.1 && v <= 2000 && !counted(after.substring(q.end()), v) && !clock && !other) {
                    return q.value() + " mg";
                }
            }
            break;
        }
        List<Quantity> pre = Quantities.find(before);
        if (!pre.isEmpty()) {
            Quantity q = pre.get(pre.size() - 1);
            // "don't go over three thousand milligrams of acetaminophen a day": the most in a day, no dose
            if (isDose(q) && !MOST.matcher(before.substring(0, q.start())).find()
                    && before.substring(q.end()).strip().matches("(?i)(?:of|of the|of your)?\\s*(?:elemental|"
                    + "oral|liquid|generic|extended[- ]release|immediate[- ]release|long[- ]acting|short[- ]acting)?")) {
                return q.text();
            }
        }
        return null;
    }

    /**
     * "ibuprofen, two or three in the morning": tablets counted, not a strength — a strength is never said as a
     * range, and a bare one to four before a time of day is how many.
     */
    private static boolean counted(String rest, double v) {
        // "Tylenol, two extra strength": how many of the product
        return rest.matches("(?is)^\\s*(?:or|to|-)\\s*\\d.*") || v <= 4 && rest.matches("(?is)^\\W*(?:a day|in the "
                + "(?:morning|evening|afternoon)|at (?:night|bedtime)|every|each|per day|times|tablets?|pills?|"
                + "(?:extra|regular|maximum)[- ]strength|of them|at a time)\\b.*");
    }

    /** "fluticasone 44 micrograms, two puffs": the strength and how many of it are one dose. */
    private static String withCount(String text, Quantity strength, Quantity next) {
        if (next != null && strength.unit().matches("mg|mcg|units") && next.unit().matches("puffs|tablets?|capsules?|"
                + "sprays|drops") && text.substring(strength.end(), next.start()).matches("\\s*,?\\s*")) {
            return strength.text() + " " + next.text();
        }
        return strength.text();
    }

    static boolean isDose(Quantity q) {
        return q.unit().matches("mg|mcg|g|units|mL|puffs|pumps|sachets?|tablets?|capsules?|drops|sprays|patch(?:es)?");
    }

    /** "3 mg of iron per kilo per day": the drug named inside a weight-based rate is not a dose of it. */
    static boolean insideRate(String text, Match d) {
        return Quantities.find(text).stream().anyMatch(q -> q.unit().contains("/kg") && q.start() <= d.start()
                && d.end() <= q.end());
    }
}
