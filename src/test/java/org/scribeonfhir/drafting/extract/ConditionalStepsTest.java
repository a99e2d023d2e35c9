package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * A step said under a condition is neither ordered nor given: "if it's not settling in four weeks I'll refer her" is
 * a contingency plan, "if she gets a fever or back pain she needs to be seen right away" is safety-netting, "if it's
 * sore, Tylenol is fine" advice.
 */
class ConditionalStepsTest {

    private static java.util.List<String> plan(String... lines) {
        return Visits.lines(Visits.draft(lines), "ASSESSMENT AND PLAN");
    }

    @Test
    void aStepThatMayComeIsAContingencyNotATreatment() {
        assertThat(plan("[doctor] so this looks like hand eczema.",
                "[doctor] if it's not settling in four weeks, we'll refer her to dermatology for patch testing."))
                .anyMatch(l -> l.startsWith("• Contingency Plan: If it's not settling in 4 weeks"))
                .noneMatch(l -> l.startsWith("• Medical Treatment: If") || l.startsWith("• Specialist Referrals: If"));
    }

    @Test
    void whenToBeSeenAgainIsSafetyNetting() {
        assertThat(plan("[doctor] this is a bladder infection.",
                "[doctor] if she gets a fever, back pain, or starts vomiting, she would need to be seen "
                        + "again right away."))
                .anyMatch(l -> l.startsWith("• Patient Education and Counseling: If she gets a fever"));
    }

    @Test
    void whatWeWouldDoIsWrittenWithoutANarrator() {
        assertThat(plan("[doctor] this looks like reflux.",
                "[doctor] if the breath test comes back positive, we'd treat it with antibiotics."))
                .anyMatch(l -> l.contains("would treat it with antibiotics"))
                .noneMatch(l -> l.contains("the care team") || l.contains("the clinician"));
    }
}
