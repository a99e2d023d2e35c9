package org.scribeonfhir.drafting.extract;

import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Term;

/** A clinician's impression said as such, which opens the plan however early in the visit it comes. */
final class Impressions {

    /** "This sounds like gastroenteritis", "it's what we call…", right before a condition the vocabulary knows. */
    private static final Pattern SOUNDS_LIKE = Pattern.compile("(?i)\\b(?:this|it)"
            + "(?:'s| is)? (?:sounds|looks|seems) (?:very |most |more )?(?:like|likely to be)(?:"
            + DiagnosisCues.IT_MIGHT_BE + "|" + DiagnosisCues.IT_IS_JUST + ")?(?: an?| the)?"
            + "(?: (?:infectious|viral|bacterial|acute|mild|simple|"
            + "nasty))?\\s*$|"
            + "\\b(?:this|it)(?:'s| is) (?:normally |usually |what we )?call(?:ed)?(?: an?)?\\s*$|"
            // "it sounds like you've had a flare up of your asthma", "I wonder whether you may have dermatitis"
            + "\\b(?:sounds|looks|seems) like (?:(?:you've|you have|(?:he|she)'s|(?:he|she) has) had )?an? "
            + "(?:flare[- ]?up|"
            + "flare|exacerbation|attack) of (?:your|the|his|her)\\s*$|\\b" + DiagnosisCues.WONDER_MAY_HAVE + "\\s*$|"
            // "from what you've told me, I think you're experiencing depression"
            + "\\bi think (?:you're|you are|(?:she|he)'s|(?:she|he) is) (?:experiencing|suffering (?:from|with)) "
            + "(?:an? )?$");

    private Impressions() {
    }

    /**
     * A clinician's impression said with no cue of the plan: "…what I see is chronic sinusitis" after the exam, or
     * "This sounds like gastroenteritis" (a known condition right after the lead).
     */
    static boolean said(Context c, String text, Part running) {
        var named = c.vocabulary.find(Term.Kind.CONDITION, text);
        if (named.isEmpty()) {
            return false;
        }
        if (running == Part.EXAM && Negation.WHAT_IT_IS.matcher(text).find()) {
            return true;
        }
        return named.stream().anyMatch(m -> SOUNDS_LIKE.matcher(text.substring(Math.max(0, m.start() - 64),
                m.start())).find() || FLARED.matcher(text.substring(m.end())).lookingAt()
                && THINK.matcher(text.substring(0, m.start())).find());
    }

    /** "I think your heart failure has flared up a bit": the impression of a known condition. */
    private static final Pattern FLARED = Pattern.compile("(?i)^\\s*(?:has|have|is|'s)"
            + "\\s+(?:probably |maybe |just )?(?:flared(?: up)?|got worse|gotten worse|worsened|played up|acting up|"
            + "come back)\\b");
    private static final Pattern THINK = Pattern.compile("(?i)\\b(?:i think|i wonder "
            + "(?:whether|if)|it seems|it looks like|it sounds like|i suspect|probably)\\b[^.?]*\\byour\\s+$");
}
