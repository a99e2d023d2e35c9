package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * What the clinician says is not needed ("so you don't need an X-ray", "an MRI isn't needed right now") is the plan's
 * reasoning, with its reason, and never an order; said right after the exam, it is still the plan.
 */
class NotNeededTest {

    private static List<String> plan(String... visit) {
        return Visits.lines(Visits.draft(visit), "ASSESSMENT AND PLAN");
    }

    @Test
    void aTestNotNeededIsNoOrder() {
        assertThat(plan("[patient] I twisted my knee playing netball.", "[doctor] I think this is an MCL sprain.",
                "[patient] Do I need an X-ray? Or an MRI?",
                "[doctor] You walked in and you can bend past ninety, so you don't need an X-ray. And an MRI isn't "
                        + "needed right now."))
                .contains("• Medical Reasoning: No MRI needed at this time.")
                .anyMatch(l -> l.startsWith("• Medical Reasoning: No X-ray needed: "))
                .noneMatch(l -> l.contains("Order an MRI"));
    }

    @Test
    void aDrugNotNeededRightAfterTheExamIsThePlansReasoning() {
        assertThat(plan("[patient] My heart skips a beat sometimes.", "[doctor] Let me examine you.",
                "[doctor] Heart regular, no murmur. Lungs clear.",
                "[doctor] About the blood thinner: you don't have atrial fibrillation, so no, you don't need Eliquis "
                        + "or any blood thinner."))
                .contains("• Medical Reasoning: No Eliquis or any blood thinner needed: the patient does not have "
                        + "atrial fibrillation.");
    }

    @Test
    void somethingNotNeededToDoIsNoThingLeftOut() {
        assertThat(plan("[patient] My calf is swollen.", "[doctor] Let me examine you. The right calf is swollen.",
                "[doctor] So for my assessment and plan. I'm worried this could be a DVT.",
                "[doctor] We don't routinely use compression stockings for this anymore, so you don't need to buy any.",
                "[doctor] It's a worry, but you don't need to worry about the flight home."))
                .noneMatch(l -> l.contains("No to "));
    }

    @Test
    void whatItCouldBeIsReasoningNotTreatment() {
        assertThat(plan("[patient] My right calf is swollen.",
                "[doctor] Let me examine you. The right calf is swollen.",
                "[doctor] So for my assessment and plan. It could be a Baker's cyst or a muscle strain, but with the "
                        + "long drive and the HRT, we need to rule out a clot."))
                .anyMatch(l -> l.startsWith("• Medical Reasoning: It could be a Baker's cyst"))
                .noneMatch(l -> l.startsWith("• Medical Treatment: It could be"));
    }
}
