package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * "No antibiotics right now." is a decision of the plan; "I'll see you back in eight weeks, after the CT" is the
 * follow-up, not a result; "up to three thousand milligrams a day" is the most a day, not the dose; "polyps" in a nose
 * visit are no colon polyps.
 */
class PlanLeftOutAndFollowUpTest {

    private static final String[] SINUSES = {
        "[doctor] What brings you in today?",
        "[patient] My nose has been blocked for six months and I can't smell anything.",
        "[doctor] Any facial pain?", "[patient] A bit of pressure over my cheeks.",
        "[doctor] Let me look with the scope. There are polyps on both sides, more on the left.",
        "[doctor] I think this is chronic sinusitis with nasal polyps.",
        "[doctor] For treatment, I'm going to start you on a short course of an oral steroid, prednisone, to shrink "
                + "the polyps.",
        "[patient] Is that the one that makes you hungry?",
        "[doctor] It can. Take forty milligrams of it once a day, in the morning with food, for five days.",
        "[patient] What about more antibiotics?", "[doctor] No antibiotics right now. They won't fix polyps.",
        "[doctor] I'll see you back in eight weeks, after the CT, and look again with the scope.",
        "[doctor] Tylenol for the pressure, up to three thousand milligrams a day."};

    @Test
    void whatThePlanLeavesOutIsSaid() {
        assertThat(Visits.lines(Visits.draft(SINUSES), "ASSESSMENT AND PLAN"))
                .contains("• Medical Reasoning: No antibiotics needed at this time.");
    }

    @Test
    void aReviewAfterTheScanIsTheFollowUp() {
        var note = Visits.draft(SINUSES);
        assertThat(Visits.lines(note, "ASSESSMENT AND PLAN")).contains("Follow-up in 8 weeks.");
        assertThat(Visits.lines(note, "RESULTS")).noneMatch(l -> l.contains("8 weeks"));
    }

    @Test
    void theDoseOfItSaidAfterTheDrugIsTheOrders() {
        assertThat(Visits.lines(Visits.draft(SINUSES), "ASSESSMENT AND PLAN"))
                .contains("• Medical Treatment: Start prednisone 40 mg every morning with food for 5 days.");
    }

    @Test
    void theMostADayIsNoDoseAndPolypsOfTheNoseAreNotTheColons() {
        var lines = Visits.lines(Visits.draft(SINUSES));
        assertThat(lines).noneMatch(l -> l.contains("3000 mg daily")).noneMatch(l -> l.contains("Colon polyps"))
                .anyMatch(l -> l.contains("maximum 3000 mg in 24 hours"));
    }
}
