package org.scribeonfhir.drafting.extract;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.Allergy;
import org.scribeonfhir.drafting.visit.Support;

/**
 * "Any allergies?" "Not medicines, but that pink wash they used before the operation. I came out in big welts." "That
 * sounds like chlorhexidine, the skin antiseptic. That's a true allergy.": a reaction the patient describes to a thing
 * they cannot name, named by the clinician who calls it an allergy.
 */
final class NamedAllergy {

    private static final Pattern CALLS_IT = Pattern.compile("(?i)\\b(?:(?:true|real|genuine|serious|proper|definite)"
            + " allergy|that's an allergy|that is an allergy|(?:you're|you are|she's|he's) allergic)\\b");

    private NamedAllergy() {
    }

    /** Whether the clinician's next turn names what the reply describes and calls it an allergy; adds it if so. */
    static boolean add(Context c, Utterance q, Utterance a, List<Allergy> out, BiConsumer<List<Allergy>, Allergy> add) {
        String reply = String.join(" ", c.dialogue.ofTurn(a.turn()).stream().map(Utterance::text).toList());
        String reaction = AllergyReactions.of(reply);
        List<Utterance> next = c.dialogue.ofTurn(a.turn() + 1);
        if (reaction == null || next.isEmpty() || !next.get(0).clinician()) {
            return false;
        }
        String said = String.join(" ", next.stream().map(Utterance::text).toList());
        List<String> named = Allergens.of(c, said);
        if (named.size() != 1 || !CALLS_IT.matcher(said).find()) {
            return false;
        }
        add.accept(out, new Allergy(named.get(0), reaction, false, Support.of(0.85, q.turn(), a.turn(), a.turn() + 1)));
        return true;
    }
}
