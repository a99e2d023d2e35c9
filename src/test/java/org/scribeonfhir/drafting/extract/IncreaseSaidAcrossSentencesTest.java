package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * "Sertraline treats both. You've tolerated fifty well, so let's increase it. We'll go to seventy-five, actually,
 * let's go straight to one hundred milligrams": an increase to 100 mg, never "Continue sertraline 100 mg", and the
 * current medicines do not show the new dose.
 */
class IncreaseSaidAcrossSentencesTest {

    @Test
    void theOrderSaidWithItCarriesToTheDoseSaidNext() {
        var note = Visits.draft("[doctor] It's been six weeks since we started the sertraline. How have things been?",
                "[patient] Better, I think. The mood's better.", "[doctor] Any side effects from the sertraline?",
                "[patient] A bit of nausea the first week, but that went away.",
                "[doctor] Let me examine you. Mood is brighter, affect reactive.",
                "[doctor] So for my assessment and plan. The depression is improving. The good news is sertraline "
                        + "treats both. You've tolerated fifty well, so let's increase it. We'll go to seventy-five, "
                        + "actually, let's go straight to one hundred milligrams, once a day.");
        assertThat(Visits.lines(note, "ASSESSMENT AND PLAN")).contains("• Medical Treatment: Increase sertraline to "
                + "100 mg daily.");
        List<String> hpi = Visits.lines(note, "HISTORY OF PRESENT ILLNESS");
        assertThat(hpi).noneMatch(l -> l.startsWith("Current medications:") && l.contains("100 mg"));
    }
}
