package org.scribeonfhir.drafting.extract;

import java.util.List;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.speech.Role;
import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.Allergy;

/**
 * A companion telling their own allergy: "No, love, that's me. I'm the penicillin one.", "Me, I'm the one who's
 * allergic."
 */
final class CompanionAllergies {

    private CompanionAllergies() {
    }

    /** "No, that's me, love. I came up in a rash with penicillin.": the companion's own allergy, not the patient's. */
    private static final Pattern THATS_ME = Pattern.compile("(?i)^\\W*(?:(?:no|yep|yes|yeah)\\W+)?(?:[a-z]+,\\s*)?"
            + "(?:that's|that is|that was|it's|it was) (?:me|mine)\\b");
    /** "Me, I am allergic to aspirin. Big hives. Not him.": the companion speaking of herself. */
    private static final Pattern I_AM_ALLERGIC = Pattern.compile("(?i)\\b(?:i'm|i am) (?:the one (?:who's|who is|"
            + "that's) )?allergic\\b");

    static boolean own(Context c, Allergy a) {
        int first = a.support().turns().isEmpty() ? 0 : a.support().turns().get(0);
        for (int t = first + 1; t <= first + 2; t++) { // the two turns after; the allergen said there or just before
            for (Utterance u : c.dialogue.ofTurn(t)) {
                if (u.role() != Role.COMPANION || !THATS_ME.matcher(u.text()).find()
                        && !I_AM_ALLERGIC.matcher(u.text()).find()) {
                    continue;
                }
                // "And I'm the one who's allergic to penicillin", after his "Bactrim": hers is another allergen
                List<String> hers = Allergens.of(c, u.text());
                if (!hers.isEmpty()) {
                    return hers.contains(a.substance());
                }
                if (java.util.stream.IntStream.of(t - 1, t).anyMatch(x -> c.dialogue.ofTurn(x).stream()
                        .anyMatch(y -> Allergens.of(c, y.text()).contains(a.substance())))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a companion's turn tells her own allergy, so what it names is hers ("Big hives."). */
    static boolean ownTurn(Context c, Utterance u) {
        return u.role() == Role.COMPANION && c.dialogue.ofTurn(u.turn()).stream()
                .anyMatch(x -> I_AM_ALLERGIC.matcher(x.text()).find());
    }
}
