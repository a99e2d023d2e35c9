package org.scribeonfhir.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.NoteHeaders;

class DoseCheckTest {

    private static List<Finding> check(String plan) {
        return SafetyChecks.of(Map.of(NoteHeaders.ASSESSMENT_AND_PLAN, plan), List.of(), List.of());
    }

    private static String only(String plan) {
        List<Finding> f = check(plan);
        assertThat(f).as(plan).singleElement().extracting(Finding::severity).isEqualTo(Finding.Severity.CRITICAL);
        assertThat(f.get(0).kind()).isEqualTo("dose");
        assertThat(f.get(0).evidence()).singleElement().asString().startsWith("validation/doses.tsv: ");
        return f.get(0).message();
    }

    @Test
    void aTenfoldDoseIsAboveTheLargestSingleDose() {
        assertThat(only("2. Type 2 diabetes.\nStart metformin 5000 mg twice daily with meals."))
                .isEqualTo("Metformin 5000 mg is above the largest single adult dose, 2000 mg.");
    }

    @Test
    void aDaysTotalAboveTheMaximumIsCaughtFromTheFrequency() {
        assertThat(only("Continue ibuprofen 800 mg every 4 hours as needed for pain."))
                .isEqualTo("Ibuprofen 800 mg every 4 hours as needed is 4800 mg a day, above the adult maximum of "
                        + "3200 mg a day.");
        assertThat(only("Tylenol 1,000 mg 5 times a day.")).contains("5000 mg a day");
    }

    @Test
    void mgWrittenForMcgOrTheOtherWayRoundIsCaughtAndSaidSo() {
        assertThat(only("Increase levothyroxine to 100 mg daily."))
                .isEqualTo("Levothyroxine 100 mg is above the largest single adult dose, 300 mcg (was mcg meant?).");
        assertThat(only("Start metformin 500 mcg twice daily."))
                .isEqualTo("Metformin 500 mcg is far below any usual dose (the smallest is 500 mg) (was mg meant?).");
    }

    @Test
    void theHistorysMedicationLineIsCheckedToo() {
        List<Finding> f = SafetyChecks.of(Map.of(NoteHeaders.HPI, "Medications: Patient reports taking Norvasc 10 mcg "
                + "daily and Bumex 20 mg once daily."), List.of(), List.of());
        assertThat(f).extracting(Finding::message).containsExactly(
                "Norvasc 10 mcg is far below any usual dose (the smallest is 2.5 mg) (was mg meant?).",
                "Bumex 20 mg is above the largest single adult dose, 2 mg.");
    }

    @Test
    void aWeeklyDrugGivenDailyIsCritical() {
        assertThat(only("Continue methotrexate 15 mg daily for rheumatoid arthritis."))
                .isEqualTo("Methotrexate is given daily here, but it is taken once a week: a weekly drug taken more "
                        + "often is an overdose.");
        assertThat(only("Start alendronate 70 mg daily.")).contains("490 mg a week, above the adult maximum of 70 mg");
    }

    @Test
    void usualDosesAndTheirSchedulesFindNothing() {
        assertThat(check("""
                1. Essential hypertension.
                Continue lisinopril 10 mg daily and amlodipine 5 mg daily.
                2. Type 2 diabetes.
                Continue metformin 1,000 mg twice daily.
                Start semaglutide 0.5 mg subcutaneously once weekly.
                3. Hypothyroidism.
                Continue levothyroxine 88 mcg every morning.
                4. Rheumatoid arthritis.
                Continue methotrexate 15 mg weekly and alendronate 70 mg once a week.
                5. Pain.
                Acetaminophen 1 g every 6 hours as needed; ibuprofen 600 mg every 6 to 8 hours as needed.
                Start amoxicillin 875 mg twice daily for 10 days.
                Digoxin 125 mcg daily."""))
                .isEmpty();
    }

    @Test
    void drugsNotInTheTableStoppedDrugsAndUnjudgedRoutesFindNothing() {
        assertThat(check("Continue warfarin 50 mg daily.")).as("not in the table: no guess").isEmpty();
        assertThat(check("Stop metformin 5000 mg.")).as("not given").isEmpty();
        assertThat(check("Ketorolac 30 mg IV once.")).as("the injection row").isEmpty();
        assertThat(check("Ketorolac 30 mg by mouth once.")).as("the oral row").hasSize(1);
        assertThat(check("Semaglutide 7 mg daily.")).as("no route: the most permissive row (oral)").isEmpty();
        assertThat(check("Semaglutide 1 mg subcutaneously daily.")).as("the injection row is weekly").hasSize(1);
    }

    @Test
    void everyRowNamesAKnownDrugAndASource() {
        assertThat(DoseTable.LIMITS.size()).isGreaterThanOrEqualTo(80);
        DoseTable.LIMITS.values().stream().flatMap(List::stream)
                .forEach(l -> assertThat(l.source()).as(l.generic()).containsPattern("FDA|AHA"));
    }
}
