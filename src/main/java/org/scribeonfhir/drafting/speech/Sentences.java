package org.scribeonfhir.drafting.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cuts a normalised turn into sentences, keeping where each starts. */
final class Sentences {

    /** A sentence ends at . ? ! followed by a space, except after a title ("Dr.") or an initial. */
    private static final Pattern END = Pattern.compile("(?<!\\b(?:[Dd]r|[Mm]rs?|[Mm]s|[Ss]t|vs|[A-Za-z]))[.?!]+(?=\\s|$)");
    /** Where an unpunctuated run of speech is cut when it gets long. */
    private static final Pattern MARKER = Pattern.compile("(?i)\\s(?=(?:okay|alright|all right|so|and then|now|"
            + "and so|but|because)\\s)");
    /** "…, okay?" / "…, right?": a statement with a tag, not a question. */
    private static final Pattern TAG_QUESTION = Pattern.compile("(?i),?\\s*(?:okay|ok|alright|all right|right|yeah|"
            + "you know|does that make sense|sound good|sounds good|is that okay)\\?$");
    private static final int LONG = 40;

    record Piece(String text, int start, boolean question) {
    }

    private Sentences() {
    }

    static List<Piece> split(String text) {
        List<Piece> out = new ArrayList<>();
        Matcher m = END.matcher(text);
        int from = 0;
        while (m.find()) {
            add(text, from, m.end(), out);
            from = m.end();
        }
        add(text, from, text.length(), out);
        return out;
    }

    private static void add(String text, int from, int to, List<Piece> out) {
        String s = text.substring(from, to);
        int lead = s.length() - s.stripLeading().length();
        s = s.strip();
        if (s.isEmpty() || s.matches("[\\p{Punct}\\s]+")) {
            return;
        }
        int start = from + lead;
        if (s.split("\\s+").length <= LONG) {
            out.add(piece(s, start));
            return;
        }
        // Unpunctuated speech (a recorder without sentence marks): cut at discourse markers.
        Matcher m = MARKER.matcher(s);
        int last = 0;
        while (m.find()) {
            if (s.substring(last, m.start()).split("\\s+").length >= 10) {
                out.add(piece(s.substring(last, m.start()).strip(), start + last));
                last = m.start() + 1;
            }
        }
        out.add(piece(s.substring(last).strip(), start + last));
    }

    private static Piece piece(String s, int start) {
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        boolean asks = lower.matches("(?s)^(?:and |so |okay |now )?(?:do|does|did|is|are|was|were|can|could|would|will|"
                + "have|has|any|how|what|when|where|why|who|which|should)\\b.*");
        boolean unfinished = !s.endsWith(".") && !s.endsWith("!") && lower.matches("(?s)^(?:and |so |okay |now )?"
                + "(?:do you|did you|have you|has (?:he|she)|are you|is (?:he|she|it|there)|any)\\b.*");
        // "you had a reaction to codeine, right?" checks a fact with the patient; "take it with food, okay?" does not
        boolean confirms = lower.matches("(?s).*\\byou(?:'ve| have| had| were| are|'re| take| took| used)\\b.*"
                + "(?:right|correct)\\?$") || lower.matches("(?s).*,\\s*(?:is that (?:right|correct|still right)|"
                + "correct)\\?$"); // "and the only allergy is aspirin, is that right?" asks to confirm
        boolean question = s.endsWith("?") && (asks || confirms || !TAG_QUESTION.matcher(s).find()) || unfinished;
        return new Piece(s, start, question);
    }
}
