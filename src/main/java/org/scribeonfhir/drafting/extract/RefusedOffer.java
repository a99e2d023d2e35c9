package org.scribeonfhir.drafting.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.Medication;

/**
 * "I can prescribe nicotine patches today." "They gave me nightmares last time, so no patches." "That's your call.":
 * a drug the clinician offered and the patient turned down is not started; the note says it was not prescribed.
 */
final class RefusedOffer {

    private static final Pattern OFFER = Pattern.compile("(?i)\\b(?:i|we) (?:can|could) (?:also )?(?:prescribe|give you|"
            + "offer(?: you)?|start you on|get you|try you on)\\b|\\b(?:would|do) you (?:like|want)\\b"
            + "|\\bhow about\\b");
    private static final Pattern REFUSAL = Pattern.compile("(?i)\\b(?:no|not the) (?:patches|patch|gum|pills|"
            + "tablets|spray|inhalers?|injections?|shots?|cream)\\b|\\bi'd rather not\\b|\\bno,? thank(?:s| you)\\b|"
            + "\\bi don't want (?:it|them|that|those|the \\w+)\\b|\\bi won't (?:take|use) (?:it|them|that|those)\\b");
    private static final Pattern ACCEPTED_AGAIN = Pattern.compile("(?i)\\b(?:go on then|okay,? i'll (?:try|take)|"
            + "fine,? i'll (?:try|take))\\b");

    private RefusedOffer() {
    }

    /** The medication as declined when its first mention is an offer the patient's next turn turns down. */
    static Medication of(Context c, Medication m) {
        List<Integer> turns = m.support().turns();
        if (!"start".equals(m.action()) || turns.isEmpty()) {
            return m;
        }
        int first = turns.get(0);
        String said = m.said() == null ? m.drug() : m.said().toLowerCase(Locale.ROOT);
        if (settledNo(c, first, said)) {
            return declined(m);
        }
        boolean offered = c.dialogue.ofTurn(first).stream().anyMatch(u -> u.clinician()
                && u.text().toLowerCase(Locale.ROOT).contains(said) && OFFER.matcher(u.text()).find());
        if (!offered) {
            return m;
        }
        for (int t = first + 1; t <= first + 2; t++) {
            List<Utterance> reply = c.dialogue.ofTurn(t);
            if (reply.stream().anyMatch(Utterance::clinician)) {
                return m;
            }
            String text = String.join(" ", reply.stream().map(Utterance::text).toList());
            if (REFUSAL.matcher(text).find() && !ACCEPTED_AGAIN.matcher(text).find()) {
                return declined(m);
            }
        }
        return m;
    }

    private static Medication declined(Medication m) {
        return new Medication(m.drug(), m.said(), m.dose(), m.previousDose(), m.previousFrequency(), m.route(),
                m.frequency(), m.duration(), "declined", false, m.reason(), m.support());
    }

    /** "That's your choice, no empagliflozin then.", "Okay, no dapagliflozin for now": the clinician accepts a no. */
    private static boolean settledNo(Context c, int from, String said) {
        Pattern no = Pattern.compile("(?i)\\bno " + Pattern.quote(said) + "\\b,?\\s*(?:then|for now|today|for the "
                + "moment|(?:that's )?(?:your|his|her|their) (?:choice|call|decision))\\b");
        return c.utterances().stream().anyMatch(u -> u.clinician() && u.turn() >= from && no.matcher(u.text()).find());
    }
}
