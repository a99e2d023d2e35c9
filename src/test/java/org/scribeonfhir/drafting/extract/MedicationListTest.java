package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.lexicon.Vocabulary;
import org.scribeonfhir.drafting.visit.Medication;

/** What the "Current medications" line must leave out: allergens, stopped drugs, finished courses, names, times. */
class MedicationListTest {

    @Test
    void aDrugNamedInReplyToReactionsToMedicinesIsAnAllergyNotAMedication() {
        var v = Visits.read("[doctor] Any reactions to medicines? Your chart says no allergies.",
                "[patient] Codeine. They gave it to me after my gallbladder surgery and I itched all over.",
                "[doctor] I'll add that.");
        assertThat(v.allergies()).anyMatch(a -> "codeine".equals(a.substance()));
        assertThat(v.medications()).noneMatch(m -> m.drug().equals("codeine") && m.current());
    }

    @Test
    void noToStillTakingThatAfterTheChartsDrugIsStopped() {
        var v = Visits.read("[doctor] I've got reflux on your record, with omeprazole. Are you still taking that?",
                "[patient] No, not since last spring. The heartburn went when I stopped the late-night curries.");
        assertThat(v.medications()).anyMatch(m -> m.drug().equals("omeprazole") && !m.current());
    }

    @Test
    void aCourseTakenToItsEndIsNotCurrentThoughTheParentMentionsItAgain() {
        var v = Visits.read("[doctor] Has she been sick before?",
                "[parent] Just the ear infection in September, she had the pink amoxicillin for ten days and it "
                        + "cleared up.",
                "[doctor] Okay. This is croup.", "[parent] Should she get antibiotics? They gave her amoxicillin for the ear.",
                "[doctor] No, croup is a virus, so antibiotics won't help her.");
        assertThat(v.medications()).filteredOn(m -> m.drug().equals("amoxicillin")).extracting(Medication::current)
                .containsOnly(false);
    }

    @Test
    void aTimeOfDayAfterADrugIsNoDose() {
        var v = Visits.read("[doctor] Any fever?",
                "[parent] Last night it was 101.4. I gave her some children's Tylenol at two this morning.");
        assertThat(v.medications()).filteredOn(m -> m.drug().equals("acetaminophen")).extracting(Medication::dose)
                .doesNotContain("2 mg");
    }

    @Test
    void someoneGreetedByNameIsAPersonNotADrug() {
        var d = Visits.dialogue("[doctor] Hi there, you must be Ottoline. And hi, Mom.", "[parent] Hi.");
        var c = new Context(d, List.of(), new double[d.utterances().size()], null, Vocabulary.get());
        assertThat(c.personName("Ottoline")).isTrue();
        assertThat(c.personName("sertraline")).isFalse();
    }
}
