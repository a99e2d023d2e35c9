package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/** A telephone plan as a GP says it: pain relief "if you need it", a drug "left off", a reason before its order. */
class TelephonePlanTest {

    private static final String[] VISIT = {
        "[doctor] Hello, it's Dr Example returning your call. What's been going on?",
        "[patient] I've been weeing all the time since Thursday and it stings when I go.",
        "[doctor] And the atorvastatin at night, is that still going?",
        "[patient] No, I stopped that about two months ago. My legs were aching.",
        "[doctor] Good. We'll leave it off for now and talk about your cholesterol at your review next month.",
        "[doctor] So this sounds like a straightforward bladder infection.",
        "[doctor] Because you're diabetic, I'd like a urine sample sent to the lab.",
        "[doctor] I'll send a prescription for nitrofurantoin 100 milligrams twice a day for three days.",
        "[doctor] Carry on with the paracetamol if you need it, two tablets up to four times a day, but no more "
                + "than eight tablets in twenty-four hours, and keep drinking plenty of fluids."};

    @Test
    void painReliefIfYouNeedItIsContinuedAsNeededWithItsDailyMaximum() {
        var plan = Visits.lines(Visits.draft(VISIT), "ASSESSMENT AND PLAN");
        assertThat(plan).anyMatch(l -> l.matches("(?i).*continue paracetamol.*as needed.*"))
                .anyMatch(l -> l.contains("maximum 8 tablets in 24 hours"))
                .anyMatch(l -> l.contains("Advised to keep drinking plenty of fluids."));
    }

    @Test
    void aDrugLeftOffAfterThePatientStoppedItIsStoppedInThePlan() {
        var v = Visits.read(VISIT);
        assertThat(v.medications()).anyMatch(m -> m.drug().equals("atorvastatin") && m.action().equals("stop")
                && !m.current());
        assertThat(Visits.lines(Visits.draft(VISIT), "ASSESSMENT AND PLAN")).contains("• Medical Treatment: Stop "
                + "atorvastatin.");
    }

    @Test
    void stopItIfYouGetARashIsNoOrderToStop() {
        var v = Visits.read("[doctor] Are you still taking the naproxen?", "[patient] No, I stopped that last week.",
                "[doctor] Right. Stop it completely if you get a rash.");
        assertThat(v.medications()).noneMatch(m -> m.action().equals("stop"));
    }

    @Test
    void aReasonSplitFromItsOrderIsNotALineOfItsOwn() {
        assertThat(Visits.lines(Visits.draft(VISIT))).noneMatch(l -> l.contains("Because"));
    }

    @Test
    void aGelOfferedInAnotherClauseIsNotTheTabletsForm() {
        var note = Visits.draft("[doctor] What do you take for the knees?", "[patient] Paracetamol and ibuprofen.",
                "[doctor] So this sounds like gastritis from the ibuprofen. First, stop the ibuprofen completely, from "
                        + "today. For the knees, stick with the paracetamol, no more than eight in a day, and you could "
                        + "try a gel on the knees.");
        assertThat(Visits.lines(note)).noneMatch(l -> l.matches("(?i).*paracetamol.*\\bgel\\b.*"));
    }
}
