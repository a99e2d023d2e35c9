package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * A drug the patient is told not to take is counselling in the plan, with what the advice holds for; a drug stopped
 * before is to stay off; a sentence already written as advice is not written twice.
 */
class DrugAvoidedTest {

    private static List<String> plan(String... lines) {
        return Visits.lines(Visits.draft(lines), "ASSESSMENT AND PLAN");
    }

    @Test
    void imodiumAvoidedWhileFebrile() {
        assertThat(plan("[patient] I've had diarrhoea since Sunday.", "[doctor] I think this is gastroenteritis.",
                "[doctor] i'd avoid imodium while you have a fever"))
                .contains("• Patient Education and Counseling: Advised to avoid Imodium (loperamide) while the "
                        + "patient has a fever.");
    }

    @Test
    void ratherYouDidntTakeIsAvoid() {
        assertThat(plan("[patient] I've had diarrhoea since Sunday.", "[doctor] I think this is gastroenteritis.",
                "[doctor] With a temperature I'd rather you didn't take loperamide for now, let the bug clear out."))
                .contains("• Patient Education and Counseling: Advised to avoid loperamide for now.");
    }

    @Test
    void aStoppedDrugIsToStayOff() {
        assertThat(plan("[patient] The heartburn has gone since the baby started solids.",
                "[doctor] I think this was reflux and it has settled.",
                "[doctor] So here's the plan. Since the heartburn's gone, she can stay off the omeprazole."))
                .contains("• Patient Education and Counseling: Advised to stay off omeprazole.");
    }

    @Test
    void aConditionSaidFirstIsNoAdviceToAvoid() {
        assertThat(plan("[patient] My knee hurts.", "[doctor] I think this is osteoarthritis.",
                "[doctor] If your stomach gets upset, don't take the ibuprofen."))
                .noneMatch(l -> l.contains("Advised to avoid ibuprofen"));
    }

    @Test
    void adviceAlreadyWrittenIsNotWrittenTwice() {
        assertThat(plan("[patient] my lithium level was high",
                "[doctor] so here's the plan. i'm going to keep the lithium at 600 mg. avoid ibuprofen and naproxen, "
                        + "they raise the lithium level."))
                .filteredOn(l -> l.contains("avoid ibuprofen")).hasSize(1);
    }
}
