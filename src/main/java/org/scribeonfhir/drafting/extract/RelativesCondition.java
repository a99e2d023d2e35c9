package org.scribeonfhir.drafting.extract;

import java.util.List;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.HistoryItem;

/**
 * "Any blood disorder? Sickle cell?" "Sickle cell, yes." "Madam has sickle cell disease?" "No, no, sorry, her brother,
 * Femi.": a condition first said to be the patient's, then checked by the clinician (or corrected by the next
 * speaker: "she had the TIA" "No, Declan, that was my mother.") and given to a relative.
 */
final class RelativesCondition {

    private static final Pattern RELATIVE_REPLY = Pattern.compile("(?i)^\\W*(?:(?:no|nope|sorry|oh|ah|actually)\\W+)+"
            + "(?:\\w+,\\s*)?(?:(?:it's|it is|it was|that's|that is|that was) )?(?:her|his|my|our) "
            + Kinship.RELATIVES + "\\b");

    private RelativesCondition() {
    }

    /** Whether a later check of the patient's condition was answered with a relative's name. */
    static boolean retold(Context c, HistoryItem h) {
        if (!h.kind().equals("medical") || h.relative() != null || h.support().turns().isEmpty()) {
            return false;
        }
        int from = h.support().turns().get(0);
        // "she had the TIA a few years back" "No, Declan, that was my mother.": corrected by the next speaker
        List<Utterance> said = c.dialogue.ofTurn(from);
        List<Utterance> next = c.dialogue.ofTurn(from + 1);
        // "Any diabetes?" "No, that's my dad, his pop. He's got diabetes": the reply hands it on before telling it
        if (!said.isEmpty() && !said.get(0).clinician() && RELATIVE_REPLY.matcher(said.get(0).text()).lookingAt()
                && c.conditions(said.get(0).text()).isEmpty()) {
            return true;
        }
        if (!said.isEmpty() && !next.isEmpty() && !next.get(0).clinician() && next.get(0).role() != said.get(0).role()
                && RELATIVE_REPLY.matcher(next.get(0).text()).lookingAt()) {
            return true;
        }
        for (Utterance q : c.utterances()) {
            if (!q.clinician() || !q.question() || q.turn() < from || q.turn() > from + 4
                    || c.vocabulary.find(Term.Kind.CONDITION, q.text()).stream()
                    .noneMatch(m -> m.term().canonical().equalsIgnoreCase(h.text()))) {
                continue;
            }
            Utterance a = c.dialogue.answerTo(q);
            if (a != null && !a.clinician() && RELATIVE_REPLY.matcher(a.text()).lookingAt()) {
                return true;
            }
        }
        return false;
    }
}
