package org.scribeonfhir.drafting.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.Support;

/** The patient's replies to what sets a complaint off: the activities asked about, and the ones told unasked. */
final class TriggerAnswers {

    /** "…Coughing is horrible.", "…And lying on my left side at night.": a later sentence of the reply. */
    private static final Pattern LATER_FACTOR = Pattern.compile("(?i)^\\W*(?:and\\s+)?((?:cough|sneez|strain|laugh|"
            + "lying|bending|lifting|walking|sitting|standing|running|climbing|eating|drinking)\\w*\\b[^.!?]{0,40})");

    private TriggerAnswers() {
    }

    /** "Does coughing or sneezing make it shoot down the leg?" "Yes, coughing is the worst." */
    static void asked(Utterance q, Utterance a, SymptomBuilder to) {
        boolean yes = Negation.answer(a.text()) == Negation.Answer.YES;
        List<String> triggers = Negation.answer(a.text()) == Negation.Answer.NO ? List.of()
                : Factors.askedTriggers(q.text(), a.text(), yes);
        triggers.stream().filter(x -> !to.aggravating.contains(x)).forEach(to.aggravating::add);
        if (!triggers.isEmpty()) {
            to.heard(Support.of(SymptomReader.SAID, q.turn(), a.turn()));
        }
    }

    /** A later sentence of the reply that names another activity setting the complaint off. */
    static void later(Utterance a, SymptomBuilder last) {
        Matcher f = LATER_FACTOR.matcher(a.text());
        String x = f.lookingAt() ? f.group(1).toLowerCase(Locale.ROOT).replaceFirst("\\s+(?:is|was) .*$", "") : "";
        if (!x.isBlank() && !last.aggravating.contains(x)) {
            last.aggravating.add(x);
        }
    }

    /** The factors of the reply's first sentence; "It's worse when I've had a lot of coffee." said as a clause. */
    static List<String> factors(String reply) {
        List<String> out = new ArrayList<>(Factors.answered(reply));
        if (out.isEmpty()) {
            out.addAll(Factors.aggravating(reply));
        }
        return out;
    }
}
