package org.scribeonfhir.drafting.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.speech.Utterance;

/** Turns of allergy talk whose meaning rests on the turn before or after: a relative's allergy, the question again. */
final class AllergyTurns {

    /** "Oh, that's my brother, Wiremu.", "That one is my mother.": the allergy asked about is a relative's. */
    private static final Pattern OTHERS = Pattern.compile("(?i)^\\W*(?:(?:oh|no|sorry|ah|well|actually)\\W+)*"
            + "(?:that|that one|this one|it|those)(?:'s| is| was|'re| are) (?:my|his|her|our) " + Kinship.RELATIVES
            + "\\b");

    private AllergyTurns() {
    }

    /** "Oh, that's my brother.": the reply gives the allergy asked about to a relative. */
    static boolean relatives(String reply) {
        return OTHERS.matcher(reply).lookingAt();
    }

    /** "The nurse has written penicillin allergy." "That one is my mother.": the allergy read back is a relative's. */
    static boolean othersAnswer(Context c, Utterance u) {
        Utterance reply = u.clinician() ? AllergyReader.reply(c, c.dialogue.ofTurn(u.turn()).get(0)) : null;
        return reply != null && relatives(reply.text());
    }

    private static final Pattern ANY_OTHER = Pattern.compile("(?i)^\\W*(?:(?:and|okay|ok|so)\\W+)*(?:anything|any)"
            + " (?:else|others?|more)\\W*$");

    /** "Any allergies to medicines?" "Penicillin…" "…I'll note that. Anything else?": the allergy question again. */
    static boolean anyOther(Context c, Utterance u) {
        if (!ANY_OTHER.matcher(u.text()).matches()) {
            return false;
        }
        for (int t = u.turn() - 1; t >= u.turn() - 4; t--) {
            List<Utterance> before = c.dialogue.ofTurn(t);
            if (!before.isEmpty() && before.get(0).clinician()) {
                return before.stream().anyMatch(x -> x.question() && x.text().toLowerCase(Locale.ROOT)
                        .contains("allerg"));
            }
        }
        return false;
    }
}
