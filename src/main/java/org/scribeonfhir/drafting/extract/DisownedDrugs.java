package org.scribeonfhir.drafting.extract;

import java.util.List;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.extract.MedicationMentions.Mention;
import org.scribeonfhir.drafting.speech.Role;
import org.scribeonfhir.drafting.speech.Utterance;

/**
 * "Only the amlodipine, five milligram." "Anand, that's your mother's."; (the husband) "And the warfarin—" "Clive,
 * that is YOUR warfarin!"; (the wife) "And the metformin." "That's yours, love!": a drug named as the patient's that
 * the next speakers hand to someone else is not the patient's medication, unless the clinician orders it for him.
 */
final class DisownedDrugs {

    private static final Pattern RELATIVES = Pattern.compile("(?i)\\b(?:that's|that is|those are|these are|it's|it is|"
            + "that was|they're|they are) (?:your|my|his|her|our) (?:" + Kinship.RELATIVES.substring(3,
            Kinship.RELATIVES.length() - 1) + "|mam|nan|nana)(?:'s|s')");
    /** Said by the patient to a companion: "That's yours, love!", "that is YOUR warfarin". */
    private static final Pattern YOURS = Pattern.compile("(?i)\\b(?:that's|that is|it's|it is|those are|they're|"
            + "they are) (?:yours\\b|your (?!own\\b|usual\\b|normal\\b|regular\\b|dose\\b)\\w+)");
    /** Said by a companion: "the metformin's mine", "that's mine". */
    private static final Pattern MINE = Pattern.compile("(?i)\\b(?:that's|that is|it's|it is|they're|they are|"
            + "[a-z]+'s) mine\\b");

    private DisownedDrugs() {
    }

    /** Whether a telling is handed on at once and the clinician orders nothing of the drug (a dose given included). */
    static boolean disowned(Context c, List<Mention> mentions) {
        return mentions.stream().anyMatch(m -> !m.plan() && m.action().startsWith("taking") && handedOn(c, m.where()))
                && mentions.stream().noneMatch(m -> m.plan() && m.action().matches("start|given|increase|decrease|"
                + "stop|hold|restart|backup"));
    }

    private static boolean handedOn(Context c, Utterance told) {
        for (int t = told.turn() + 1; t <= told.turn() + 2; t++) {
            List<Utterance> next = c.dialogue.ofTurn(t);
            if (next.isEmpty() || next.get(0).clinician()) {
                return false;
            }
            if (next.stream().anyMatch(u -> RELATIVES.matcher(u.text()).find() // "No, no, that's Jone."
                    || u.index() == 0 && LateRetractions.TAKEN_BACK.matcher(u.text()).lookingAt()
                    || u.role() == Role.PATIENT && told.role() != Role.PATIENT && YOURS.matcher(u.text()).find()
                    || u.role() != Role.PATIENT && MINE.matcher(u.text()).find())) {
                return true;
            }
        }
        return false;
    }
}
