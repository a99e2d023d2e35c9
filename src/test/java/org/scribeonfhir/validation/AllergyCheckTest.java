package org.scribeonfhir.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.NoteHeaders;
import org.scribeonfhir.ehr.ChartFact;
import org.scribeonfhir.ehr.EncounterContext;

class AllergyCheckTest {

    private static final ChartFact PENICILLIN = new ChartFact("AllergyIntolerance/alg-1", "allergy", "Penicillin",
            "Hives", null, "high");

    private static EncounterContext chartWith(ChartFact... allergies) {
        return new EncounterContext(null, null, List.of(), List.of(), List.of(), List.of(), List.of(allergies),
                List.of(), null, null, List.of());
    }

    private static List<Finding> check(String plan, EncounterContext chart) {
        return SafetyChecks.of(Map.of(NoteHeaders.ASSESSMENT_AND_PLAN, plan), chart).stream()
                .filter(f -> !f.kind().equals("missing")).toList();
    }

    @Test
    void amoxicillinStartedForAPatientAllergicToPenicillinIsCritical() {
        List<Finding> f = check("1. Streptococcal pharyngitis.\n• Medical Treatment: Start amoxicillin 500 mg three "
                + "times daily for 10 days.", chartWith(PENICILLIN));
        assertThat(f).hasSize(1);
        assertThat(f.get(0).severity()).isEqualTo(Finding.Severity.CRITICAL);
        assertThat(f.get(0).line()).isEqualTo("• Medical Treatment: Start amoxicillin 500 mg three times daily for 10 days.");
        assertThat(f.get(0).message()).isEqualTo("Amoxicillin is given here, but the patient is allergic to Penicillin: "
                + "amoxicillin is a penicillin.");
        assertThat(f.get(0).evidence()).contains("AllergyIntolerance/alg-1 (Penicillin: Hives)");
    }

    @Test
    void aClassRecordedAsTheAllergyCatchesEveryDrugOfTheClass() {
        ChartFact sulfa = new ChartFact("AllergyIntolerance/alg-2", "allergy", "Sulfa drugs", "Rash", null, null);
        ChartFact nsaids = new ChartFact("AllergyIntolerance/alg-3", "allergy", "NSAIDs", "Angioedema", null, null);
        List<Finding> f = check("• Medical Treatment: Start Bactrim DS twice daily for 3 days.\n• Medical Treatment: "
                + "Ibuprofen 400 mg every 6 hours as needed.", chartWith(sulfa, nsaids));
        assertThat(f).extracting(Finding::message).containsExactly(
                "Bactrim DS is given here, but the patient is allergic to Sulfa drugs: bactrim ds is a sulfonamide antibiotic.",
                "Ibuprofen is given here, but the patient is allergic to NSAIDs: ibuprofen is an NSAID.");
    }

    @Test
    void theSandboxsWayOfRecordingASulfaAllergyIsAClass() {
        ChartFact sulfa = new ChartFact("AllergyIntolerance/sbx-alg-03", "allergy", "Sulfonamide antibiotics", "Rash",
                null, null);
        assertThat(check("• Medical Treatment: Start sulfamethoxazole-trimethoprim twice daily.", chartWith(sulfa)))
                .singleElement().extracting(Finding::severity).isEqualTo(Finding.Severity.CRITICAL);
    }

    @Test
    void aCephalosporinForAPenicillinAllergyIsAWarning() {
        List<Finding> f = check("• Medical Treatment: Start cephalexin 500 mg four times daily.", chartWith(PENICILLIN));
        assertThat(f).singleElement().extracting(Finding::severity).isEqualTo(Finding.Severity.WARNING);
    }

    @Test
    void aDrugStoppedAvoidedOrSwitchedAwayFromIsNotGiven() {
        assertThat(check("• Medical Treatment: Stop amoxicillin.\n• Patient Education and Counseling: Avoid penicillins."
                + "\n• Medical Treatment: Switch from amoxicillin to azithromycin 500 mg daily.", chartWith(PENICILLIN)))
                .isEmpty();
    }

    @Test
    void anAllergyBothTheNoteAndTheChartStateIsOneFindingCitingTheChart() {
        ChartFact codeine = new ChartFact("AllergyIntolerance/alg-4", "allergy", "Codeine", "Nausea", null, null);
        List<Finding> f = SafetyChecks.of(Map.of(NoteHeaders.HPI, "Allergies: codeine (nausea).",
                NoteHeaders.ASSESSMENT_AND_PLAN, "Start codeine 30 mg every 6 hours as needed."), chartWith(codeine));
        assertThat(f.stream().filter(x -> x.kind().equals("allergy"))).singleElement().extracting(Finding::evidence).asList()
                .contains("AllergyIntolerance/alg-4 (Codeine: Nausea)");
    }

    @Test
    void anUnrelatedDrugOrNoAllergyFindsNothing() {
        assertThat(check("• Medical Treatment: Start azithromycin 500 mg daily.", chartWith(PENICILLIN))).isEmpty();
        assertThat(check("• Medical Treatment: Start amoxicillin 500 mg three times daily.", chartWith())).isEmpty();
        assertThat(check("• Medical Treatment: Start amoxicillin 500 mg three times daily.", null)).isEmpty();
    }

    @Test
    void theNotesOwnAllergiesLineCountsWithoutAChart() {
        List<Finding> f = SafetyChecks.of(Map.of(NoteHeaders.HPI, "Current medications: lisinopril 10 mg daily.\n"
                + "Allergies: codeine (vomiting); sulfa.", NoteHeaders.ASSESSMENT_AND_PLAN,
                "• Medical Treatment: Start oxycodone 5 mg every 6 hours as needed."), (EncounterContext) null);
        assertThat(f.stream().filter(x -> !x.kind().equals("missing"))).singleElement().satisfies(x -> {
            assertThat(x.message()).isEqualTo("Oxycodone is given here, but the patient is allergic to codeine: "
                    + "oxycodone is an opioid.");
            assertThat(x.evidence()).contains("the note's Allergies line");
        });
    }

    @Test
    void aDrugTheNoteSaysWasNotPrescribedIsNotGiven() {
        assertThat(check("• Medical Treatment: Amoxicillin not prescribed.", chartWith(PENICILLIN))).isEmpty();
    }
}
