package org.scribeonfhir.drafting.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.speech.Utterance;

/**
 * A drug the clinician bans rather than orders: "So, no ibuprofen, no Brufen, none of those painkillers while you're
 * on lithium" stops the one taken and warns off the rest; "Don't restart the old amoxicillin, the Augmentin replaces
 * it" keeps the old one stopped.
 */
final class DrugBans {

    private static final Pattern REPLACES = Pattern.compile("(?i)\\b(?:replaces?|instead)\\b");
    static final Pattern NO_MORE = Pattern.compile("(?i)(?:^|[,;:.]\\s*|\\bso,?\\s+|\\band\\s+)no (?:more )?$");
    private static final Pattern NOT_WHILE = Pattern.compile("(?i)\\b(?:while (?:you're|you are|he's|she's) on|"
            + "none of (?:those|these|them|that)|from now on)\\b");
    static final Pattern REPLACING = Pattern.compile("(?i)^\\s*(?:replaces|will replace|takes over from|instead\\b|"
            // "Stop the ibuprofen, paracetamol for periods": what takes its place
            + "for (?:the )?(?:periods?|period pain|pain|headaches?|fevers?)\\b)");
    private static final Pattern OBJECT = Pattern.compile("(?i)^\\s+(?:(?:the|your|his|her|old|other)\\s+)*$");

    private DrugBans() {
    }

    /** "no ibuprofen, no Brufen … while you're on lithium": the clinician banning the drug just named. */
    static boolean banned(Utterance u, String before) {
        return u.clinician() && NO_MORE.matcher(before).find() && NOT_WHILE.matcher(u.text()).find();
    }

    /** Every mention a ban of a drug never said to be taken: advice to avoid it, no medication to stop. */
    static boolean bannedOnly(List<MedicationMentions.Mention> mentions) {
        return mentions.stream().allMatch(m -> m.plan() && banned(m.where(), m.where().text()
                .substring(0, Math.max(0, m.where().text().toLowerCase(Locale.ROOT).indexOf(m.said() == null ? ""
                : m.said().toLowerCase(Locale.ROOT))))));
    }

    /** "Don't restart the old amoxicillin, the Augmentin replaces it": the drug right after the verb stays stopped. */
    static boolean staysStopped(Utterance u, String before, String verb, int verbEnd, boolean plan) {
        return "restart".equals(verb) && plan && OBJECT.matcher(before.substring(verbEnd)).matches()
                && REPLACES.matcher(u.text()).find();
    }
}
