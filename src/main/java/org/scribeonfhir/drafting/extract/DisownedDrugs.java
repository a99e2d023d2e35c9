package org.scribeonfhir.drafting.extract;

import java.util.List;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.extract.MedicationMentions.Mention;
import org.scribeonfhir.drafting.speech.Utterance;

/**
 * "Only the amlodipine, five milligram." "Anand, that's your mother's." "Yes, that is my mother's BP tablet.": a drug
 * the patient named as taken and that the next speakers hand to a relative is not the patient's medication.
 */
final class DisownedDrugs {

    private static final Pattern THEIRS = Pattern.compile("(?i)\\b(?:that's|that is|those are|these are|it's|it is|"
            + "that was|they're|they are) (?:your|my|his|her|our) (?:" + Kinship.RELATIVES.substring(3,
            Kinship.RELATIVES.length() - 1) + "|mam|nan|nana)(?:'s|s')");

    private DisownedDrugs() {
    }

    /** Whether every mention is a telling that the next two turns, before the clinician speaks, give to a relative. */
    static boolean disowned(Context c, List<Mention> mentions) {
        return !mentions.isEmpty() && mentions.stream().allMatch(m -> !m.plan() && m.action().equals("taking")
                && handedOn(c, m.where()));
    }

    private static boolean handedOn(Context c, Utterance told) {
        for (int t = told.turn() + 1; t <= told.turn() + 2; t++) {
            List<Utterance> next = c.dialogue.ofTurn(t);
            if (next.isEmpty() || next.get(0).clinician()) {
                return false;
            }
            if (next.stream().anyMatch(u -> THEIRS.matcher(u.text()).find())) {
                return true;
            }
        }
        return false;
    }
}
