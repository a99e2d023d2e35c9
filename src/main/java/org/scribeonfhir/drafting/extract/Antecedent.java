package org.scribeonfhir.drafting.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.speech.Role;
import org.scribeonfhir.drafting.speech.Utterance;

/**
 * The relative a sentence without its own subject goes on about: "That's more my mom. She's bipolar.", and, across
 * the clinician's "OK.", "[patient] My dad had hypertension." "[doctor] OK." "[patient] Has hypertension. He died of
 * bowel cancer."
 */
final class Antecedent {

    /** How far back a "he" or a bare "Has hypertension." still reaches. */
    private static final int REACH = 3;
    private static final Pattern BACKCHANNEL = Pattern.compile("(?i)^\\W*(?:ok(?:ay)?|right|yeah|yes|mm-hmm|mhm|"
            + "uh-huh|i see|oh dear|ohh dear|sure)\\W*$");

    private Antecedent() {
    }

    /** The relative an earlier sentence of the same voice named, or {@link Attribution#SOMEONE_ELSE}. */
    static String of(Context c, Utterance u) {
        for (String before : saidBefore(c, u)) {
            // "It started the day after my nephew's wedding. Big party, … a shrimp boil.": the nephew owned an event
            if (Attribution.OCCASION.matcher(before).find()) {
                break;
            }
            String relative = Attribution.fromCompanion(u, before,
                    Attribution.lastRelative(before, u.role() == Role.COMPANION));
            if (relative != null) {
                return relative;
            }
            if (Attribution.FIRST_PERSON.matcher(before).find()) {
                break; // "I have asthma." between: the story came back to the speaker
            }
        }
        return Attribution.SOMEONE_ELSE;
    }

    /** The same voice's sentences before this one, nearest first: its turn's, then over a bare "OK." between. */
    private static List<String> saidBefore(Context c, Utterance u) {
        List<String> out = new ArrayList<>();
        List<Utterance> turn = c.dialogue.ofTurn(u.turn());
        for (int i = Math.min(u.index(), turn.size()) - 1; i >= 0 && out.size() < REACH; i--) {
            out.add(turn.get(i).text());
        }
        int earlier = u.turn() - 1;
        List<Utterance> between = c.dialogue.ofTurn(earlier);
        if (between.size() == 1 && between.get(0).role() != u.role()
                && BACKCHANNEL.matcher(between.get(0).text()).matches()) {
            between = c.dialogue.ofTurn(--earlier);
        }
        for (int i = between.size() - 1; i >= 0 && out.size() < REACH && between.get(0).role() == u.role(); i--) {
            out.add(between.get(i).text());
        }
        return out;
    }
}
