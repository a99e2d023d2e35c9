package org.scribeonfhir.drafting.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.speech.SpokenNumbers;

/**
 * A daily dose split by the time of day: "No, two at night and one in the morning" (of the 300 mg tablets) is
 * "600 mg at night and 300 mg in the morning", never a dose of "2 mg".
 */
final class SplitDoses {

    private static final Pattern PART = Pattern.compile("(?i)\\b(\\d+(?:\\.\\d+)?|one|two|three|four|half)"
            + "(?: ?(mg|mcg|g|milligrams?|micrograms?|units?))?(?: (?:tablets?|pills?|capsules?))? (in the morning|"
            + "at night|in the evening|at bedtime|at lunch(?:time)?|with breakfast|with (?:dinner|supper|tea)|"
            + "(?:the )?morning|(?:at )?night)\\b");
    private static final Pattern MASS = Pattern.compile("^(\\d+(?:\\.\\d+)?) (mg|mcg|g|units?)\\b");

    private SplitDoses() {
    }

    /** The split dose said in {@code text}, each part in milligrams (or the strength's unit), or null. */
    static String of(String text, String strength) {
        Matcher strong = MASS.matcher(strength == null ? "" : strength);
        boolean known = strong.lookingAt();
        List<String> parts = new ArrayList<>();
        List<String> times = new ArrayList<>();
        String unit = known ? strong.group(2) : null;
        Matcher m = PART.matcher(text);
        while (m.find()) {
            if (m.group(2) != null) {
                unit = unitOf(m.group(2));
            }
        }
        for (m.reset(); m.find();) {
            double n = number(m.group(1));
            String time = time(m.group(3));
            String amount;
            if (m.group(2) != null) {
                amount = Quantities.clean(String.valueOf(n)) + " " + unitOf(m.group(2));
            } else if (known && n <= 4) { // tablets of the strength said before
                amount = Quantities.clean(String.valueOf(n * Double.parseDouble(strong.group(1)))) + " "
                        + strong.group(2);
            } else if (unit != null && n >= 10) {
                amount = Quantities.clean(String.valueOf(n)) + " " + unit;
            } else {
                return null;
            }
            if (times.contains(time)) {
                return null;
            }
            times.add(time);
            parts.add(amount + " " + time);
        }
        return parts.size() == 2 ? parts.get(0) + " and " + parts.get(1) : null;
    }

    private static String unitOf(String said) {
        String u = said.toLowerCase(Locale.ROOT);
        return u.startsWith("milli") ? "mg" : u.startsWith("micro") ? "mcg" : u.startsWith("unit") ? "units" : u;
    }

    /** "two" → 2 (the speech package's reading of number words), "half" → 0.5, "300" → 300. */
    private static double number(String said) {
        return said.equalsIgnoreCase("half") ? 0.5 : said.matches("[\\d.]+") ? Double.parseDouble(said)
                : SpokenNumbers.value(said);
    }

    private static String time(String said) {
        String t = said.toLowerCase(Locale.ROOT);
        return t.contains("morning") || t.contains("breakfast") ? "in the morning" : t.contains("night")
                || t.contains("bedtime") ? "at night" : t.contains("lunch") ? "at midday" : "in the evening";
    }
}
