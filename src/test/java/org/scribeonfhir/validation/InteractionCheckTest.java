package org.scribeonfhir.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.NoteHeaders;
import org.scribeonfhir.ehr.ChartFact;

class InteractionCheckTest {

    private static final ChartFact NITRO = new ChartFact("MedicationRequest/med-1", "medication",
            "Nitroglycerin 0.4 MG Sublingual Tablet", "as needed for chest pain", null, null);

    private static List<Finding> check(String plan, ChartFact... chartMeds) {
        return SafetyChecks.of(Map.of(NoteHeaders.ASSESSMENT_AND_PLAN, plan), List.of(), List.of(chartMeds));
    }

    @Test
    void sildenafilStartedForAPatientOnChartNitroglycerinIsCritical() {
        List<Finding> f = check("• Medical Treatment: Start sildenafil 50 mg as needed.", NITRO);
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo("interaction");
            assertThat(x.severity()).isEqualTo(Finding.Severity.CRITICAL);
            assertThat(x.line()).isEqualTo("• Medical Treatment: Start sildenafil 50 mg as needed.");
            assertThat(x.message()).isEqualTo("Sildenafil is given with nitroglycerin: together they can lower blood "
                    + "pressure dangerously.");
            assertThat(x.evidence()).containsExactly("MedicationRequest/med-1 (Nitroglycerin 0.4 MG Sublingual Tablet)",
                    "FDA label of sildenafil (Viagra), Contraindications: organic nitrates");
        });
    }

    @Test
    void twoDrugsTheNoteGivesArePairedOnceAndAWarningPairIsAWarning() {
        List<Finding> f = check("• Medical Treatment: Continue warfarin 5 mg daily.\n• Medical Treatment: Ibuprofen "
                + "400 mg every 6 hours as needed for the knee.");
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Finding.Severity.WARNING);
            assertThat(x.message()).isEqualTo("Warfarin is given with ibuprofen: bleeding risk rises.");
        });
    }

    @Test
    void aStoppedDrugOrAnUnrelatedPairFindsNothing() {
        assertThat(check("• Medical Treatment: Stop sildenafil.", NITRO)).isEmpty();
        assertThat(check("• Medical Treatment: Start amoxicillin 500 mg three times daily.", NITRO)).isEmpty();
        assertThat(check("• Medical Treatment: Start sildenafil 50 mg as needed.")).isEmpty();
    }

    @Test
    void everyRowOfTheTableNamesADrugOrClassTheVocabularyKnows() {
        assertThat(InteractionCheck.RULES).hasSize(9).allSatisfy(r -> assertThat(r.source()).startsWith("FDA label of"));
    }
}
