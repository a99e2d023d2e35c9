package org.scribeonfhir.drafting.extract;

import java.util.List;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.Medication;

/**
 * "So I'd suggest a back-up prescription… only if she isn't starting to improve within three days, start the
 * antibiotic. It'll be clarithromycin…": a drug prescribed to be started only if the illness does not settle, which a
 * note must not write as started today.
 */
final class BackupPrescription {

    private static final Pattern BACKUP = Pattern.compile("(?i)\\b(?:back-?up|delayed|deferred|just[- ]in[- ]case|"
            + "rescue|wait-and-see|safety[- ]net) (?:prescription|script|antibiotics?|pack)\\b");
    private static final int TURNS = 3;

    private BackupPrescription() {
    }

    /** The medication as a back-up prescription when the clinician said so in the turns just before its order. */
    static Medication of(Context c, Medication m) {
        List<Integer> turns = m.support().turns();
        if (!"start".equals(m.action()) || turns.isEmpty()) {
            return m;
        }
        int first = turns.get(0);
        for (int t = Math.max(1, first - TURNS); t <= first; t++) {
            for (Utterance u : c.dialogue.ofTurn(t)) {
                if (u.clinician() && BACKUP.matcher(u.text()).find()) {
                    return new Medication(m.drug(), m.said(), m.dose(), m.previousDose(), m.previousFrequency(),
                            m.route(), m.frequency(), m.duration(), "backup", false, m.reason(), m.support());
                }
            }
        }
        return m;
    }
}
