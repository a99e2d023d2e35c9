package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * Every allergen of a reply is listed ("Yes, latex. And peanuts, my throat swells up."), and the drugs said beside an
 * allergy as its treatment ("Flonase for allergies", "his allergy medicine cetirizine", "the EpiPen for his peanut
 * allergy") are never allergens.
 */
class AllergiesBesideTreatmentsTest {

    private static List<String> allergies(String... visit) {
        return Visits.lines(Visits.draft(visit), "HISTORY OF PRESENT ILLNESS").stream()
                .filter(l -> l.startsWith("Allergies:")).toList();
    }

    @Test
    void eachAllergenOfTheReplyWithItsReaction() {
        assertThat(allergies("[doctor] Hello, what brings you in today?", "[patient] I've had a cough for a week.",
                "[doctor] Any allergies to medications?", "[patient] No.",
                "[doctor] Any other allergies, foods, latex?",
                "[patient] Yes, latex. And peanuts, my throat swells up.", "[doctor] Let me examine you. Chest clear.",
                "[doctor] So for my assessment and plan. This is a viral cough."))
                .containsExactly("Allergies: latex, peanut (throat swelling).");
    }

    @Test
    void aSprayForAllergiesIsNoAllergen() {
        assertThat(allergies("[doctor] What brings you in?", "[patient] A sore tooth since Monday.",
                "[doctor] Any regular medicines?", "[patient] Just the Flonase, one spray each side every morning for "
                        + "allergies.", "[doctor] Any allergies to medicines?", "[patient] Codeine. I itched all over.",
                "[doctor] Let me examine you. The lower molar is tender.",
                "[doctor] So for my assessment and plan. This is a dental abscess."))
                .containsExactly("Allergies: codeine (itching).");
    }

    @Test
    void theAllergyMedicineAndTheEpiPenAreNoAllergens() {
        assertThat(allergies("[doctor] what brings him in today", "[parent] he has had a fever and ear pain since "
                        + "saturday", "[doctor] any medical problems or regular medicines",
                "[parent] just his allergy medicine cetirizine but we stopped that in september when the pollen went "
                        + "away and he has the epipen junior for his peanut allergy",
                "[doctor] okay let me examine him his right eardrum is red and bulging",
                "[doctor] so for my assessment and plan this is an ear infection"))
                .containsExactly("Allergies: peanut.");
    }

    @Test
    void tellMeAboutTheAllergySaidWithoutAQuestionMarkTakesTheReactionFromTheReply() {
        assertThat(allergies("[doctor] What brings you in today?", "[patient] A sore throat since Sunday.",
                "[doctor] Any allergies?", "[patient] Peanuts.", "[doctor] Tell me about the peanut allergy.",
                "[patient] My lips swell up and I get hives.", "[doctor] Let me examine you. The throat is red.",
                "[doctor] So for my assessment and plan. This is a viral sore throat."))
                .containsExactly("Allergies: peanut (lip swelling, hives).");
    }
}
