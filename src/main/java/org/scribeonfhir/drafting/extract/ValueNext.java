package org.scribeonfhir.drafting.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.extract.Quantities.Quantity;
import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.Measurement;
import org.scribeonfhir.drafting.visit.Support;

/**
 * A test named in one sentence and its value said in the clinician's next: "we did the finger-stick A1c when you
 * came in. It's 6.1, which is in the prediabetes range."
 */
final class ValueNext {

    private static final Pattern IT_IS = Pattern.compile("(?i)^\\W*(?:(?:and|so|well|okay)\\W+)?(?:it's|it is|it was|"
            + "it came back(?: at)?|that came back(?: at)?)\\s+(?:(?:about|around|just|only|now)\\s+)?(?=\\d)");

    private Term named;
    private Utterance at;

    /** The clinician's statement that said no value: the measure it named last ("your sugar … the A1c"). */
    void named(Utterance u, List<Match> measures, boolean valued) {
        named = u.clinician() && !u.question() && !measures.isEmpty() && !valued
                ? measures.get(measures.size() - 1).term() : null;
        at = named == null ? null : u;
    }

    /** The value of the measure just named, said as "it's …" by the same clinician in the next sentence; or null. */
    Measurement said(Utterance u) {
        if (named == null || u.turn() != at.turn() || u.index() != at.index() + 1) {
            return null;
        }
        Matcher m = IT_IS.matcher(u.text());
        if (!m.find()) {
            return null;
        }
        Quantity q = Quantities.find(u.text().substring(m.end())).stream().findFirst().orElse(null);
        return q == null ? null : MeasureValue.of(named, q, u.text().substring(m.end()),
                Support.of(0.8, at.turn()));
    }
}
