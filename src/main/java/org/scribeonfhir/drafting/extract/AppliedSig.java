package org.scribeonfhir.drafting.extract;

import java.util.regex.Pattern;

import org.scribeonfhir.drafting.extract.MedicationMentions.Mention;
import org.scribeonfhir.drafting.speech.Utterance;

/** A cream's or an ointment's use said in the sentence after its order, which named no frequency of its own. */
final class AppliedSig {

    /** "Apply it twice a day, thinly, to the red areas for two weeks": how the cream just ordered is used. */
    static final Pattern APPLY_IT = Pattern.compile("(?i)^\\W*(?:(?:so|and|then|now)\\W+)?(?:apply|use|put|"
            + "rub|spread|smooth|you use) (?:it|them|a thin layer|(?:that|the|this) (?:cream|ointment|gel)|that)\\b");

    /** The sig of a topical order just made without one, or null. */
    static Mention of(Utterance u, Mention prev) {
        // "once a day for fourteen days… sorry, I mean seven days": what follows the correction
        int cut = Math.max(0, DoseCorrections.lastCorrection(u.text()));
        String frequency = Sig.frequency(u.text().substring(cut));
        frequency = frequency != null ? frequency : Sig.frequency(u.text());
        if (!APPLY_IT.matcher(u.text()).find() || frequency == null || DoseSentences.firstDose(u.text()) != null
                || prev.frequency() != null
                || !"start".equals(prev.action())) {
            return null;
        }
        String tail = u.text().substring(cut);
        String duration = Sig.duration(tail);
        if (duration == null) { // "…for fourteen days… sorry, I mean seven days, one week": the days corrected to
            duration = cut > 0 ? Sig.duration("for " + tail.replaceFirst("^\\W+", "")) : Sig.duration(u.text());
        }
        return new Mention(prev.drug(), prev.said(), prev.term(), prev.dose(), prev.route(), frequency, duration,
                prev.action(), true, u, -1, null);
    }

    /** More than how often and how long: "…and use it instead of soap in the bath" is advice of its own. */
    private static final Pattern ADVICE = Pattern.compile("(?i)\\b(?:instead of|soap|bath|shower|after|before|don't|"
            + "do not|avoid|never|with food|gloves?)\\b");

    /** The sentence says only the sig of the cream ordered ("Apply it twice a day, thinly, to the red areas"). */
    static boolean onlySig(String sentence) {
        return APPLY_IT.matcher(sentence).find() && !ADVICE.matcher(sentence).find();
    }

    private AppliedSig() {
    }
}
