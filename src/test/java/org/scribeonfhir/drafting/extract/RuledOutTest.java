package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * A condition the clinician says the patient does not have is recorded in the assessment as considered unlikely;
 * a test's purpose ("to make sure this isn't…") and the diagnosis itself are not.
 */
class RuledOutTest {

    private static List<String> plan(String... lines) {
        return Visits.lines(Visits.draft(lines), "ASSESSMENT AND PLAN");
    }

    @Test
    void aClotDeniedOfAChestIsVenousThromboembolismConsideredUnlikely() {
        assertThat(plan("[patient] My chest feels tight and I'm wheezy since the cold.",
                "[doctor] I think this is an asthma flare. I don't think this is a blood clot."))
                .contains("• Medical Reasoning: Venous thromboembolism considered unlikely.");
    }

    @Test
    void thisIsntBipolarIsBipolarDisorderConsideredUnlikely() {
        assertThat(plan("[patient] my mood has been low and i've been so irritable",
                "[doctor] okay so from everything you're telling me this isn't bipolar what you have is major "
                        + "depressive disorder that's relapsed"))
                .contains("• Medical Reasoning: Bipolar disorder considered unlikely.");
    }

    @Test
    void mostLikelyOneAndNotAnotherRulesTheOtherOut() {
        assertThat(plan("[patient] My shin is red and sore since I scraped it.",
                "[doctor] This is cellulitis. It's most likely the usual skin bacteria, and not MRSA."))
                .contains("• Medical Reasoning: MRSA considered unlikely.");
    }

    @Test
    void aTestsPurposeRulesNothingOut() {
        assertThat(plan("[patient] I've got pain in my side when I pee.",
                "[doctor] We checked your urine for blood to make sure this isn't a kidney stone."))
                .noneMatch(l -> l.contains("considered unlikely"));
    }

    @Test
    void theDiagnosisItselfIsNotConsideredUnlikely() {
        assertThat(plan("[patient] My ears have been ringing.",
                "[doctor] I think this is migraine. It's not a stroke and it's not migraine with aura."))
                .contains("• Medical Reasoning: Stroke considered unlikely.")
                .noneMatch(l -> l.matches("(?i).*migraine considered unlikely.*"));
    }

    @Test
    void theSentenceThatRulesItOutIsNotWrittenAgainBesideTheUnlikelyLine() {
        assertThat(plan("[patient] He's had a fever and a rash since Sunday.",
                "[doctor] Let me examine him. The rash blanches under the glass. Neck is soft.",
                "[doctor] So for my assessment and plan. This is most likely roseola. It's not meningitis. "
                        + "Give him paracetamol for the fever."))
                .contains("• Medical Reasoning: Meningitis considered unlikely.")
                .noneMatch(l -> l.endsWith("It's not meningitis."));
    }
}
