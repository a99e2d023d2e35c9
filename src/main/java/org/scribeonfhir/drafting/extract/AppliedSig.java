package org.scribeonfhir.drafting.extract;

import java.util.regex.Pattern;

import org.scribeonfhir.drafting.extract.MedicationMentions.Mention;
import org.scribeonfhir.drafting.speech.Utterance;

/** A cream's or an ointment's use said in the sentence after its order, which named no frequency of its own. */
final class AppliedSig {

    /** "Apply it twice a day, thinly, to the red areas for two weeks": how the cream just ordered is used. */
    static final Pattern APPLY_IT = Pattern.compile("(?i)^\\W*(?:(?:so|and|then|now)\\W+)?(?:apply|use|put|"
            + "rub|spread|smooth) (?:it|them|that|a thin layer)\\b");

    /** The sig of a topical order just made without one, or null. */
    static Mention of(Utterance u, Mention prev, int cut) {
        String frequency = Sig.frequency(u.text().substring(cut));
        if (!APPLY_IT.matcher(u.text()).find() || frequency == null || prev.frequency() != null
                || !"start".equals(prev.action())) {
            return null;
        }
        return new Mention(prev.drug(), prev.said(), prev.term(), prev.dose(), prev.route(), frequency,
                Sig.duration(u.text().substring(cut)), prev.action(), true, u, -1, null);
    }

    private AppliedSig() {
    }
}
