package org.scribeonfhir.drafting;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spoken numbers as notes write them: "five milligrams" → "5 milligrams", "one to two weeks" → "1 to 2 weeks",
 * "three hundred twenty five" → "325". Only a number that a unit, a time span or another number follows is
 * rewritten, so "the one on the left" and "no one" stay as they are.
 */
final class Numbers {

    private static final Map<String, Integer> UNITS = Map.ofEntries(Map.entry("zero", 0), Map.entry("one", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9));
    private static final Map<String, Integer> TEENS = Map.of("ten", 10, "eleven", 11, "twelve", 12, "thirteen", 13,
            "fourteen", 14, "fifteen", 15, "sixteen", 16, "seventeen", 17, "eighteen", 18, "nineteen", 19);
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
            "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
    private static final String WORD = "(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            + "thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
            + "seventy|eighty|ninety|hundred|thousand)";
    private static final String NUMBER = WORD + "(?:(?:[- ]|,? and )" + WORD + ")*";
    /** What may follow a number for it to be rewritten. */
    private static final String AFTER = "(?:mg|milligrams?|micrograms?|mcg|grams?|units?|ml|milliliters?|cc|"
            + "tablets?|pills?|capsules?|puffs?|times?|days?|weeks?|months?|years?|hours?|minutes?|seconds?|"
            + "pounds?|lbs|kilos?|kilograms?|ounces?|inches?|feet|foot|centimeters?|millimeters?|cm|mm|percent|"
            + "degrees?|beats?|breaths?|miles?|cups?|glasses?|drinks?|packs?|cigarettes?|servings?|"
            + "episodes?|nights?|doses?|refills?|blocks?|flights?|year-old|year old|years old|months old|"
            + "weeks old|and a half|(?:to|or|out of|over) (?:" + WORD + "|\\d))";
    private static final Pattern SPOKEN = Pattern.compile("(?i)\\b(" + NUMBER + ")(?=[ -]" + AFTER + "\\b)");
    private static final Pattern RANGE_END = Pattern.compile("(?i)(\\b\\d+ (?:to|or|out of|over) )(" + NUMBER
            + ")\\b");

    private Numbers() {
    }

    static String digits(String text) {
        String s = SPOKEN.matcher(text).replaceAll(m -> {
            Integer v = value(m.group(1));
            return Matcher.quoteReplacement(v == null ? m.group() : v.toString());
        });
        return RANGE_END.matcher(s).replaceAll(m -> {
            Integer v = value(m.group(2));
            return Matcher.quoteReplacement(m.group(1) + (v == null ? m.group(2) : v.toString()));
        });
    }

    /** "three hundred twenty five" → 325, "twenty three hundred" → 2300; null for what is not one number. */
    static Integer value(String words) {
        int total = 0;
        int current = 0;
        String previous = null;
        for (String w : words.toLowerCase(Locale.ROOT).split("[- ,]+")) {
            if (w.isBlank() || w.equals("and")) {
                continue;
            }
            if (UNITS.containsKey(w)) {
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
                if (current == 0 || current % 100 == 0) {
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
