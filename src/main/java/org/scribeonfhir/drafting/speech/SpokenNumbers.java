package org.scribeonfhir.drafting.speech;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spoken numbers as a note writes them: "twenty milligrams" → "20 milligrams", "six point seven" and the
 * recorder's "six . seven" → "6.7", "two and a half" → "2.5", "a hundred and one" → "101", "one forty over
 * ninety" → "140 over 90". A lone "one" becomes 1 only before a unit, a span or another number, so "no one"
 * and "the one on the left" stay words.
 */
public final class SpokenNumbers {

    private static final Map<String, Integer> UNITS = Map.ofEntries(Map.entry("zero", 0), Map.entry("one", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9));
    private static final Map<String, Integer> TEENS = Map.of("ten", 10, "eleven", 11, "twelve", 12, "thirteen", 13,
            "fourteen", 14, "fifteen", 15, "sixteen", 16, "seventeen", 17, "eighteen", 18, "nineteen", 19);
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
            "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
    static final String WORD = "(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
            + "fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
            + "ninety|hundred|thousand)";
    /** A run of number words, with "a hundred", hyphens and "and" between them ("a hundred and one"). */
    private static final Pattern RUN = Pattern.compile("(?i)\\b(?:a (?=(?:hundred|thousand)\\b))?" + WORD
            + "(?:(?:[- ]|,? and )"
            + WORD + ")*\\b");
    /** "ring nine nine nine", "nine-one-one", "nine-eight-eight": emergency and crisis lines, digit by digit. */
    private static final Pattern HOTLINE = Pattern.compile(
            "(?i)\\b(?:nine[ -]nine[ -]nine|one[ -]one[ -]one|nine[ -]one[ -]one|nine[ -]eight[ -]eight)\\b");
    private static final Pattern TRIPLE_ZERO = Pattern.compile("(?i)\\btriple[ -](?:zero|oh|0)\\b");
    /** What may follow a lone "one" for it to be a number. */
    private static final Pattern AFTER_ONE = Pattern.compile("(?i)^[ -](?:mg|milligrams?|micrograms?|mcg|grams?|"
            + "units?|ml|mls?|millilit(?:er|re)s?|cc|tablets?|pills?|capsules?|puffs?|drops?|sprays?|sachets?|scoops?|"
            + "teaspoons?|times?|days?|weeks?|months?|"
            + "years?|hours?|minutes?|seconds?|pounds?|lbs?|kilos?|kilograms?|ounces?|inches?|feet|foot|centimeters?|"
            + "millimeters?|cm|mm|percent|degrees?|beats?|breaths?|miles?|cups?|glasses?|drinks?|packs?|cigarettes?|"
            + "servings?|episodes?|nights?|doses?|refills?|liters?|point|and a half|(?:to|or|out of|over) (?:"
            + WORD + "|\\d)|\\.\\s?(?:" + WORD + "|\\d))\\b");
    /** "six . seven" is 6.7, but "is twelve . six weeks ago" is two sentences: a duration starts the second. */
    private static final Pattern DECIMAL_SPOKEN = Pattern.compile("(?i)\\b(\\d+) (?:point (\\d{1,3})|\\. (\\d{1,2})"
            + "(?! (?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|times)\\b))\\b(?!\\.\\d)");
    private static final Pattern POINT_BEFORE = Pattern.compile("(?i)(?:\\d|\\b" + WORD + ") point $");
    /** "zero point one two": a decimal's digits said one by one. */
    private static final Pattern POINT_DIGITS = Pattern.compile("(?i)\\b(?<=point )((?:zero|oh|one|two|three|four|five|"
            + "six|seven|eight|nine)(?:[ -](?:zero|oh|one|two|three|four|five|six|seven|eight|nine))+)\\b");
    /** "One tablet, hundred micrograms": a hundred, said without its "a". */
    private static final Pattern BARE_HUNDRED = Pattern.compile("(?i)(?<!\\d )\\bhundred (?=(?:mg|milligrams?|"
            + "micrograms?|mcg|units?|mls?|millilit(?:er|re)s?)\\b)");
    /** "nought point five mil": British for zero point five. */
    private static final Pattern NOUGHT = Pattern.compile("(?i)\\b(?:nought|naught) (?=point )");
    private static final Pattern POINT_ONLY = Pattern.compile("(?i)\\bpoint (\\d{1,3})\\b"); // "point one two five"
    private static final Pattern HALF = Pattern.compile("(?i)\\b(\\d+) and a half\\b");
    /** "half a milligram once a day": a dose of 0.5. */
    private static final Pattern HALF_A = Pattern.compile("(?i)\\bhalf an? (milligrams?|micrograms?|grams?|tablets?|"
            + "pills?|teaspoons?|mg|mcg|ml|milliliters?|millilitres?)\\b");
    /** "one forty milligram tablet", "two forty milligram tablets": how many tablets, then their strength. */
    private static final String COUNTED = "(?!one \\w+ (?:mg|milligrams?|micrograms?|mcg)[ -](?:tablet|capsule|"
            + "pill)\\b)(?!(?:two|three|four) \\w+ (?:mg|milligrams?|micrograms?|mcg)[ -](?:tablets|capsules|"
            + "pills)\\b)";
    /** "one forty over ninety": a hundreds digit said alone, then the tens, before "over". */
    private static final Pattern PRESSURE = Pattern.compile("(?i)\\b" + COUNTED + "(one|two) ("
            + String.join("|", TENS.keySet())
            + "|" + String.join("|", TEENS.keySet()) + ")(?:[- ](one|two|three|four|five|six|seven|eight|nine))?"
            + "(?= over\\b| (?:mg|milligrams?|micrograms?|mcg|units?|extended|er|xr|sr|er\\b))");
    /** "four fifty milligrams", "the one-sixty per five mL": a dose or a strength said as hundreds and tens. */
    private static final Pattern HUNDREDS = Pattern.compile("(?i)\\b" + COUNTED
            + "(one|two|three|four|five|six|seven|eight|nine)[ -]("
            + String.join("|", TENS.keySet()) + "|" + String.join("|", TEENS.keySet()) + ")(?:[- ](one|two|three|four|"
            + "five|six|seven|eight|nine))?(?= (?:mg|milligrams?|micrograms?|mcg|units?|extended|er|xr|sr|degrees|"
            + "per \\w+ (?:ml|mls|millilit(?:er|re)s?))\\b)");
    /** "heart rate one twenty four", "sugars one eighty": a value after its measure, said as hundreds and tens. */
    private static final Pattern MEASURED = Pattern.compile("(?i)\\b((?:heart rate|pulse|weight|weighs|sugars?|glucose|"
            + "finger[- ]?prick|capillary glucose|"
            + "cholesterol|ldl|hdl|triglycerides|platelets|pressure|qtc?|qrs|pr interval|peak flow|"
            + "best(?= (?:is|was) ))"
            + "(?: \\w+){0,2}? (?:is |was |of |at |about |around )?|(?:got|blew|blows|blow) )"
            + "(one|two|three|four|five|six|seven|eight|nine)[ -](" + String.join("|", TENS.keySet()) + "|"
            + String.join("|", TEENS.keySet())
            + ")(?:[- ](one|two|three|four|five|six|seven|eight|nine))?\\b");
    /** "Hang on... there. Three-eighty.": a reading said on its own, as hundreds and tens. */
    private static final Pattern ALONE = Pattern.compile("(?i)(?:^|(?<=[.!?]\\s))(one|two|three|four|five|six|seven|"
            + "eight|nine)-(" + String.join("|", TENS.keySet()) + ")(?:-(one|two|three|four|five|six|seven|eight|"
            + "nine))?(?=[.!?]|\\s*$)");
    /** "one oh two": a hundreds digit, "oh" for zero, a unit. */
    private static final Pattern OH = Pattern.compile("(?i)\\b(one|two)[ -]oh[ -](one|two|three|four|five|six|seven|"
            + "eight|nine)\\b"); // "one-oh-eight over sixty-four" too
    private static final Pattern PERCENT = Pattern.compile("(?i)\\b(\\d+(?:\\.\\d+)?) ?percent\\b");

