package org.scribeonfhir.drafting.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.speech.Dialogue;
import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.Presence;
import org.scribeonfhir.drafting.visit.Support;

/**
 * A list asked and answered item by item: "Any craving to chew ice, or restless legs?" "Ice! … Legs, no."; "aching
 * joints, vaginal dryness, brain fog?" "The brain fog, yes… Dryness, a bit. Joints are fine." Each item is picked
 * out by a word of it the answer takes up, and answered by the first yes or no said with that word.
 */
final class ItemAnswers {

    record Answered(Match asked, Presence presence) {
    }

    private static final Pattern YES = Pattern.compile("(?i)\\b(?:yes|yeah|yep|yup|a bit|a little|a lot|definitely|"
            + "some|mild|"
            + "sometimes|loads|terrible|awful|dreadful|constantly|all the time|every day|that's me)\\b|!");
    private static final Pattern NO = Pattern.compile("(?i)\\b(?:no|nope|not|none|never|fine|normal|okay|ok|"
            + "nothing)\\b|n't\\b");
    /** Words of an item too general to tell which item the answer takes up. */
    private static final Set<String> GENERAL = Set.of("pain", "pains", "any", "your", "feel", "feeling", "trouble",
            "with", "problems", "problem", "issues", "changes", "symptoms", "difficulty", "the", "and", "of", "in",
            "at", "night", "day", "some", "other", "new", "bad", "really", "very");
    private static final Pattern CLAUSE_START = Pattern.compile("[.!?;,]\\s*|\\bbut\\b");

    private ItemAnswers() {
    }

    /**
     * The items the answer takes up one by one (at least two of them), each with its own answer; empty when the
     * answer does not go item by item.
     *
     * @param named the symptoms a stretch of the answer names (another symptom there leaves the item unanswered)
     */
    static List<Answered> of(List<Match> askedAbout, String answer, Function<String, List<Match>> named) {
        if (askedAbout.size() < 2) {
            return List.of();
        }
        String lower = answer.toLowerCase(Locale.ROOT);
        record Hit(Match asked, int at) {
        }
        List<Hit> hits = new ArrayList<>();
        for (Match m : askedAbout) {
            int at = -1;
            for (String w : m.surface().toLowerCase(Locale.ROOT).split("[^a-z']+")) {
                if (w.length() < 3 || GENERAL.contains(w)) {
                    continue;
                }
                Matcher k = Pattern.compile("\\b" + Pattern.quote(w.replaceAll("s$", "")) + "s?\\b").matcher(lower);
                if (k.find() && (at < 0 || k.start() < at)) {
                    at = k.start();
                }
            }
            if (at >= 0 && hits.stream().noneMatch(h -> h.asked().term() == m.term())) {
                hits.add(new Hit(m, at));
            }
        }
        if (hits.size() < 2) {
            return List.of();
        }
        hits.sort(java.util.Comparator.comparingInt(Hit::at));
        List<Answered> out = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            Hit h = hits.get(i);
            int start = clauseStart(lower, i == 0 ? 0 : hits.get(i - 1).at(), h.at());
            int end = i + 1 < hits.size() ? clauseStart(lower, h.at(), hits.get(i + 1).at()) : lower.length();
            String stretch = answer.substring(start, Math.max(start, end));
            if (named.apply(stretch).stream().anyMatch(x -> x.term() != h.asked().term())) {
                continue; // "My chest feels tight sometimes, but it's not a pain": about the tightness
            }
            Matcher yes = YES.matcher(stretch);
            Matcher no = NO.matcher(stretch);
            int y = yes.find() ? yes.start() : Integer.MAX_VALUE;
            int n = no.find() ? no.start() : Integer.MAX_VALUE;
            if (y != n) {
                out.add(new Answered(h.asked(), y < n ? Presence.PRESENT : Presence.DENIED));
            }
        }
        return out.size() >= 2 ? out : List.of();
    }

    /** Records each item answered on its own; false (nothing recorded) when the answer does not go item by item. */
    static boolean read(Context c, SymptomReader r, Utterance q, Utterance a, String asked, List<Match> askedAbout,
            double confidence) {
        List<Utterance> turn = c.dialogue.ofTurn(q.turn());
        int next = turn.indexOf(q) + 1;
        String examples = next == turn.size() - 1 && !turn.get(next).question()
                && turn.get(next).examples() ? turn.get(next).text() : null;
        List<Match> all = new ArrayList<>(askedAbout);
        if (examples != null) {
            all.addAll(r.symptoms(examples));
        }
        List<Answered> items = of(all, c.dialogue.text(a.turn()), r::symptoms);
        for (Answered x : items) {
            r.context = null;
            SymptomBuilder b = r.builder(x.asked(), q, askedAbout.contains(x.asked()) ? asked : examples);
            if (b != null) {
                b.mention(x.presence(), r.withSite(Support.of(confidence, q.turn(), a.turn())));
            }
        }
        return !items.isEmpty();
    }

    /** Where the clause holding {@code at} begins, not before {@code from}. */
    private static int clauseStart(String lower, int from, int at) {
        int start = from;
        Matcher m = CLAUSE_START.matcher(lower);
        m.region(from, at);
        while (m.find()) {
            start = m.end();
        }
        return start;
    }
}
