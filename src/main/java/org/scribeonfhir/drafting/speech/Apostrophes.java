package org.scribeonfhir.drafting.speech;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Apostrophes a recogniser left out ("i dont", "ive had", "ill put you on"), put back so that the negation, the
 * intent and the first person are read as they were said.
 */
final class Apostrophes {

    /** Words that are nothing but a contraction without its apostrophe. */
    private static final Map<String, String> PLAIN = Map.ofEntries(Map.entry("dont", "don't"),
            Map.entry("doesnt", "doesn't"), Map.entry("didnt", "didn't"), Map.entry("havent", "haven't"),
            Map.entry("hasnt", "hasn't"), Map.entry("hadnt", "hadn't"), Map.entry("isnt", "isn't"),
            Map.entry("wasnt", "wasn't"), Map.entry("arent", "aren't"), Map.entry("werent", "weren't"),
            Map.entry("wont", "won't"), Map.entry("cant", "can't"), Map.entry("couldnt", "couldn't"),
            Map.entry("wouldnt", "wouldn't"), Map.entry("shouldnt", "shouldn't"), Map.entry("im", "i'm"),
            Map.entry("ive", "i've"), Map.entry("youre", "you're"), Map.entry("youve", "you've"),
            Map.entry("youll", "you'll"), Map.entry("theyre", "they're"), Map.entry("theyve", "they've"),
            Map.entry("thats", "that's"), Map.entry("theres", "there's"), Map.entry("whats", "what's"),
            Map.entry("heres", "here's"), Map.entry("hes", "he's"), Map.entry("shes", "she's"),
            Map.entry("itll", "it'll"), Map.entry("weve", "we've"), Map.entry("whens", "when's"),
            Map.entry("wheres", "where's"), Map.entry("hows", "how's"), Map.entry("whos", "who's"));
    private static final Pattern WORD = Pattern.compile("(?i)\\b(?:" + String.join("|", PLAIN.keySet()) + ")\\b");
    /**
     * Words that are also words of their own ("ill", "its", "lets", "id"): put right only in a transcript without any
     * apostrophe, and "ill", "id" and "lets" only before a verb.
     */
    private static final Pattern BARE = Pattern.compile("(?i)\\b(?:its|(?:ill|id)(?= (?:just |also |probably |"
            + "definitely )?(?:be|do|get|give|put|pop|send|refer|see|start|prescribe|write|ask|book|check|call|ring|"
            + "have|take|make|let|arrange|order|lend|sort|try|go|leave|need|print|like|say|suggest|recommend|want|"
            + "rather|think|prefer|expect|bet|love|hate|stop|increase|switch|change|organise|organize|avoid|use|"
            + "hold|keep|recommend|advise)\\b)|"
            + "lets(?= (?:see|have|get|do|start|try|go|talk|look|check|book|keep|take|make|just|say|stop|think|put|"
            + "give|pop|leave)\\b))\\b");

    private static final Map<String, String> BARE_WORDS = Map.of("its", "it's", "ill", "i'll", "id", "i'd", "lets",
            "let's");

    private Apostrophes() {
    }

    /** {@code bare}: the whole transcript has no apostrophe, so "its" and "ill" are contractions too. */
    static String restore(String text, boolean bare) {
        // "Ketorolac thirty IM": the route, written in capitals, is no "I'm"
        String s = WORD.matcher(text).replaceAll(m -> m.group().equals("IM") ? "IM"
                : cased(m.group(), PLAIN.get(m.group().toLowerCase(Locale.ROOT))));
        if (!bare) {
            return s;
        }
        return BARE.matcher(s).replaceAll(m -> cased(m.group(), BARE_WORDS.get(m.group().toLowerCase(Locale.ROOT))));
    }

    private static String cased(String said, String written) {
        return Matcher.quoteReplacement(Character.isUpperCase(said.charAt(0))
                ? Character.toUpperCase(written.charAt(0)) + written.substring(1) : written);
    }
}
