package org.scribeonfhir.drafting.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.Measurement;
import org.scribeonfhir.drafting.visit.Support;

/**
 * A value the clinician takes back and says again in the same turn ("your score is sixteen. Hang on, I added that
 * wrong. It's fourteen."): the last said replaces the first.
 */
final class Recounted {

    private static final Pattern TAKEN_BACK = Pattern.compile("(?i)\\b(?:added (?:that|it|them) (?:up )?wrong|"
            + "miscounted|misread (?:that|it)|got (?:that|it) wrong|made a mistake|my mistake|(?:that's|that is) wrong|"
            + "let me (?:re-?add|recount|add (?:that|it) again))\\b");
    private static final Pattern SAID_AGAIN = Pattern.compile("(?i)^\\W*(?:so |no,? )?(?:it's|it is|that's|that is|"
            + "it should be|make that|it comes to|it's actually) (\\d{1,3}(?:\\.\\d+)?)\\b");

    private Recounted() {
    }

    /** Whether {@code u} said again the value {@code out}'s last measurement took back; it is then replaced. */
    static boolean replace(Context c, Utterance u, List<Measurement> out) {
        Matcher again = SAID_AGAIN.matcher(u.text());
        if (out.isEmpty() || !u.clinician() || !again.find()) {
            return false;
        }
        Measurement last = out.get(out.size() - 1);
        if (!last.support().turns().contains(u.turn()) || c.dialogue.ofTurn(u.turn()).stream()
                .noneMatch(x -> x.index() < u.index() && TAKEN_BACK.matcher(x.text()).find())) {
            return false;
        }
        out.set(out.size() - 1, new Measurement(last.name(), again.group(1), last.unit(), last.kind(), last.when(),
                last.support().and(Support.of(last.support().confidence(), u.turn()))));
        return true;
    }
}
