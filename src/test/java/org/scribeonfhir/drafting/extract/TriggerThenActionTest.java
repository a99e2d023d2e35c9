package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * A safety-net said as two sentences ("If it comes back and it's the worst you've had." "Then you need to go to A&E.")
 * is one line with its action, never the trigger alone; a second instruction ("And if…") stays its own line.
 */
class TriggerThenActionTest {

    private static List<String> plan(String... visit) {
        return Visits.lines(Visits.draft(visit), "ASSESSMENT AND PLAN");
    }

    @Test
    void theActionSaidNextStaysWithItsTrigger() {
        assertThat(plan("[patient] I've had a headache since this morning.",
                "[doctor] I think this is a migraine. Take ibuprofen 400 mg three times a day with food. "
                        + "Now, if the headache comes back and it's the worst you've ever had. Then um, you need to go "
                        + "straight to A&E."))
                .anyMatch(l -> l.contains("worst") && l.contains("A&E"))
                .noneMatch(l -> l.contains("worst") && !l.contains("A&E"));
    }

    @Test
    void moreOfTheTriggerThenItsAction() {
        assertThat(plan("[patient] My throat's been sore for three days.",
                "[doctor] I think this is a viral sore throat. If it isn't settling in a week, or it's getting worse. "
                        + "Or you can't swallow fluids, then we would need to see you."))
                .anyMatch(l -> l.contains("settling") && l.contains("swallow") && l.contains("see"));
    }

    @Test
    void aSecondInstructionIsItsOwnLine() {
        assertThat(plan("[patient] I've had cystitis again.",
                "[doctor] I think this is a urine infection. If the burning goes within two days, fine, finish the "
                        + "course. And if you get pain in your back or a fever, call us the same day."))
                .noneMatch(l -> l.contains("burning") && l.contains("fever"));
    }
}
