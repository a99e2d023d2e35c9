package org.scribeonfhir.drafting.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Term;

/** "I think this is most likely a urine infection": the diagnosis a plan sentence names, read by its lead. */
final class SaidDiagnosis {

    static final Pattern DIAGNOSIS = Pattern.compile("(?i)\\b(?:what you(?:'re| are) describing is|"
            + "(?:this|it|that) (?:sounds|looks|seems) (?:most |a lot |to me )?like(?: (?:it was|it's|you had))?|"
            + "(?:i'd|i would) call (?:it|this|that)|most consistent with|most likely|"
            + "what (?:you have|this is) is|(?:this|it) is called|i (?:think|believe|suspect)(?: that)? "
            + "(?:you have|you've got|this is|it's|it is|that's|that is|she has|he has|you're dealing with|"
            + "what you have is|these are|they are|they're)|(?:these|they) (?:sound|look) like|"
            + "(?:this|it|that) (?:is|looks like|sounds like|seems like|is most likely|is probably|"
            + "is likely|is consistent with)|(?:you|she|he) (?:have|has|most likely have|probably have|likely have)|"
            + "my diagnosis is|diagnosis (?:is|of))\\s+(?:probably |likely |most likely |definitely |a |an |"
            + "some |just |acute |mild )*([a-z][a-z -]{2,50}?)(?:,|\\.|$| and | from | that | which | so | but | "
            + "right now| at this point| today| in )");

    private SaidDiagnosis() {
    }

    /** The diagnosis said after a lead ("sounds like", "I think you have"), unless denied or weighed; else null. */
    static Diagnoses.Diagnosis of(Context c, String rest) {
        Matcher dx = DIAGNOSIS.matcher(rest);
        // "he has no fever, no break in the skin": what he does not have
        // "I'd avoid Imodium while you have a fever": when, not what is wrong; "like you have a fever…": an example
        if (dx.find() && !dx.group(1).matches("(?is)^(?:no|not|without|never)\\b.*")
                && !rest.substring(0, dx.start()).matches("(?is).*\\b(?:while|whilst|until|as long as|say|such as|"
                + "(?<!(?:sounds|looks|seems|feels) )like|for example|for instance)\\W*$")
                && ProblemNames.of(c, dx.group(1)) != null && c.vocabulary.find(Term.Kind.CONDITION, rest)
                .isEmpty() && !rest.toLowerCase(Locale.ROOT).matches("(?s).*\\b(?:don't think|do not think|not|"
                + "rule out|if)\\b.*" + Pattern.quote(dx.group(1).toLowerCase(Locale.ROOT)) + ".*")) {
            String certainty = rest.toLowerCase(Locale.ROOT).matches("(?s).*\\b(?:think|believe|suspect|"
                    + "probably|likely|looks like|sounds like|seems like|consistent with)\\b.*") ? "suspected"
                    : "confirmed";
            return new Diagnoses.Diagnosis(ProblemNames.of(c, dx.group(1)), certainty, dx.start(1));
        }
        return null;
    }
}
