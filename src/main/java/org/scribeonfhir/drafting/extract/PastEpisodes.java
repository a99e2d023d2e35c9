package org.scribeonfhir.drafting.extract;

import java.util.List;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.Presence;

/**
 * "I had a heart attack five years ago. I had chest pain at work and they put a stent in.": the symptoms of an
 * episode years ago, told in the simple past, are that episode's history, not complaints of this visit.
 */
final class PastEpisodes {

    private static final Pattern SIMPLE_PAST = Pattern.compile("(?i)\\b(?:(?:i|he|she|you) (?:had|was having|got|"
            + "suffered|broke out|came out|took|\\w+ed once)|(?:they|we) (?:stopped|changed|switched)|"
            + "(?:that|it|which) was|then (?:was|were)|back then|at the time)\\b");
    private static final Pattern STILL = Pattern.compile("(?i)\\b(?:still|ever since|since then|keeps?|on and off|"
            + "comes and goes|again|now|these days|recently|lately|this (?:week|month|time)|i've|i have|(?:he|she)'s "
            + "been|has been|have been)\\b");

    private PastEpisodes() {
    }

    private static final Pattern EARLIER = Pattern.compile("(?i)\\b(?:before|ever|in the past|previously)\\b");

    /** "Ever had back pain like this before?": an earlier episode of today's complaint. */
    private static final Pattern LIKE_THIS_BEFORE = Pattern.compile("(?i)\\b(?:like (?:this|that|it)(?: one)?|this|"
            + "that) before\\b");

    /**
     * "Have you had back pain before?" "Once, six years ago.": that episode, not today's complaint; "Ever had back pain
     * like this before?" "Never.": a first episode, today's complaint not denied.
     */
    static boolean askedBefore(String asked, String answer, Presence p) {
        return p == Presence.PRESENT ? EARLIER.matcher(asked).find() && Attributes.YEARS_AGO.matcher(answer).find()
                : p == Presence.DENIED && LIKE_THIS_BEFORE.matcher(asked).find();
    }

    /** "He came out in a rash all over when he was four": told of childhood, no verb of the past needed. */
    private static final Pattern CHILDHOOD = Pattern.compile("(?i)\\b(?:when (?:i|he|she) was|as a)\\b");
    private static final Pattern CLEARED = Pattern.compile("(?i)^\\W*(?:(?:but|and)\\s+)?(?:it|that|they|those|this|"
            + "these|all that)(?:'s|'ve| has| have| is| are)?\\s+(?:all\\s+|completely\\s+|now\\s+)?"
            + "(?:cleared up|cleared|gone(?!\\s+(?:on|up|down|into|to|round|around|over|through)\\b)|went away|"
            + "gone away|settled|resolved|long (?:finished|gone|over))\\b"
            // "She stopped at sixteen weeks, the vomiting finished."
            + "|^[^.?!]{0,40}\\bthe [a-z ]{3,20} (?:finished|went away|settled|cleared up|stopped)\\W*$"
            // "…I had some diarrhoea. But since then it's all been pretty fine."
            + "|^\\W*(?:(?:but|and)\\s+)?since then,? (?:it's|it has|i've|i have|everything's|everything has|"
            + "things have)(?: all)? been (?:pretty |quite |absolutely |totally )?(?:fine|ok|okay|good|normal|alright|"
            + "all right)\\b");

    /** "It settled down some, but it's never gone away": better, not gone. */
    private static final Pattern PARTLY = Pattern.compile("(?i)\\b(?:never|still|not|\\w+n't|some|a bit|a little|"
            + "partly|mostly|slightly|somewhat)\\b");

    /** "I had a stinking cold two weeks ago, blocked nose, sore throat. That's cleared up now.": all of it gone. */
    static boolean clearedNext(Context c, Utterance u) {
        List<Utterance> turn = c.dialogue.ofTurn(u.turn());
        int next = turn.indexOf(u) + 1;
        // "…constipated I guess." "[patient] About a week ago, but I'm OK now.": the same voice's next turn
        List<Utterance> on = next == turn.size() ? c.dialogue.goesOn(u.turn()) : List.of();
        String then = next > 0 && next < turn.size() ? turn.get(next).text() : on.isEmpty() ? "" : on.get(0).text();
        return CLEARED.matcher(then).find() && !PARTLY.matcher(then).find() || FINE_NOW.matcher(then).find();
    }

    private static final Pattern FINE_NOW = Pattern.compile("(?i)^[^.?!]{0,40}\\bago,? but (?:i'm|i am|it's|it is|"
            + "i feel|she's|he's) (?:ok(?:ay)?|fine|better|all right|alright|normal)(?:,? ok(?:ay)?)? now\\b");

    /** "Last time after the jab I had fever two days": a past vaccine's reaction, the reason to decline this one. */
    private static final Pattern AFTER_A_JAB = Pattern.compile("(?i)\\b(?:last time|the time|once) (?:after|with|"
            + "i had) "
            + "(?:the|my|that|a) (?:flu )?(?:jab|vaccine|vaccination|shot|booster|injection)\\b");

    private static final Pattern MONTHS_AGO = Pattern.compile("(?i)\\b(?:last (?:month|winter|summer|spring|autumn|"
            + "fall)|(?:\\d+|two|three|four|five|six|several|a few|a couple of) months ago)\\b");
    private static final Pattern PAST_VERB = Pattern.compile("(?i)^\\W*(?:i|he|she) (?:just |only )?[a-z]+ed\\b");

    /** The next sentence of the turn dates the episode: "At the dentist when I was twelve". */
    private static boolean laterSentence(Context c, Utterance u) {
        List<Utterance> turn = c.dialogue.ofTurn(u.turn());
        int next = turn.indexOf(u) + 1;
        return next > 0 && next < turn.size() && (CHILDHOOD.matcher(turn.get(next).text()).find()
                || Attributes.YEARS_AGO.matcher(turn.get(next).text()).find());
    }

    /** Whether the sentence tells of an episode years ago: in its own words or in the sentence before it. */
    static boolean told(Context c, Utterance u, String text) {
        boolean past = SIMPLE_PAST.matcher(text).find();
        if (!past && !STILL.matcher(text).find() && PAST_VERB.matcher(text).find() && laterSentence(c, u)) {
            return true; // "I just fainted. At the dentist when I was twelve."
        }
        if (STILL.matcher(text).find() || !past && !CHILDHOOD.matcher(text).find()) {
            return false;
        }
        if (Attributes.YEARS_AGO.matcher(text).find() || past && (AFTER_A_JAB.matcher(text).find()
                || MONTHS_AGO.matcher(text).find() && !clearedNext(c, u))) { // "I took it last month for the fever"
            return true;
        }
        if (!past) {
            return false;
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
