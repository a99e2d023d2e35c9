package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * More critical defects from the physician's read of 2.5.60's drafts (`src/challenge/reads/2.5.60`), written again
 * in our own words: a child's allergic reaction years ago, and the drug that settled it, told as today's; a heart
 * monitor's fastest rate written as today's vital sign.
 */
class PastReactionAndMonitorTest {

    private static final String[] ALLERGY = {"[father] He's had ear ache since last night.",
        "[doctor] Any allergies?",
        "[father] Penicillin. When he was three he had it for tonsillitis and came out in raised itchy welts all over "
            + "his back. The GP said it was hives.",
        "[doctor] Any swelling of his lips or trouble breathing at the time?",
        "[father] No, just the hives. They went after a day with Piriton.",
        "[doctor] His left eardrum is red and bulging. This is an ear infection."};

    @Test
    void hivesOfAReactionYearsAgoAreNoComplaintOfToday() {
        List<String> note = Visits.lines(Visits.draft(ALLERGY));
        assertThat(note).noneMatch(l -> l.matches("(?i).*(?:reports|endorses)[^.]*hives.*"));
    }

    @Test
    void theDrugThatSettledAnOldReactionIsNoCurrentMedication() {
        assertThat(Visits.lines(Visits.draft(ALLERGY), "HISTORY OF PRESENT ILLNESS"))
                .noneMatch(l -> l.startsWith("Current medications") && l.contains("Piriton"));
    }

    @Test
    void aMonitorsFastestRateIsNoVitalSignOfToday() {
        List<String> exam = Visits.lines(Visits.draft("[patient] My heart keeps racing.",
                "[doctor] The nurse did your observations: heart rate seventy-two. The monitor patch picked up what's "
                        + "going on. The longest episode was two hours, the fastest heart rate one hundred and "
                        + "sixty-two.", "[doctor] This is paroxysmal atrial fibrillation."), "PHYSICAL EXAM");
        assertThat(exam).anyMatch(l -> l.contains("Heart rate 72 bpm")).noneMatch(l -> l.contains("162"));
    }
}
