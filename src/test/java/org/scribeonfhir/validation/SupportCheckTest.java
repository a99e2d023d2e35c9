package org.scribeonfhir.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.NoteHeaders;
import org.scribeonfhir.ehr.EncounterContext;

/** Each line against the whole visit: what the conversation denies, whose it is, what nobody said, what it cites. */
class SupportCheckTest {

    static final String VISIT = """
            [doctor] have you had any fever
            [patient] no fever at all
            [doctor] any chest pain
            [patient] yes some chest pain when i climb the stairs
            [doctor] does anyone in your family have heart problems
            [patient] my father had a heart attack when he was sixty
            [doctor] and you are taking lisinopril twenty milligrams a day
            [patient] yes every morning
            [doctor] your chest x-ray from today showed no pneumonia
            """;

    private static List<Finding> check(String header, String line) {
        EncounterContext chart = new EncounterContext(null, null, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), VISIT, "test", List.of());
        return SafetyChecks.of(Map.of(header, line), chart).stream().filter(f -> !f.kind().equals("missing"))
                .toList();
    }

    @Test
    void aSymptomThePatientDeniedWrittenAsPresentIsCritical() {
        assertThat(check(NoteHeaders.ROS, "Constitutional: reports fever.")).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo("negation");
            assertThat(f.severity()).isEqualTo(Finding.Severity.CRITICAL);
            assertThat(f.message()).isEqualTo("Fever is written as present, but in the conversation the patient "
                    + "denied it.");
        });
        assertThat(check(NoteHeaders.ROS, "Constitutional: denies fever. Cardiovascular: reports chest pain."))
                .isEmpty();
    }

    @Test
    void aRelativesConditionWrittenAsThePatientsIsCriticalAndIsNotOnTheFamilyLine() {
        assertThat(check(NoteHeaders.HPI, "The patient has a history of myocardial infarction."))
                .singleElement().satisfies(f -> {
                    assertThat(f.kind()).isEqualTo("attribution");
                    assertThat(f.severity()).isEqualTo(Finding.Severity.CRITICAL);
                    assertThat(f.message()).contains("the patient's father");
                });
        assertThat(check(NoteHeaders.HPI, "Family history: father with myocardial infarction.")).isEmpty();
    }

    @Test
    void whatNobodySaidIsOneWarningPerLineAndWhatWasSaidIsNothing() {
        assertThat(check(NoteHeaders.ASSESSMENT_AND_PLAN, "Start metoprolol 25 mg daily.")).singleElement()
                .satisfies(f -> {
                    assertThat(f.kind()).isEqualTo("unsupported");
                    assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
                    assertThat(f.message()).isEqualTo("Not in the conversation or the chart: metoprolol, 25 mg.");
                });
        assertThat(check(NoteHeaders.ASSESSMENT_AND_PLAN, "Continue lisinopril 20 mg daily.")).isEmpty();
    }

    @Test
    void anExamsNegativesNobodySaidAloudAreHowNotesAreWritten() {
        assertThat(check(NoteHeaders.PHYSICAL_EXAM, "Cardiovascular: No murmurs, rubs, or gallops.")).isEmpty();
    }

    @Test
    void aStudyCitedThatNeitherTheConversationNorTheChartHasIsCritical() {
        assertThat(check(NoteHeaders.RESULTS, "Echocardiogram in 2023 showed an ejection fraction of 35%."))
                .anySatisfy(f -> {
                    assertThat(f.kind()).isEqualTo("fabricated-reference");
                    assertThat(f.severity()).isEqualTo(Finding.Severity.CRITICAL);
                    assertThat(f.message()).isEqualTo("This cites an echocardiogram, but neither the conversation nor "
                            + "the chart has one.");
                });
        assertThat(check(NoteHeaders.ASSESSMENT_AND_PLAN, "Order an echocardiogram.")).noneMatch(f -> f.kind()
                .equals("fabricated-reference"));
        assertThat(check(NoteHeaders.RESULTS, "Chest x-ray showed no pneumonia.")).isEmpty();
    }

    @Test
    void aProblemThePlanNamedByItsTopicIsSupportedButNotOneNobodyRaised() {
        String visit = """
                [doctor] so here's my plan. for the blood pressure, you're above our goal, so i'm going to increase the \
                lisinopril from 10 milligrams to 20 milligrams once a day.
                [patient] got it.
                """;
        EncounterContext chart = new EncounterContext(null, null, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), visit, "test", List.of());
        assertThat(SafetyChecks.of(Map.of(NoteHeaders.ASSESSMENT_AND_PLAN, "1. Hypertension."), chart))
                .filteredOn(f -> f.kind().equals("unsupported")).isEmpty();
        assertThat(SafetyChecks.of(Map.of(NoteHeaders.ASSESSMENT_AND_PLAN, "1. Hyperlipidemia."), chart))
                .filteredOn(f -> f.kind().equals("unsupported")).isNotEmpty();
    }
}
