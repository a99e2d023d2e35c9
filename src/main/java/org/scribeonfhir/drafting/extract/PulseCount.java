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
 * A pulse or breaths counted on a video or telephone call: "count while I time thirty seconds" … "forty-four" …
 * "So about eighty-eight a minute." The count is half the rate; the rate is what the clinician works out.
 */
final class PulseCount {

    private static final Pattern PART_MINUTE = Pattern.compile("(?i)\\b(?:(?:15|20|30|fifteen|twenty|thirty) seconds|"
            + "half a minute)\\b");
    private static final Pattern PER_MINUTE = Pattern.compile("(?i)\\b(\\d+) (?:a|per|each) minute\\b");

    private Term counted;
    private int turn = -10;

    static boolean partOfAMinute(String question) {
        return PART_MINUTE.matcher(question).find();
    }

    /** The clinician asks for a count over part of a minute of what the question measures. */
    void asked(Utterance u, List<Match> measures) {
        if (!measures.isEmpty() && partOfAMinute(u.text())) {
            counted = measures.get(0).term();
            turn = u.turn();
        }
    }

    /** The rate the clinician says within three turns of the count ("about 88 a minute"), or null. */
    Measurement rate(Utterance u) {
        if (counted == null || u.turn() - turn > 3) {
            return null;
        }
        Matcher rate = PER_MINUTE.matcher(u.text());
        Quantity q = !rate.find() ? null : Quantities.find(u.text()).stream().filter(x -> x.start() == rate.start(1))
                .findFirst().orElse(null);
        Measurement m = q == null ? null : MeasureValue.of(counted, q, u.text(),
                Support.of(0.8, turn, u.turn()));
        if (m != null) {
            counted = null;
        }
        return m;
    }
}
