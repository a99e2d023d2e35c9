package org.scribeonfhir.drafting.extract;

import java.util.List;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.speech.Utterance;

/**
 * "I had a heart attack five years ago. I had chest pain at work and they put a stent in.": the symptoms of an
 * episode years ago, told in the simple past, are that episode's history, not complaints of this visit.
 */
final class PastEpisodes {

    private static final Pattern SIMPLE_PAST = Pattern.compile("(?i)\\b(?:(?:i|he|she) (?:had|was having|got|suffered)|"
            + "(?:that|it|which) was|then (?:was|were)|back then|at the time)\\b");
    private static final Pattern STILL = Pattern.compile("(?i)\\b(?:still|ever since|since then|keeps?|on and off|"
            + "comes and goes|again|now|these days|recently|lately|this (?:week|month|time)|i've|i have|(?:he|she)'s "
            + "been|has been|have been)\\b");

    private PastEpisodes() {
    }

    private static final Pattern EARLIER = Pattern.compile("(?i)\\b(?:before|ever|in the past|previously)\\b");

    /** "Have you had back pain before?" "Once, six years ago.": that episode, not today's complaint. */
    static boolean askedBefore(String asked, String answer) {
        return EARLIER.matcher(asked).find() && Attributes.YEARS_AGO.matcher(answer).find();
    }

    /** Whether the sentence tells of an episode years ago: in its own words or in the sentence before it. */
    static boolean told(Context c, Utterance u, String text) {
        if (!SIMPLE_PAST.matcher(text).find() || STILL.matcher(text).find()) {
            return false;
        }
        if (Attributes.YEARS_AGO.matcher(text).find()) {
            return true;
        }
        // "In 2021 I had a kidney infection. I was in hospital on a drip. The pain in my back then was nine…"
        List<Utterance> turn = c.dialogue.ofTurn(u.turn());
        for (int i = turn.indexOf(u) - 1; i >= 0; i--) {
            if (Attributes.YEARS_AGO.matcher(turn.get(i).text()).find()) {
                return true;
            }
            if (STILL.matcher(turn.get(i).text()).find()) {
                return false;
            }
        }
        return false;
    }
}
