package org.scribeonfhir.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.NoteHeaders;
import org.scribeonfhir.ehr.ChartFact;
import org.scribeonfhir.ehr.EncounterContext;

/** A value the note states against the chart's own record of it, in one unit. */
class ChartValueCheckTest {

    static final ChartFact A1C = new ChartFact("Observation/lab-1", "lab", "Hemoglobin A1c", "8.1 %", "2026-11-02", "H");
    static final ChartFact OLDER_A1C = new ChartFact("Observation/lab-0", "lab", "Hemoglobin A1c", "7.2 %", "2026-06-01",
            null);
    static final ChartFact GLUCOSE = new ChartFact("Observation/lab-2", "lab", "Glucose", "126 mg/dL", "2026-11-02", null);
    static final ChartFact WEIGHT = new ChartFact("Observation/vit-1", "vital", "Body weight", "82 kg", "2026-11-30", null);
    static final ChartFact TEMPERATURE = new ChartFact("Observation/vit-2", "vital", "Body temperature", "37 °C",
            "2026-11-30", null);
    static final ChartFact POTASSIUM = new ChartFact("Observation/lab-4", "lab", "Potassium", "4.1 mmol/L", "2026-11-02",
            null);
    static final ChartFact TSH = new ChartFact("Observation/lab-3", "lab", "TSH", "2.1 mIU/L", "2026-11-02", null);

    private static List<Finding> check(String header, String line, String transcript) {
        EncounterContext chart = new EncounterContext(null, null, List.of(), List.of(WEIGHT, TEMPERATURE),
                List.of(OLDER_A1C, A1C, GLUCOSE, TSH, POTASSIUM), List.of(), List.of(), List.of(), transcript, "test", List.of());
        return SafetyChecks.of(Map.of(header, line), chart).stream().filter(f -> !f.kind().equals("unsupported")
                && !f.kind().equals("missing"))
                .toList();
    }

    @Test
    void aLabValueTheChartContradictsIsCritical() {
        assertThat(check(NoteHeaders.RESULTS, "Hemoglobin A1c: 6.1 %.", null)).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo("chart-value");
            assertThat(f.severity()).isEqualTo(Finding.Severity.CRITICAL);
            assertThat(f.message()).isEqualTo("Hemoglobin A1c is 6.1% here, but the chart's latest result is 8.1 % "
                    + "(2026-11-02).");
            assertThat(f.evidence()).containsExactly("Observation/lab-1 (Hemoglobin A1c: 8.1 %, 2026-11-02)");
        });
    }

    @Test
    void aValueTheChartHoldsInAnyOfItsUnitsOrDatesIsFine() {
        assertThat(check(NoteHeaders.RESULTS, "Hemoglobin A1c: 8.1 %.", null)).isEmpty();
        assertThat(check(NoteHeaders.RESULTS, "A1c 8.1.", null)).as("no unit: the test's own").isEmpty();
        assertThat(check(NoteHeaders.RESULTS, "A1c was 7.2 % in June.", null)).as("an older result").isEmpty();
        assertThat(check(NoteHeaders.RESULTS, "Fasting glucose 7.0 mmol/L.", null)).as("mmol/L").isEmpty();
        assertThat(check(NoteHeaders.PHYSICAL_EXAM, "Weight 181 lb. Temperature 98.6 °F.", null)).isEmpty();
    }

    @Test
    void anOrderWithItsIntervalAndAValueWithoutItsUnitAreNotValuesToCompare() {
        assertThat(check(NoteHeaders.ASSESSMENT_AND_PLAN, "Repeat hemoglobin A1c in 3 months.", null)).isEmpty();
        assertThat(check(NoteHeaders.RESULTS, "The potassium is 4.1.", null)).as("the chart's unit").isEmpty();
        assertThat(check(NoteHeaders.RESULTS, "Potassium 4.1 mEq/L.", null)).as("mEq/L is mmol/L here").isEmpty();
    }

    @Test
    void aConvertedValueThatDisagreesIsStillFound() {
        assertThat(check(NoteHeaders.RESULTS, "Fasting glucose 9 mmol/L.", null)).singleElement()
                .extracting(Finding::severity).isEqualTo(Finding.Severity.CRITICAL);
        assertThat(check(NoteHeaders.PHYSICAL_EXAM, "Weight 220 lb.", null)).singleElement()
                .extracting(Finding::severity).as("a vital: maybe taken today").isEqualTo(Finding.Severity.WARNING);
    }

    @Test
    void aLabValueSaidInTheConversationIsAWarningAndAVitalSaidIsNothing() {
        assertThat(check(NoteHeaders.RESULTS, "Hemoglobin A1c: 6.1 %.", "[doctor] your a1c came back at 6.1 percent"))
                .singleElement().extracting(Finding::severity).isEqualTo(Finding.Severity.WARNING);
        assertThat(check(NoteHeaders.PHYSICAL_EXAM, "Weight 220 lb.", "[doctor] you weigh 220 pounds today")).isEmpty();
    }

    @Test
    void unitsThatCannotBeComparedAreSaidNotGuessed() {
        assertThat(check(NoteHeaders.RESULTS, "TSH 2.1 %.", null)).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo("unit");
            assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
            assertThat(f.message()).contains("cannot be compared");
        });
    }
}
