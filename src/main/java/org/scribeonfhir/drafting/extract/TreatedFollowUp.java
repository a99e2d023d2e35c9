package org.scribeonfhir.drafting.extract;

import java.util.Locale;

import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.Reason;
import org.scribeonfhir.drafting.visit.Support;
import org.scribeonfhir.ehr.ChartFact;

/**
 * "It's been six weeks since we increased the sertraline. How have things been?": a return visit named by its drug
 * is the review of the chart's condition that drug treats ("Follow-up of major depressive disorder").
 */
final class TreatedFollowUp {

    private TreatedFollowUp() {
    }

    /** The follow-up the clinician's opening sentence {@code u} names by a drug, or null. */
    static Reason of(Context c, Utterance u) {
        if (c.chart == null) {
            return null;
        }
        for (Match drug : c.vocabulary.find(Term.Kind.DRUG, u.text())) {
            for (ChartFact f : c.chart.conditions()) {
                for (Match condition : c.vocabulary.find(Term.Kind.CONDITION, f.label() == null ? "" : f.label())) {
                    String name = condition.term().canonical();
                    if (drug.term().related().stream().anyMatch(name::equalsIgnoreCase)) {
                        return new Reason("Follow-up of " + name.toLowerCase(Locale.ROOT),
                                Support.of(0.7, u.turn()).and(Support.chart(f.reference())));
                    }
                }
            }
        }
        return null;
    }
}
