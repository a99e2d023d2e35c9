package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.visit.Symptom;

/**
 * A risk assessment read as a clinician reads it: thoughts of ending one's life affirmed stay affirmed when the next
 * question, about attempts, is answered no; "nothing to suggest you're hearing things" denies; a patient's "And the
 * metoprolol?" does not put a stopped drug back on the list.
 */
class RiskQuestionsTest {

    private static final String[] VISIT = {
        "[doctor] have you been having thoughts that life isn't worth living or thoughts of ending your life",
        "[patient] um yeah most days lately",
        "[doctor] have you ever tried to hurt yourself or end your life before",
        "[patient] no never i've never done anything",
        "[doctor] you look exhausted and there's nothing to suggest you're hearing things"};

    @Test
    void anAttemptDeniedLeavesTheThoughtsAffirmed() {
        var v = Visits.read(VISIT);
        assertThat(v.symptoms()).anyMatch(s -> s.name().equals("suicidal ideation") && s.present())
                .noneMatch(s -> s.name().equals("suicidal ideation") && !s.present());
    }

    @Test
    void nothingToSuggestDenies() {
        assertThat(Visits.read(VISIT).symptoms()).filteredOn(s -> s.name().equals("auditory hallucinations"))
                .noneMatch(Symptom::present);
    }

    @Test
    void aPatientAskingAboutAStoppedDrugDoesNotRestartIt() {
        var v = Visits.read("[doctor] What are you taking at the moment?",
                "[patient] I was on the metoprolol, but I quit that about two months ago.",
                "[doctor] I'm going to call an ambulance.", "[patient] And the metoprolol?",
                "[doctor] Don't restart it on your own. The team will decide on a beta blocker.");
        assertThat(v.medications()).filteredOn(m -> m.drug().equals("metoprolol")).isNotEmpty()
                .noneMatch(m -> m.current());
    }
}
