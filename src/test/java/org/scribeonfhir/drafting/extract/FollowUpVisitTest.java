package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/** A review booked for chronic conditions, with a new complaint added to it, and the story told after the plan. */
class FollowUpVisitTest {

    private static final String[] VISIT = {
        "[doctor] Morning, Mr. Example. How was the golf?",
        "[patient] Forty-six on the front nine. My grandson beat me, and he's eleven.",
        "[doctor] So today is your blood pressure and cholesterol follow-up, and I see you wrote your knee on the form.",
        "[patient] Yeah, the right knee. But let's do the pressure first.",
        "[doctor] The nurse got 148 over 92. I'm going to increase your lisinopril to 40 mg once a day.",
        "[patient] Fair enough.", "[doctor] Tell me about the knee.",
        "[patient] Right knee, about four months now. It's stiff in the morning for maybe fifteen minutes. "
                + "Stairs are the worst, going down especially. It aches after I walk eighteen holes.",
        "[doctor] Any locking, or the knee giving way?", "[patient] No locking."};

    @Test
    void aReviewOfChronicConditionsIsSaidInClinicalWordsWithTheNewComplaint() {
        assertThat(Visits.read(VISIT).reason().phrase())
                .isEqualTo("Follow-up of hypertension and hyperlipidemia; right knee pain");
    }

    @Test
    void aStoryAskedForAfterThePlanIsHistory() {
        assertThat(Visits.lines(Visits.draft(VISIT), "HISTORY OF PRESENT ILLNESS"))
                .anyMatch(l -> l.contains("right knee pain for 4 months"));
    }

    @Test
    void whatIsWorstForItIsNoSeverity() {
        assertThat(Visits.read(VISIT).symptoms()).noneMatch(s -> "severe".equals(s.severity()));
    }
}
