package org.scribeonfhir.drafting.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.speech.Utterance;

/** A "no" said of one of the things asked, not of them all. */
final class OneDenied {

    /** "No sweats.": a no and the one to three words it denies, alone in the sentence. */
    private static final Pattern NO_ONE = Pattern.compile("(?i)^\\W*no\\s+(?:[a-z']+\\s+){0,2}[a-z']+\\W*$");

    private OneDenied() {
    }

    /**
     * "Coughing anything up? Any fevers?" "No, no fever, kind of feel like I'm bringing a bunch of yuck up": the
     * no is the fever's, and what follows answers the rest, so the rest is not denied.
     */
    static boolean leads(Utterance a, List<Match> inAnswer) {
        Matcher lead = Pattern.compile("(?i)^\\W*(?:no\\b[\\s,.]*)+").matcher(a.text());
        if (!lead.find()) {
            return false;
        }
        return inAnswer.stream().anyMatch(x -> x.start() == lead.end()
                && a.text().substring(x.end()).strip().split("\\s+").length >= 4);
    }

    private static final Pattern AS_EVER = Pattern.compile("(?i)\\b(?:fine|same|normal|okay|ok|stable|steady|"
            + "unchanged|no change|i wish|not really|nope|none|good)\\b");

    /**
     * "Any fevers, sweats at night, weight dropping off?" "No sweats. I weighed myself Saturday and I was nine stone
     * four…": the no names one of the things asked, and the reply goes on to tell another, not as unchanged; that
     * other is told, not denied ("Weight's the same" or "Eyes were fine" deny it still).
     */
    static List<Match> toldOtherwise(Context c, Utterance a, List<Match> askedAbout) {
        Matcher no = NO_ONE.matcher(a.text());
        List<Utterance> turn = c.dialogue.ofTurn(a.turn());
        if (askedAbout.size() < 2 || !no.find() || turn.indexOf(a) < 0) {
            return List.of();
        }
        List<String> rest = turn.subList(turn.indexOf(a) + 1, turn.size()).stream().map(Utterance::text).toList();
        return askedAbout.stream().filter(m -> rest.stream().anyMatch(x -> tells(x, m))).toList();
    }

    /** The sentence speaks of what was asked (a word of five letters or more, by its first five) and not as unchanged. */
    private static boolean tells(String sentence, Match asked) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        return java.util.Arrays.stream(asked.surface().toLowerCase(Locale.ROOT).split("\\W+"))
                .filter(w -> w.length() >= 5).anyMatch(w -> lower.matches("(?s).*\\b" + Pattern.quote(w.substring(0, 5))
                        + ".*")) && !AS_EVER.matcher(sentence).find();
    }
}
