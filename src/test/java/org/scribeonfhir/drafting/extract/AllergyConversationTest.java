package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * An allergy talked through: the chart's allergen asked about in the same breath takes its reaction from the reply's
 * second sentence; what the clinician says the patient is not allergic to is no allergen; a coworker's drug is not
 * the patient's medication.
 */
class AllergyConversationTest {

    private static final String[] VISIT = {"[doctor] What brings you in today?",
        "[patient] My heart has been racing on and off for two months.",
        "[doctor] Okay, good to know. And allergies, I see shellfish here. Tell me about the shellfish allergy",
        "[patient] Shrimp, mostly. My throat gets itchy and I break out in hives. My sister says they use iodine for "
                + "heart tests, is that a problem?",
        "[doctor] Good question. The tests I'm planning don't use any dye, and a shellfish allergy doesn't mean you're "
                + "allergic to iodine contrast anyway.",
        "[patient] Actually, a guy at work takes Xanax, he says it's a miracle. Could I get that?",
        "[doctor] I'd rather not.", "[doctor] Let me examine you. The pulse is irregular.",
        "[doctor] So for my assessment and plan. This is atrial fibrillation."};

    @Test
    void theChartsAllergenTakesTheReactionToldNext() {
        List<String> hpi = Visits.lines(Visits.draft(VISIT), "HISTORY OF PRESENT ILLNESS");
        assertThat(hpi).contains("Allergies: shellfish (itching, hives).");
    }

    @Test
    void contrastSaidNotToBeAnAllergyIsNone() {
        assertThat(Visits.read(VISIT).allergies()).extracting(a -> a.substance()).containsExactly("shellfish");
    }

    @Test
    void aCoworkersDrugIsNotTheirs() {
        assertThat(Visits.read(VISIT).medications()).noneMatch(m -> m.drug().equals("alprazolam"));
    }

    @Test
    void theFirstAllergyAskedAboutTakesTheReplysReactionAndCalpolSixPlusIsNoSixMilligrams() {
        List<String> hpi = Visits.lines(Visits.draft("[doctor] What's been going on?",
                "[parent] He's had a sore throat since Sunday.", "[doctor] Anything for it so far?",
                "[parent] Calpol Six Plus, seven and a half mls, last night.",
                "[doctor] Okay. Tell me about the amoxicillin allergy",
                "[parent] When he was three he came out in a blotchy red rash all over his tummy.",
                "[doctor] Let me examine him. The tonsils are red with white spots.",
                "[doctor] So for my assessment and plan. This is tonsillitis."), "HISTORY OF PRESENT ILLNESS");
        assertThat(hpi).contains("Allergies: amoxicillin (rash).")
                .anyMatch(l -> l.startsWith("Current medications:") && l.contains("7.5 mL") && !l.contains("6 mg"));
    }
}
