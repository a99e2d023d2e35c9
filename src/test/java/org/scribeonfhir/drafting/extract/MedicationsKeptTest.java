package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/** Drugs said to "stay the same" in the plan are continued, not started; a drug ordered beside them is still new. */
class MedicationsKeptTest {

    private static List<String> plan(String... visit) {
        return Visits.lines(Visits.draft(visit), "ASSESSMENT AND PLAN");
    }

    @Test
    void drugsThatStayTheSameAreContinued() {
        assertThat(plan("[patient] My sugars have been high.", "[doctor] So for my assessment and plan.",
                "[doctor] Your diabetes is not well controlled.",
                "[doctor] Lisinopril 10 and atorvastatin 20 stay the same, and the glipizide stays off."))
                .contains("• Medical Treatment: Continue lisinopril 10 mg.",
                        "• Medical Treatment: Continue atorvastatin 20 mg.")
                .noneMatch(l -> l.startsWith("• Medical Treatment: Start"));
    }

    @Test
    void aDrugStartedBesideOneThatStaysTheSameIsStarted() {
        assertThat(plan("[patient] My blood pressure is high at home.", "[doctor] So for my assessment and plan.",
                "[doctor] Your hypertension is not at goal.",
                "[doctor] I'm going to start amlodipine 5, and your atorvastatin stays the same."))
                .anyMatch(l -> l.startsWith("• Medical Treatment: Start amlodipine 5 mg"));
    }
}