    private static final Pattern HUNDRED_THEN_COUNT = Pattern.compile("(?i)(.*\\b(?:hundred|thousand))[ -](one|two|"
            + "three|four|five|six|seven|eight|nine|ten|eleven|twelve)");
    private static final Pattern TIMES_AFTER = Pattern.compile("(?i)\\s+(?:times?|x|tablets?|pills?|capsules?)\\b");

    private static final Pattern COUNT_OF_STRENGTH = Pattern.compile("(?i)\\b(one|two|three|four) (?=(?:one|two|"
            + "three|four|five|six|seven|eight|nine) hundred(?: and \\w+)? (?:milligrams?|micrograms?|mg|mcg)\\b)");

    /** "in twenty twenty-two", "since nineteen ninety-eight": a year said in two halves. */
    private static final Pattern YEAR = Pattern.compile("(?i)\\b(in|since|from|until|till|of|around|about) (nineteen|"
            + "twenty) (?:(ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|(twenty|"
            + "thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](one|two|three|four|five|six|seven|eight|nine))?|"
            + "(?:oh|o)[- ](one|two|three|four|five|six|seven|eight|nine))\\b");

    private SpokenNumbers() {
    }

    public static String digits(String text) {
        // "two five hundred milligram tablets": a count, then each tablet's strength
        String counted = COUNT_OF_STRENGTH.matcher(text).replaceAll(m -> UNITS.get(m.group(1).toLowerCase(Locale.ROOT))
                + " ");
        String s = HOTLINE.matcher(counted).replaceAll(m -> m.group().toLowerCase(Locale.ROOT).replace("nine", "9")
                .replace("one", "1").replace("eight", "8").replaceAll("[ -]", ""));
        s = TRIPLE_ZERO.matcher(s).replaceAll("000"); // Australia's emergency line, "triple zero"
        s = YEAR.matcher(s).replaceAll(y -> y.group(1) + " " + ((y.group(2).equalsIgnoreCase("nineteen") ? 1900 : 2000)
                + (y.group(3) != null ? TEENS.get(y.group(3).toLowerCase(Locale.ROOT)) : y.group(4) != null
                ? TENS.get(y.group(4).toLowerCase(Locale.ROOT)) + (y.group(5) == null ? 0
                : UNITS.get(y.group(5).toLowerCase(Locale.ROOT))) : UNITS.get(y.group(6).toLowerCase(Locale.ROOT)))));
        s = HUNDREDS.matcher(s).replaceAll(m -> hundreds(m.group(1), m.group(2), m.group(3)));
        s = MEASURED.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + hundreds(m.group(2), m.group(3),
                m.group(4))));
        s = ALONE.matcher(s).replaceAll(m -> hundreds(m.group(1), m.group(2), m.group(3)));
        s = OH.matcher(s).replaceAll(m -> Integer.toString(100 * UNITS.get(m.group(1).toLowerCase(Locale.ROOT))
                + UNITS.get(m.group(2).toLowerCase(Locale.ROOT))));
        s = PRESSURE.matcher(s).replaceAll(m -> hundreds(m.group(1), m.group(2), m.group(3)));
        s = NOUGHT.matcher(s).replaceAll("");
        s = POINT_DIGITS.matcher(s).replaceAll(p -> digitByDigit(p.group(1)));
        Matcher m = RUN.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String run = m.group();
            // "six hundred three times a day", "a thousand three times a day": a dose, then how often, not 603
            Matcher count = HUNDRED_THEN_COUNT.matcher(run);
            if (count.matches() && TIMES_AFTER.matcher(s.substring(m.end())).lookingAt()
                    && value(count.group(1)) != null) {
                m.appendReplacement(out, value(count.group(1)) + " " + count.group(2));
                continue;
            }
            Integer v = value(repeatedOnce(run));
            boolean loneOne = run.equalsIgnoreCase("one");
            // "ninety nine point one": the decimal's digit
            boolean decimal = POINT_BEFORE.matcher(s.substring(Math.max(0, m.start() - 16), m.start())).find();
            boolean keep = v == null || (loneOne && !decimal && !AFTER_ONE.matcher(s.substring(m.end())).find());
            m.appendReplacement(out, Matcher.quoteReplacement(keep ? run : v.toString()));
        }
        m.appendTail(out);
        s = DECIMAL_SPOKEN.matcher(out.toString()).replaceAll(d -> d.group(1) + "."
                + (d.group(2) != null ? d.group(2) : d.group(3)));
        s = POINT_ONLY.matcher(s).replaceAll("0.$1");
        s = BARE_HUNDRED.matcher(s).replaceAll("100 ");
        s = HALF.matcher(s).replaceAll("$1.5");
        s = HALF_A.matcher(s).replaceAll("0.5 $1");
        return PERCENT.matcher(s).replaceAll("$1%");
    }

    private static String digitByDigit(String words) {
        StringBuilder out = new StringBuilder();
        for (String w : words.toLowerCase(Locale.ROOT).split("[ -]")) {
            out.append(w.equals("oh") ? 0 : UNITS.get(w));
        }
        return out.toString();
    }

    /** "five hundred five hundred": a number said twice in a row is said once. */
    static String repeatedOnce(String run) {
        String[] w = run.strip().split("\\s+");
        if (w.length >= 2 && w.length % 2 == 0) {
            String first = String.join(" ", java.util.Arrays.copyOfRange(w, 0, w.length / 2));
            String second = String.join(" ", java.util.Arrays.copyOfRange(w, w.length / 2, w.length));
            if (first.equalsIgnoreCase(second)) {
                return first;
            }
        }
        return run;
    }

    /** "four", "twenty", "eight" → 428: a hundreds digit, then tens or a teen, then maybe a unit. */
    private static String hundreds(String hundred, String tens, String unit) {
        return Integer.toString(100 * UNITS.get(hundred.toLowerCase(Locale.ROOT)) + tensOrTeens(tens)
                + (unit == null ? 0 : UNITS.get(unit.toLowerCase(Locale.ROOT))));
    }

    private static int tensOrTeens(String w) {
        String k = w.toLowerCase(Locale.ROOT);
        return TENS.containsKey(k) ? TENS.get(k) : TEENS.get(k);
    }

    /** "three hundred twenty five" → 325, "a hundred and one" → 101; null for what is not one number. */
    public static Integer value(String words) {
        int total = 0;
        int current = 0;
        String previous = null;
        for (String w : words.toLowerCase(Locale.ROOT).split("[- ,]+")) {
            if (w.isBlank() || w.equals("and")) {
                continue;
            }
            if (w.equals("a")) {
                current = 1;
                previous = "unit";
            } else if (UNITS.containsKey(w)) {
                if ("unit".equals(previous) || "teen".equals(previous)) {
                    return null;
                }
                current += UNITS.get(w);
                previous = "unit";
            } else if (TEENS.containsKey(w) || TENS.containsKey(w)) {
                if ("unit".equals(previous) || "teen".equals(previous) || "tens".equals(previous)) {
                    return null;
                }
                boolean teen = TEENS.containsKey(w);
                current += teen ? TEENS.get(w) : TENS.get(w);
                previous = teen ? "teen" : "tens";
            } else if (w.equals("hundred")) {
                if (current == 0 || current % 100 == 0 || current >= 100) { // "five hundred five hundred" is no 50500
                    return null;
                }
                current *= 100;
                previous = "hundred";
            } else if (w.equals("thousand")) {
                if (current == 0) {
                    return null;
                }
                total += current * 1000;
                current = 0;
                previous = "thousand";
            } else {
                return null;
            }
        }
        return total + current;
    }
}
