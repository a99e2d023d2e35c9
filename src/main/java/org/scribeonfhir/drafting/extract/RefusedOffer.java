package org.scribeonfhir.drafting.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.Medication;
import org.scribeonfhir.drafting.visit.Support;

/**
 * "I can prescribe nicotine patches today." "They gave me nightmares last time, so no patches." "That's your call.":
 * a drug the clinician offered and the patient turned down is not started; the note says it was not prescribed.
 */
final class RefusedOffer {

    private static final Pattern OFFER = Pattern.compile("(?i)\\b(?:i|we) (?:can|could) (?:also )?(?:prescribe|give you|"
            + "offer(?: you)?|start you on|get you|try you on|start (?:both|it|that|them|the \\w+))\\b|\\b(?:would|do) "
            + "(?:you|she|he|they) (?:like|want|prefer)\\b|\\bhow about\\b|\\bthe other option\\b");
    private static final Pattern REFUSAL = Pattern.compile("(?i)\\b(?:no|not the) (?:patches|patch|gum|pills|"
            + "tablets|spray|inhalers?|injections?|shots?|cream)\\b|\\bi'd rather not\\b|\\bno,? thank(?:s| you)\\b|"
            + "\\bi don't want (?:it|them|that|those|the \\w+)\\b|\\bdon't want\\W*$|^\\W*no need\\b|"
            + "\\bi won't (?:take|use) (?:it|them|that|those)\\b|"
            + "^\\W*(?:nah|no)\\W+(?:i'm (?:right|fine|good|okay|ok|alright)|i'll (?:see how i go|manage|be fine))\\b");
    private static final Pattern ACCEPTED_AGAIN = Pattern.compile("(?i)\\b(?:go on then|okay,? i'll (?:try|take)|"
            + "fine,? i'll (?:try|take))\\b");

    private RefusedOffer() {
    }

    /** The medication as declined when its first mention is an offer the patient's next turn turns down. */
    static Medication of(Context c, Medication m) {
        List<Integer> turns = m.support().turns();
        if ("taking".equals(m.action()) && !turns.isEmpty() && answersOffer(c, turns.get(0), m)) {
            return declined(m); // "I can give you some morphine…" "Nah, I'm right, thanks. Morphine makes me…"
        }
        if (!"start".equals(m.action()) && !"vaccinate".equals(m.action()) || turns.isEmpty()) {
            return m;
        }
        int first = turns.get(0);
        String said = m.said() == null ? m.drug() : m.said().toLowerCase(Locale.ROOT);
        if (settledNo(c, first, said)) {
            return declined(m);
        }
        if (!offered(c, c.dialogue.ofTurn(first), said)) {
            return m;
        }
        for (int t = first + 1; t <= first + 4; t++) {
            List<Utterance> reply = c.dialogue.ofTurn(t);
            List<Utterance> before = c.dialogue.ofTurn(t - 1);
            // "Doesn't that one affect things?" "It can reduce sex drive…" "Then I'd rather not.": an answer between
            if (reply.stream().anyMatch(Utterance::clinician) && (t == first + 1 || before.isEmpty()
                    || before.get(0).clinician() || before.stream().noneMatch(Utterance::question))) {
                return m;
            }
            String text = String.join(" ", reply.stream().map(Utterance::text).toList());
            if (REFUSAL.matcher(text).find() && !ACCEPTED_AGAIN.matcher(text).find()) {
                return declined(m);
            }
        }
        return m;
    }

    /**
     * The drug named in an offer, or named and offered in the clinician's next sentences with no other drug between:
     * "There's also a second type of tablet, finasteride… It can help… We could start both."
     */
    private static boolean offered(Context c, List<Utterance> turn, String said) {
        boolean named = false;
        for (Utterance u : turn) {
            boolean names = u.text().toLowerCase(Locale.ROOT).contains(said);
            if (u.clinician() && (names || named) && OFFER.matcher(u.text()).find()) {
                return true;
            }
            named = names || named && DrugNames.in(c, u).isEmpty();
        }
        return false;
    }

    /** The patient's turn that first names the drug turns down the clinician's offer of it just before. */
    private static boolean answersOffer(Context c, int turn, Medication m) {
        List<Utterance> reply = c.dialogue.ofTurn(turn);
        String said = m.said() == null ? m.drug() : m.said().toLowerCase(Locale.ROOT);
        return !reply.isEmpty() && !reply.get(0).clinician() && REFUSAL.matcher(reply.get(0).text()).find()
                && offered(c, c.dialogue.ofTurn(turn - 1), said);
    }

    /**
     * "The other option is a tablet called ivermectin, two doses a week apart. Would she prefer that?" "No tablets.":
     * a drug only offered, with no sig of its own, is written as declined when the answer turns it down.
     */
    static Medication offeredOnly(Context c, List<MedicationMentions.Mention> mentions) {
        if (mentions.stream().anyMatch(x -> !x.plan() || !x.where().clinician() || x.answerTurn() > 0)) {
            return null;
        }
        MedicationMentions.Mention first = mentions.get(0);
        Medication offered = new Medication(first.drug(), first.said(), null, null, null, null, null, null, "start",
                false, null, Support.of(0.85, first.where().turn()));
        Medication m = of(c, offered);
        return "declined".equals(m.action()) ? m : null;
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
