package org.scribeonfhir.drafting.extract;

import java.util.List;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.speech.Utterance;

/**
 * The clinician's working impression said as a worry: "I'm worried this could be a TIA", "I'm concerned about a clot".
 * It is the assessment (a possible diagnosis) only when the clinician acts on it; a worry under "if" or "not", or one
 * nothing is done about, stays a hypothetical.
 */
final class WorkingImpression {

    /** The words just before the condition: "I'm worried that what you had yesterday could be a". */
    private static final Pattern WORRIED = Pattern.compile("(?i)\\b(?:i'm|i am)\\s+(?:(?:a (?:bit|little)|quite|"
            + "slightly|really|just) )?(?:worried|concerned)\\s+(?:about\\s+|(?:that\\s+)?(?:this|it|you|he|she|there|"
            + "what (?:you|he|she) (?:had|have|'ve had|felt|described)(?: [a-z]+){0,3}|"
            // "I'm worried these symptoms indicate the possibility of a heart attack"
            + "(?:these|the|your|his|her) symptoms (?:could |might |may )?(?:indicate|suggest|point to)"
            + "(?: the possibility of)?)"
            + "(?:'s|'ve| is| are| has| have)?\\s*(?:(?:could|might|may)\\s+)?(?:be\\s+|have\\s+|had\\s+|got\\s+)?"
            + "(?:having\\s+|had\\s+)?)(?:(?:a|an|some|possible|possibly)\\s+)*$");
    /** "I can't be sure it isn't a melanoma", "we can't rule out a clot": the worry said as a doubt. */
    private static final Pattern CANNOT_EXCLUDE = Pattern.compile("(?i)\\b(?:i|we) (?:can't|cannot|can not|couldn't) "
            + "(?:be (?:sure|certain|a hundred percent sure)|rule out|exclude)(?: that)?(?: (?:it|this|that)(?: isn't| is "
            + "not|'s not| wasn't| was not))?\\s+(?:(?:a|an|some)\\s+)*$");
    /** What acting on an impression sounds like: a test, a referral, sending in, the ambulance. */
    private static final Pattern ACTS = Pattern.compile("(?i)\\b(?:ambulance|999|911|a&e|emergency|hospital|"
            + "admit|refer|referral|same[- ]day|urgent|urgently|test|tests|bloods|blood work|scan|x-ray|ecg|ekg|swab|"
            + "sample|check|prescri\\w+|start you|treat)\\b");

    private WorkingImpression() {
    }

    /** The words before a condition say the clinician's worry. */
    static boolean said(String before) {
        return WORRIED.matcher(before).find() || CANNOT_EXCLUDE.matcher(before).find();
    }

    /** A worry about the condition at [start, end) of the text, not under a condition or a negation, and acted on. */
    static boolean actedOn(Context c, Utterance u, String text, int start, int end) {
        java.util.regex.Matcher worry = WORRIED.matcher(text.substring(0, start));
        if (!worry.find()) {
            worry = CANNOT_EXCLUDE.matcher(text.substring(0, start));
            if (!worry.find()) {
                return false;
            }
        }
        // "if it spreads, I'm worried it could be…" is under a condition; "not wanting to eat, the fever… I'm worried
        // this could be appendicitis" is not: only the words just before the worry count
        String lead = Words.last(text.substring(0, worry.start()), 5);
        return !lead.matches("(?is).*\\b(?:if|unless|someone|anyone)\\b.*") && actsOn(c, u, text.substring(end));
    }

    /** The rest of the sentence or the clinician's next statements (this turn and the next one) do something about it. */
    private static boolean actsOn(Context c, Utterance u, String rest) {
        if (acts(rest)) {
            return true;
        }
        List<Utterance> all = c.utterances();
        // the clinician's next four statements, past the patient's reply ("So it's not a proper stroke, then?")
        for (int k = all.indexOf(u) + 1, said = 0; k < all.size() && said < 4 && all.get(k).turn() <= u.turn() + 2; k++) {
            Utterance next = all.get(k);
            if (next.clinician() && next.question()) {
                return false;
            }
            if (next.clinician()) {
                said++;
                if (acts(next.text())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean acts(String said) {
        return ACTS.matcher(said).find() || Cues.PLAN.matcher(said).find() || Disposition.of(said) != null;
    }
}
