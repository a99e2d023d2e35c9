package org.scribeonfhir.drafting.extract;

import java.util.List;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.Medication;
import org.scribeonfhir.drafting.visit.Pronouns;

/**
 * "So I'd suggest a back-up prescription… only if she isn't starting to improve within three days, start the
 * antibiotic. It'll be clarithromycin…": a drug prescribed to be started only if the illness does not settle, which a
 * note must not write as started today.
 */
final class BackupPrescription {

    private static final Pattern BACKUP = Pattern.compile("(?i)\\b(?:back-?up|delayed|deferred|just[- ]in[- ]case|"
            + "rescue|wait-and-see|safety[- ]net) (?:prescription|script|antibiotics?|pack)\\b"
            // "I'll give you the prescription now, but I'd like you to hold on to it."
            + "|\\b(?:hold|hang|keep) on ?to (?:it|the prescription|the script)\\b"
            + "|\\bonly (?:start|take|use|fill) the \\w+ if\\b");
    private static final int TURNS = 4;
    private static final Pattern EMERGENCY = Pattern.compile("(?i)\\bemergency (?:kit|injection|pack|supply)\\b|"
            + "\\b(?:always )?carry (?:the|your|her|his|an?) [\\w-]+ (?:injection|injector|pen|kit)\\b|"
            + "\\b(?:kit|pen|injection) so (?:\\w+|she|he|they) (?:has|have|can keep) (?:one|it) at home\\b");
    /** The reason of an emergency supply, as the plan line words it. */
    static final String EMERGENCY_USE = "in an emergency";

    private BackupPrescription() {
    }

    /**
     * The medication as a back-up prescription when the clinician said so in the turns just before its order; a
     * back-up said with its condition after the drug ("tramadol … only if the paracetamol isn't enough") keeps it.
     */
    static Medication of(Context c, Medication m, List<MedicationMentions.Mention> mentions, Pronouns p) {
        if ("backup".equals(m.action())) {
            String trigger = null;
            for (MedicationMentions.Mention x : mentions) {
                String text = x.where().text();
                int at = text.toLowerCase(java.util.Locale.ROOT).indexOf(x.said());
                String said = "backup".equals(x.action()) && at >= 0
                        ? ActionAfter.trigger(text.substring(at + x.said().length())) : null;
                trigger = said != null ? PlanWording.lowerFirst(PlanWording.voice(said, p).replaceFirst("\\.$", ""))
                        : trigger;
            }
            return new Medication(m.drug(), m.said(), m.dose(), m.previousDose(), m.previousFrequency(), m.route(),
                    m.frequency(), m.duration(), "backup", false, trigger, m.support());
        }
        List<Integer> turns = m.support().turns();
        if (!"start".equals(m.action()) || turns.isEmpty()) {
            return m;
        }
        int first = turns.get(0);
        String said = m.said() == null ? m.drug() : m.said();
        // "Emergency kit: always carry the hydrocortisone injection, 100 milligrams", "a glucagon kit so Cerys has one
        // at home": a supply kept for an emergency, never a drug started today
        if (c.dialogue.ofTurn(turns.get(turns.size() - 1)).stream().anyMatch(u -> u.clinician()
                && EMERGENCY.matcher(u.text()).find())) {
            return new Medication(m.drug(), m.said(), m.dose(), m.previousDose(), m.previousFrequency(), m.route(),
                    m.frequency(), m.duration(), "backup", false, EMERGENCY_USE, m.support());
        }
        String onlyIf = onlyIf(c, turns, said);
        if (onlyIf != null) {
            return new Medication(m.drug(), m.said(), m.dose(), m.previousDose(), m.previousFrequency(), m.route(),
                    m.frequency(), m.duration(), "backup", false, PlanWording.lowerFirst(PlanWording.voice(onlyIf, p)
                    .replaceFirst("\\.$", "")), m.support());
        }
        for (int t = Math.max(1, first - TURNS); t <= turns.get(turns.size() - 1); t++) {
            for (Utterance u : c.dialogue.ofTurn(t)) {
                java.util.regex.Matcher b = BACKUP.matcher(u.text());
                // before the order, or in a later recap that names the drug ("a backup prescription of penicillin V")
                if (u.clinician() && b.find() && (t <= first || turns.contains(t) && u.text().substring(b.end())
                        .toLowerCase(java.util.Locale.ROOT).matches("(?s)^\\W*(?:of|for) (?:the )?"
                        + java.util.regex.Pattern.quote(said.toLowerCase(java.util.Locale.ROOT)) + "\\b.*"))) {
                    return new Medication(m.drug(), m.said(), m.dose(), m.previousDose(), m.previousFrequency(),
                            m.route(), m.frequency(), m.duration(), "backup", false, m.reason(), m.support());
                }
            }
        }
        return m;
    }

    /** "…a script for one fluconazole 150 milligram tablet. Only use it if you get itching or discharge." */
    private static final Pattern SCRIPT = Pattern.compile("(?i)\\b(?:script|prescription)\\b");
    private static final String ONLY = "(?:but |and )?(?:only|just) (?:use|take|start|fill|have) (?:it|them|that|this|"
            + "those)(?: and (?:use|take|start|fill) (?:it|them))?\\s+((?:if|when|in case)\\b.*)$";
    private static final Pattern ONLY_IF = Pattern.compile("(?i)^\\W*" + ONLY);
    /** "…a script for clindamycin, 300 mg four times a day, but only fill it and start it if the redness spreads". */
    private static final Pattern ONLY_IF_AFTER = Pattern.compile("(?i),\\s*" + ONLY);

    /** Whether the sentence is the condition of a back-up named just before it (the order line says it). */
    static boolean conditionOfOrder(Context c, Utterance u) {
        List<Utterance> turn = c.dialogue.ofTurn(u.turn());
        return u.index() > 0 && u.index() < turn.size() && ONLY_IF.matcher(u.text()).find()
                && SCRIPT.matcher(turn.get(u.index() - 1).text()).find() && !c.vocabulary.find(org.scribeonfhir.drafting.lexicon.Term.Kind.DRUG, turn.get(u.index() - 1).text())
                .isEmpty();
    }

    /** The condition said in the sentence right after the clinician names the drug, or null. */
    private static String onlyIf(Context c, List<Integer> turns, String said) {
        for (int t : turns) {
            List<Utterance> turn = c.dialogue.ofTurn(t);
            for (int i = 0; i < turn.size(); i++) {
                String named = turn.get(i).text().toLowerCase(java.util.Locale.ROOT);
                java.util.regex.Matcher same = ONLY_IF_AFTER.matcher(turn.get(i).text());
                if (turn.get(i).clinician() && named.contains(said.toLowerCase(java.util.Locale.ROOT))
                        && SCRIPT.matcher(named).find() && same.find()) {
                    return same.group(1);
                }
                if (i + 1 == turn.size()) {
                    break;
                }
                java.util.regex.Matcher m = ONLY_IF.matcher(turn.get(i + 1).text());
                // a script to keep, not a reliever: "use the inhaler only if you're wheezy" is as needed
                if (turn.get(i).clinician() && named.contains(said.toLowerCase(java.util.Locale.ROOT))
                        && SCRIPT.matcher(named).find() && m.find()) {
                    return m.group(1);
                }
            }
        }
        return null;
    }
}
