package org.scribeonfhir.drafting.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How often, day by day: "5 times that first night, twice yesterday, and once this morning" is kept whole, so the
 * note does not carry the first night's count as the whole illness's.
 */
final class EpisodeCounts {

    private static final Pattern COUNT = Pattern.compile("(?i)\\b(\\d+ times|once|twice)\\s+(?:(?:that|the) )?"
            + "(first (?:night|day|evening|morning)|last night|overnight|yesterday(?: (?:morning|afternoon|evening))?|"
            + "this morning|this afternoon|today|so far today|since (?:then|midnight|this morning))\\b");
    /** What may lie between two counts: a comma, "and", "then", a hedge. */
    private static final Pattern BETWEEN = Pattern.compile("(?i)^(?:\\s*(?:,|and|then|maybe|about|another|"
            + "only|just)\\s*)+$");

    private EpisodeCounts() {
    }

    /** "5 times the first night, twice yesterday and once this morning", or null unless two days are counted. */
    static String of(String s) {
        Matcher m = COUNT.matcher(s);
        List<String> counts = new ArrayList<>();
        int end = -1;
        while (m.find()) {
            if (end >= 0 && !BETWEEN.matcher(s.substring(end, m.start())).matches()) {
                break;
            }
            String when = m.group(2).toLowerCase(Locale.ROOT);
            counts.add(m.group(1).toLowerCase(Locale.ROOT) + " " + (when.startsWith("first") ? "the " : "") + when);
            end = m.end();
        }
        if (counts.size() < 2) {
            return null;
        }
        String last = counts.remove(counts.size() - 1);
        return String.join(", ", counts) + " and " + last;
    }
}
