package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.ehr.ChartFact;
import org.scribeonfhir.ehr.EncounterContext;
import org.scribeonfhir.ehr.EncounterFacts;
import org.scribeonfhir.ehr.PatientFacts;

/** The reason for a return visit, a visit the patient names, and a complaint named by its site. */
class ReturnVisitReasonTest {

    @Test
    void theReviewThePatientNamesIsTheReasonWithTheComplaintAddedToIt() {
        var v = Visits.read("[doctor] So what are we doing today?",
                "[patient] Just here for my blood pressure review. And I wanted to ask you about my feet.",
                "[doctor] Sure. What's happening with the feet?",
                "[patient] My toes tingle at night, both feet.");
        assertThat(v.reason().phrase()).startsWith("Follow-up of hypertension;").contains("tingl");
    }

    @Test
    void itsMyLeftAnkleIsThatSitesPain() {
        var v = Visits.read("[doctor] What brings you in today?", "[patient] It's my left ankle, I went over on it.");
        assertThat(v.reason().phrase()).isEqualTo("Left ankle pain");
    }

    @Test
    void onAReturnVisitAQuestionAboutOneComplaintDoesNotReplaceTheFollowUp() {
        var v = Visits.read("[doctor] Hi, come in. So it's been eight weeks since I saw you. How have things been?",
                "[patient] A bit better. I'm still not sleeping well.", "[doctor] Tell me about the sleep.",
                "[patient] I still have insomnia. I wake at four and some nights I'm up for two hours.",
                "[doctor] Okay. My assessment is major depressive disorder, improving. The plan is to go up on the "
                        + "sertraline to 100 milligrams once a day.");
        assertThat(v.reason().phrase()).isEqualTo("Follow-up of major depressive disorder");
    }

    @Test
    void aReturnVisitNamedByItsDrugIsTheReviewOfTheChartConditionItTreats() {
        var chart = new EncounterContext(new PatientFacts("p1", "Noor Example", "1995-01-01", "female", null),
                new EncounterFacts("e1", "in-progress", null, null, "2026-11-30", List.of()),
                List.of(new ChartFact("Condition/c1", "condition", "Major depressive disorder, recurrent, moderate",
                        null, null, null)), List.of(), List.of(), List.of(), List.of(), List.of(), null, null, List.of());
        var v = Visits.read(chart, "[doctor] So it's been six weeks since we increased the sertraline to one hundred "
                + "milligrams. How have things been?", "[patient] Better than before, but I'm still tired and flat "
                + "most days.", "[doctor] Okay, let's go up on the sertraline to one fifty once a day.");
        assertThat(v.reason().phrase()).isEqualTo("Follow-up of major depressive disorder");
    }
}
