package org.scribeonfhir.drafting.extract;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.speech.Utterance;

/**
 * "…fits sleep apnea much better. We test for the common thing first." … "a home sleep apnea test … If it shows
 * apnea, we'll talk CPAP": a condition the clinician still tests for is suspected, however firmly it was named.
 */
final class AwaitingTest {

    private static final Pattern TEST_AFTER = Pattern.compile("(?i)^\\s*(?:tests?|testing|study|studies|screen)\\b");
    private static final Pattern IF_BEFORE = Pattern.compile("(?i)\\bif (?:it|the (?:test|study|scan|results?)) "
            + "(?:shows?|confirms?|comes back (?:as|with|showing))\\s+(?:an? |the )?(?:\\w+\\s+)?$|\\bif (?:\\w+ )?"
            + "(?:has|have|does have|do have|turns out to (?:be|have))\\s+(?:an? )?$");
    private static final Pattern TEST_FOR = Pattern.compile("(?i)\\b(?:test|testing|check|screen|look) (?:you |him |"
            + "her )?for (?:an? |the )?$");

    private static final Pattern DONE = Pattern.compile("(?i)\\b(?:was|were|came back|showed)\\b");

    private AwaitingTest() {
    }

    /** Whether the clinician, anywhere in the visit, still tests for {@code condition} or speaks of it as an "if". */
    static boolean of(Context c, String condition) {
        return c.awaitingTest().contains(condition.toLowerCase(Locale.ROOT));
    }

    /** The conditions (canonical, lower case) the visit still tests for: read once per visit by {@link Context}. */
    static Set<String> all(Context c) {
        Set<String> out = new HashSet<>();
        for (Utterance u : c.utterances()) {
            String text = u.text();
            if (!u.clinician() || DONE.matcher(text).find()) {
                continue; // "The pregnancy test was negative": tested already
            }
            for (Match m : c.vocabulary.find(Term.Kind.CONDITION, text)) {
                String before = text.substring(0, m.start());
                if (TEST_AFTER.matcher(text.substring(m.end())).lookingAt() || IF_BEFORE.matcher(before).find()
                        || TEST_FOR.matcher(before).find()) {
                    out.add(m.term().canonical().toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }
}
