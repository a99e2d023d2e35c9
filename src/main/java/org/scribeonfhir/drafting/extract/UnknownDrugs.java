package org.scribeonfhir.drafting.extract;

import java.util.List;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.extract.MedicationMentions.Mention;
import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.Medication;

/**
 * A name the patient gives that the clinician does not know: "Which inhalers?" "Lexapro." "Not heard of it… I'll
 * have to check that one." The lexicon's nearest drug (escitalopram) is a guess the visit never confirmed, so the
 * note keeps the name as said and asks for it to be checked.
 */
final class UnknownDrugs {

    private static final Pattern DOUBT = Pattern.compile("(?i)\\b(?:(?:not|never) heard of (?:it|that|this|them)|"
            + "(?:i'll|i will|i'd|i would|we'll) (?:have|need) to (?:check|look up) (?:that|this|it)(?: one)?|"
            + "(?:don't|do not) know (?:that|this) one|not (?:familiar|sure) (?:with|about) (?:that|this) one)\\b");
    /** How many turns after the name the clinician's doubt still refers to it. */
    private static final int REACH = 6;

    private UnknownDrugs() {
    }

    /** The medication as said and unconfirmed when only the patient named it and the clinician did not know it. */
    static Medication asSaid(Context c, List<Mention> mentions, Medication med) {
        if (mentions.stream().anyMatch(m -> m.where().clinician()) || med.said() == null) {
            return med;
        }
        int turn = mentions.get(mentions.size() - 1).where().turn();
        for (int t = turn + 1; t <= turn + REACH; t++) {
            for (Utterance u : c.dialogue.ofTurn(t)) {
                if (!u.clinician() || !DOUBT.matcher(u.text()).find()) {
                    continue;
                }
                String heard = Character.toUpperCase(med.said().charAt(0)) + med.said().substring(1);
                return new Medication(heard + " (name as heard, not identified; to be checked)", null, med.dose(),
                        med.previousDose(), med.previousFrequency(), med.route(), med.frequency(), med.duration(),
                        med.action(), med.current(), med.reason(), med.support());
            }
        }
        return med;
    }
}
