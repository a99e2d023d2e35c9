package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.ehr.ChartFact;
import org.scribeonfhir.ehr.EncounterContext;
import org.scribeonfhir.ehr.EncounterFacts;
import org.scribeonfhir.ehr.PatientFacts;

/** A drug the patient reacts to is an allergy, never a current medication, however the reaction is told. */
class AllergenNeverCurrentTest {

    private static EncounterContext chartAllergy(String substance, String reaction) {
        return new EncounterContext(new PatientFacts("p1", "Ada Example", "1970-01-01", "male", null),
                new EncounterFacts("e1", "in-progress", null, null, "2026-11-30", List.of()), List.of(), List.of(),
                List.of(), List.of(new ChartFact("MedicationRequest/m1", "medication", "Sertraline 50 mg oral tablet",
                        "1 tablet daily", null, null)),
                List.of(new ChartFact("AllergyIntolerance/a1", "allergy", substance, reaction, null, null)), List.of(),
                null, null, List.of());
    }

    @Test
    void anItchToldInRawSpeechAfterAnUnpunctuatedAllergyQuestionIsTheAllergy() {
        var v = Visits.read("[doctor] so what brings you in", "[patient] heartburn most nights for two months",
                "[doctor] what do you take for it", "[patient] tums and some ibuprofen for my back",
                "[doctor] okay the ibuprofen can definitely make this worse um any allergies to medicines",
                "[patient] codeine makes me itch like crazy all over", "[doctor] okay got it");
        assertThat(v.allergies()).anyMatch(a -> "codeine".equalsIgnoreCase(a.substance()));
        assertThat(v.medications()).noneMatch(m -> m.drug().equalsIgnoreCase("codeine") && m.current());
    }

    @Test
    void aDrugTheChartListsAsAnAllergenIsNoCurrentMedicationWhenTheVisitNamesIt() {
        var note = Visits.draft(chartAllergy("Codeine", "itching"),
                "[doctor] are you still taking the sertraline one hundred milligrams every morning",
                "[patient] yes every morning", "[doctor] anything else",
                "[patient] there's codeine in the cupboard from my knee op", "[doctor] okay");
        assertThat(Visits.lines(note)).anyMatch(l -> l.startsWith("Current medications:"))
                .noneMatch(l -> l.startsWith("Current medications:") && l.toLowerCase().contains("codeine"));
    }

    @Test
    void theChartsAllergenConfirmedInTheVisitIsNoCurrentMedication() {
        var note = Visits.draft(chartAllergy("Cephalexin", "hives"),
                "[doctor] are you still taking the sertraline one hundred milligrams every morning",
                "[patient] yes every morning",
                "[doctor] okay and allergies still just the cefalexin",
                "[patient] yeah cefalexin i got like big itchy welts all over", "[doctor] okay");
        assertThat(Visits.lines(note)).anyMatch(l -> l.startsWith("Current medications:"))
                .noneMatch(l -> l.startsWith("Current medications:") && l.toLowerCase().contains("cef"));
    }
}
