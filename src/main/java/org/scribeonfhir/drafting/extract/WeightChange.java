package org.scribeonfhir.drafting.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.lexicon.Vocabulary;

/**
 * "I've lost like eight pounds since Christmas", "the scale says I'm up about seven pounds": a weight change said
 * with its amount, which no phrase of the lexicon can hold, read as the symptom with that amount.
 */
final class WeightChange {

    private static final String ABOUT = "(?:about |like |around |nearly |almost |maybe |over |a good |close to |"
            + "roughly |just over |just under |at least )?";
    private static final String AMOUNT = "(\\d+(?:\\.\\d+)?) ?(pounds?|lbs?|kilos?|kilograms?|kg|stone)\\b";
    private static final Pattern LOST = Pattern.compile("(?i)\\b(?:lost|dropped|losing|down) " + ABOUT + AMOUNT);
    private static final Pattern GAINED = Pattern.compile("(?i)\\b(?:gained|put on|up|gaining) " + ABOUT + AMOUNT);

    private WeightChange() {
    }

    /** The lexicon's symptoms of the text, with a weight change said with its amount added where none overlaps. */
    static List<Match> with(Vocabulary v, String text, List<Match> found) {
        List<Match> out = new ArrayList<>(found);
        add(out, v.lookup(Term.Kind.SYMPTOM, "unintentional weight loss"), LOST.matcher(text));
        add(out, v.lookup(Term.Kind.SYMPTOM, "weight gain"), GAINED.matcher(text));
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static void add(List<Match> out, Term term, Matcher m) {
        while (term != null && m.find()) {
            Match w = new Match(term, m.start(), m.end(), m.group());
            if (out.stream().noneMatch(x -> x.overlaps(w) || x.term() == term)) {
                out.add(w);
            }
        }
    }

    /** "Up about eight kilos since the menopause", "I've put two kilos back on": how much it changed, not a weight. */
    private static final Pattern GAINED_BEFORE = Pattern.compile("(?i)\\b(?:up|down|gained|gaining|lost|losing|put|"
            + "dropped)\\b(?!\\s+from)");
    private static final Pattern GAINED_AFTER = Pattern.compile("(?i)^\\s*(?:\\w+\\s+)?(?:since|back on|heavier|"
            + "lighter)\\b");

    /**
     * The number at start..end is a weight's change, not a weight: a change word earlier in its clause, or "since",
     * "back on" just after it ("212 pounds, up four from last time" is the weight).
     */
    static boolean said(String text, int start, int end) {
        String before = text.substring(0, start);
        before = before.substring(Math.max(before.lastIndexOf(','), Math.max(before.lastIndexOf('.'),
                before.lastIndexOf(';'))) + 1);
        return GAINED_BEFORE.matcher(before).find() || GAINED_AFTER.matcher(text.substring(end)).find();
    }

    /** "of 8 lb": the amount of the change said in the text, or null. */
    static String amount(String name, String text) {
        if (!name.equals("unintentional weight loss") && !name.equals("weight gain")) {
            return null;
        }
        Matcher m = (name.equals("weight gain") ? GAINED : LOST).matcher(text);
        if (!m.find()) {
            return null;
        }
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        unit = unit.startsWith("k") ? "kg" : unit.startsWith("stone") ? "stone" : "lb";
        return "of " + m.group(1) + " " + unit;
    }
}
