package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * A screening question of the history answered no is a pertinent negative the note keeps, in the note's words,
 * whichever part of the visit asks it; someone else's habit in the same answer says nothing of the patient's.
 */
class HistoryScreensTest {

    private static List<String> hpi(String... lines) {
        return Visits.lines(Visits.draft(lines), "HISTORY OF PRESENT ILLNESS");
    }

    @Test
    void drugsAnsweredNothingIsDeniedRecreationalDrugUse() {
        assertThat(hpi("[patient] I've had a headache for a week.", "[doctor] Any drugs, cannabis, anything like that?",
                "[patient] No, nothing.")).contains("Social history: denies recreational drug use.");
    }

    @Test
    void noDrugsSaidInsideADrinkingAnswerIsDeniedToo() {
        assertThat(hpi("[patient] I've had a headache for a week.", "[doctor] okay and alcohol or drugs?",
                "[patient] more wine than i should like half a bottle most nights no drugs"))
                .contains("Social history: denies recreational drug use.");
    }

    @Test
    void notAbroadSinceMarchIsNoRecentTravel() {
        assertThat(hpi("[patient] I've had diarrhoea since Sunday.", "[doctor] Have you been abroad recently?",
                "[patient] Not since Tenerife in March.")).contains("Social history: no recent travel.");
    }

    @Test
    void cancerNeverIsNoHistoryOfCancer() {
        assertThat(hpi("[patient] My back has been sore for a month.", "[doctor] Have you ever had cancer?",
                "[patient] No, never.")).contains("No history of cancer.");
    }

    @Test
    void aFamilyCancerQuestionIsNoScreenOfThePatient() {
        assertThat(hpi("[patient] My back has been sore for a month.",
                "[doctor] Has anyone in your family had cancer?", "[patient] No, never."))
                .noneMatch(l -> l.contains("No history of cancer"));
    }

    @Test
    void anAttemptDeniedInTheRiskAssessmentIsRecorded() {
        assertThat(hpi("[patient] I've been feeling low for two months.",
                "[doctor] Let me examine you. Have you ever tried to hurt yourself or end your life?",
                "[patient] No, never.", "[doctor] Any guns in the house?", "[patient] No."))
                .contains("No previous suicide attempts or self-harm.", "Social history: no firearms in the home.");
    }

    @Test
    void aFlatmatesVapingLeavesTheNeverSmoker() {
        assertThat(hpi("[patient] My asthma is worse this week.", "[doctor] Do you smoke or vape at all?",
                "[patient] No, never. My flatmate vapes but she does it out on the balcony."))
                .contains("Social history: never smoker.");
    }

    @Test
    void aFathersSmokingLeavesTheNeverSmoker() {
        assertThat(hpi("[patient] My shoulder has hurt for three months.", "[doctor] Do you smoke?",
                "[patient] Never, not once. My dad smoked sixty a day and that put me right off."))
                .contains("Social history: never smoker.");
    }
}
