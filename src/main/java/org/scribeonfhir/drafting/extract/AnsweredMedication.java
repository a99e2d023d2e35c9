package org.scribeonfhir.drafting.extract;

import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.speech.Utterance;

/** What the answer to a question about a drug makes of it: taken, stopped, never had, or nothing said. */
final class AnsweredMedication {

    /** "Any blood thinners?", "Do you take aspirin?": asked of anything taken, not of a drug known to be taken. */
    private static final Pattern ANY = Pattern.compile("(?i)^\\W*(?:(?:and|so|okay)\\W+)?(?:any|(?:do|did) you "
            + "(?:take|use)|are you on any|are you taking any)\\b(?!.*\\b(?:still|anymore|any more)\\b)");
    private static final Pattern EVER = Pattern.compile("(?i)\\bever,? (?:been )?(?:given|prescribed|had|tried|used|"
            + "taken|on)\\b");
    /** "Have you ever taken ibuprofen?" "I have in the past, I haven't been taking it": taken once, not now. */
    private static final Pattern IN_THE_PAST = Pattern.compile("(?i)\\b(?:in the past|used to|years ago|a long time "
            + "ago|ages ago|when (?:he|she|i|they) (?:was|were) (?:a baby|little|younger|\\d+|[a-z]+))\\b"
            + "(?![^.]*\\b(?:still|now|currently)\\b)");
    /** "Any jitteriness on sertraline?", "any problems with the metformin?": asked of the drug's effects, not of it. */
    private static final Pattern EFFECT_ON = Pattern.compile("(?i)\\b(?:any|had|having|get|getting|noticed?)\\b[^?]*?"
            + "\\b(?:on (?:the |your |his |her )?|(?:with|from) (?:the |your |his |her ))$");
    private static final Pattern HAD_WITH = Pattern.compile("(?i)\\b(?:you|he|she|i|they) (?:had|got) (?:with|on|from) "
            + "(?:the |your |his |her )?$");
    /** "And you were on olanzapine years ago?", "And the valproate before that?": asked of a drug of the past. */
    private static final Pattern PAST_ASKED = Pattern.compile("(?i)^(?![^?]*\\b(?:still|now|currently|at the moment)"
            + "\\b)[^?]*\\b(?:(?:were|was) (?:on|taking)|used to (?:take|be on)|(?:years|months) ago|before that|"
            + "previously|in the past)\\b");
    /** A clinician's question about a drug of the past: "And you were on olanzapine years ago?". */
    static boolean pastDrug(Context c, Utterance asked) {
        return asked != null && asked.clinician() && PAST_ASKED.matcher(asked.text()).find()
                && !c.vocabulary.find(org.scribeonfhir.drafting.lexicon.Term.Kind.DRUG, asked.text()).isEmpty();
    }

    private static final Pattern NEGATIVE = Pattern.compile("(?i)\\b(?:never|not|no longer|\\w+n't)\\b");

    private AnsweredMedication() {
    }

    /**
     * The action after the answer {@code a} to the question {@code asked}; null when the answer leaves the drug out
     * of the note (a dose read back and answered vaguely).
     */
    static String action(Context c, Utterance asked, Utterance a, String action, String before, Match d, String drug,
            String dose, boolean plan) {
        if (!plan && PAST_ASKED.matcher(asked.text()).find()) {
            // "And you were on olanzapine years ago?" "Put on two stone. Never again.": taken once, not now
            return Negation.answer(a.text()) == Negation.Answer.NO ? null : "stopped";
        }
        if (HAD_WITH.matcher(before).find()) {
            return "tried"; // "Any jitteriness like you had with the fluoxetine?": a drug of the past, asked of now
        }
        if (EFFECT_ON.matcher(before).find() && !"stopped".equals(action) && !"stop".equals(action)) {
            return plan ? action : "taking"; // a "no" denies the effect asked of the drug, which is taken
        }
        Negation.Answer yes = Negation.answer(a.text());
        boolean asksOff = "stopped".equals(action) || "stop".equals(action);
        boolean corrects = !Quantities.find(a.text()).isEmpty() || Sig.frequency(a.text()) != null;
        // "he's never taken any montelukast" "never, no": the no agrees with the negative, it does not deny it
        boolean agrees = asksOff && NEGATIVE.matcher(before).find() && NEGATIVE.matcher(a.text()).find();
        if (asksOff && (yes != Negation.Answer.NO || agrees)
                || !asksOff && StoppedAfter.STOPPED_IT.matcher(a.text()).find()
                || !asksOff && EVER.matcher(asked.text()).find() && IN_THE_PAST.matcher(a.text()).find()) {
            action = "stopped";
        } else if (yes == Negation.Answer.NO && !(corrects && !MedicationActions.STOPPED.matcher(a.text()).find())) {
            // "Have you ever been given an EpiPen?" "I haven't, no.": never had, not stopped
            if (!asksOff && (ANY.matcher(asked.text()).lookingAt() || EVER.matcher(asked.text()).find())
                    && ChartDose.reference(c, drug, d.surface(), d.term()) == null) {
                action = "denied"; // "Any blood thinners, aspirin?" "No.": not taken, rather than stopped
            } else {
                action = asksOff ? "taking" : "stopped";
            }
        } else if (yes == Negation.Answer.OTHER && Quantities.find(a.text()).isEmpty()
                && Sig.frequency(a.text()) == null && (dose == null || plan)) {
            return null; // a dose read back ("the atorvastatin, 40 at night?" "maybe half the nights") is taken
        } else if (!plan) { // "Has he ever had amoxicillin?" "Yeah, last winter.": had, not taken now
            action = ("tried".equals(action) || EVER_HAD.matcher(asked.text()).find()) && !STILL.matcher(a.text())
                    .find() ? "tried" : "taking";
        }
        return action;
    }

    private static final Pattern FOR_IT = Pattern.compile("(?i)\\b(?:did|have) (?:you|she|he) (?:take|taken|try|tried|"
            + "use|used|had) (?:anything|something|any\\w*)\\b[^?]*\\bfor (?:it|this|that|the (?:pain|fever|"
            + "headache|symptoms))\\b");

    /**
     * "Did you take anything for it?" "Two Tylenol at five": a dose tried for this illness, not taken daily; "Has
     * Jasper ever had amoxicillin or Augmentin?" "Yeah, last winter… Augmentin for ten days.": a course had before.
     */
    static boolean triedForIt(Context c, Utterance u, String action) {
        Utterance q = c.dialogue.questionFor(u);
        return action != null && action.startsWith("taking") && q != null && q.clinician()
                && (FOR_IT.matcher(q.text()).find() || EVER_HAD.matcher(q.text()).find()
                && !STILL.matcher(u.text()).find());
    }

    /** "Has he ever had…?", "Have you ever taken…?": a drug asked of the past. */
    static final Pattern EVER_HAD = Pattern.compile("(?i)\\bever (?:had|taken|been on|been given|used|tried)\\b");
    private static final Pattern STILL = Pattern.compile("(?i)\\b(?:still|now|currently|at the moment|every day|"
            + "daily)\\b");
}
