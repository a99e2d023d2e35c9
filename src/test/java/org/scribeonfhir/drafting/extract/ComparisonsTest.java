package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.visit.Problem;

/**
 * What a clinician compares a condition with, or says of a feared one in general, is no problem of the patient's;
 * a dose taken back in a raw-speech order is the corrected one.
 */
class ComparisonsTest {

    @Test
    void anAnalogyIsNoDiagnosis() {
        var v = Visits.read("[patient] The room spins when I turn my head.",
                "[doctor] I think this is labyrinthitis, an inner-ear infection. It's a bit like seasickness: your ear "
                        + "is telling your brain you're moving. It's the same kind of swelling you get with a sprained "
                        + "ankle. I'd like to see you face to face on Thursday.");
        assertThat(v.problems()).extracting(Problem::name).noneMatch(n -> n.matches("(?i).*(?:motion|sprain).*"));
    }

    @Test
    void aFearedConditionSaidInGeneralIsNoProblemAndOnlyADeniedOneIsConsideredUnlikely() {
        var note = Visits.draft("[patient] I looked it up and I'm scared it's whooping cough or a stroke.",
                "[doctor] This isn't whooping cough. Whooping cough is coughing fits that go on and on, then a big "
                        + "whoop. I don't think this is a stroke. With a stroke you'd usually expect weakness. I think "
                        + "this is croup. MRSA would be a hot, painful, swollen boil, usually with pus. I'll give him a "
                        + "dose of dexamethasone today.");
        List<String> plan = Visits.lines(note, "ASSESSMENT AND PLAN");
        assertThat(plan).filteredOn(l -> !l.endsWith("considered unlikely.")).noneMatch(l -> l.matches("(?i).*"
                + "(?:pertussis|whooping|stroke|mrsa|pus).*"));
        assertThat(plan).contains("• Medical Reasoning: Pertussis considered unlikely.",
                "• Medical Reasoning: Stroke considered unlikely.").noneMatch(l -> l.matches("(?i).*mrsa.*"));
    }

    @Test
    void aRawSpeechDoseTakenBackIsTheCorrectedOne() {
        var v = Visits.read("[patient] i've had this cough for twelve days",
                "[doctor] what i'm going to do is give you benzonatate it's a capsule it numbs the stretch sensors in "
                        + "your lungs. so you cough less i'll do two hundred milligrams um no let's do one hundred "
                        + "milligrams three times a day as needed for the cough");
        assertThat(v.medications()).filteredOn(m -> m.drug().equals("benzonatate"))
                .allMatch(m -> "100 mg".equals(m.dose()));
    }

    @Test
    void theTabletsThatMakeUpTheDoseDoNotReplaceIt() {
        var v = Visits.read("[patient] My chest is tight.", "[doctor] So here's the plan. I'm going to start "
                + "prednisolone forty milligrams once a day for five days. That's eight of the little five milligram "
                + "tablets together, in the morning with breakfast.");
        assertThat(v.medications()).filteredOn(m -> m.drug().equals("prednisolone")).singleElement()
                .satisfies(m -> assertThat(m.dose()).isEqualTo("40 mg"));
    }
}
