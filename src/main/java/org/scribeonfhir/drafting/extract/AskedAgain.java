package org.scribeonfhir.drafting.extract;

import java.util.regex.Pattern;

import org.scribeonfhir.drafting.speech.Utterance;

/**
 * "Any weakness, numbness or trouble getting your words out?" "My mum gets migraines actually…" "And what about the
 * weakness or trouble with words?": a question left unanswered by a reply about someone else, then asked again.
 */
final class AskedAgain {

    private static final Pattern RELATIVE_REPLY = Pattern.compile("(?i)^\\W*(?:(?:well|oh|um|uh|actually|yeah|so)\\W+)*"
            + "(?:my|our) (?:mum|mom|mother|dad|father|sister|brother|wife|husband|son|daughter|gran|grandma|grandpa|"
            + "nan|aunt|uncle|cousin|partner)(?:'s)?\\b");
    private static final Pattern WHAT_ABOUT = Pattern.compile("(?i)^\\W*(?:(?:and|so|okay|ok|but)\\W+)*(?:what|how) about "
            + "(?:the )?");

    private AskedAgain() {
    }

    /** A reply that opens on a relative's story answers nothing about the patient. */
    static boolean relativesStory(Utterance reply) {
        return RELATIVE_REPLY.matcher(reply.text()).lookingAt();
    }

    /** The question as asked, or, asked again after a reply that did not answer, the first question's list with it. */
    static String question(Context c, Utterance q) {
        if (!WHAT_ABOUT.matcher(q.text()).lookingAt()) {
            return q.text();
        }
        for (int turn = q.turn() - 2; turn >= Math.max(1, q.turn() - 4); turn--) {
            for (Utterance x : c.dialogue.ofTurn(turn)) {
                Utterance a = x.clinician() && x.question() ? c.dialogue.answerTo(x) : null;
                if (a != null && Negation.answer(a.text()) == Negation.Answer.OTHER
                        && !LooseSymptoms.find(c.vocabulary, x.text()).isEmpty()) {
                    return x.text() + " " + q.text();
                }
            }
        }
        return q.text();
    }
}
