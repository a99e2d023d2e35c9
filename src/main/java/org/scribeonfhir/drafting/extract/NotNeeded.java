package org.scribeonfhir.drafting.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.speech.Utterance;

/**
 * "Do I need antibiotics?" "Not for a clean cut like this.": the clinician's no to what the patient asked for,
 * said as "we don't need antibiotics for a clean cut like this." for the plan's lines to read.
 */
final class NotNeeded {

    private static final Pattern ASKED = Pattern.compile("(?i)\\b(?:do|does|will|would|should|shouldn't|can) "
            + "(?:i|he|she|we|they|you) (?:need|get|have|take|give (?:him|her|me))(?: to (?:have|get|take))? "
            + "(?:an? |any |some |the )?([a-z][a-z -]{2,30}?)\\s*\\?");
    private static final Pattern NO = Pattern.compile("(?i)^\\W*(?:no|nope|not (?=for|with|now|yet|unless|at this)|"
            + "(?:i )?don't think so)\\b[,.]?\\s*");

    private NotNeeded() {
    }

    /** The sentence rewritten when it answers no to the patient's "do I need X?" just before; else as it was. */
    static String answer(Context c, Utterance u, String rest) {
        if (u.index() != 0) {
            return rest;
        }
        Utterance asked = null;
        for (Utterance x : c.dialogue.ofTurn(u.turn() - 1)) {
            if (!x.clinician() && x.question()) {
                asked = x;
            }
        }
        Matcher q = asked == null ? null : ASKED.matcher(asked.text());
        Matcher no = NO.matcher(rest);
        if (q == null || !q.find() || !no.lookingAt()) {
            return rest;
        }
        String what = q.group(1).strip();
        String why = rest.substring(no.end()).strip();
        if (!why.isEmpty() && !why.matches("(?is)^(?:for|with|because|since|unless)\\b.*")) {
            return rest; // "No, croup is a virus, so antibiotics won't help her.": the answer says it already
        }
        return "We don't need " + what + (why.isEmpty() ? "." : " " + why);
    }
}
