package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scribeonfhir.drafting.extract.MedicationReaderTest.med;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.visit.Allergy;
import org.scribeonfhir.drafting.visit.Medication;
import org.scribeonfhir.drafting.visit.VisitModel;

/** What the plan does with each drug when the words are loose (from ACI-Bench train drafts, reworded). */
class MedicationActionsTest {

    @Test
    void aDrugInThePlanAfterLetsTalkAboutMyAssessmentIsStillContinued() {
        VisitModel v = Visits.read("[doctor] so let's go ahead and talk about my assessment and plan for you for your "
                + "first diagnosis of coronary artery disease we are going to have you continue your aspirin 81 "
                + "milligrams daily and brilinta 90 milligrams twice daily");
        assertThat(med(v, "aspirin").action()).isEqualTo("continue");
        assertThat(med(v, "ticagrelor").action()).isEqualTo("continue");
    }

    @Test
    void useYourInhalerIsTheOneThePatientHasAndAnIncreaseStandsWhenTheDrugIsNamedAgain() {
        VisitModel v = Visits.read("[doctor] are you taking the lasix?", "[patient] most days, twenty milligrams.",
                "[doctor] on exam you have crackles in both bases.",
                "[doctor] what i'd like to do is increase your dose of lasix from twenty milligrams to sixty "
                        + "milligrams for the next four days and i'm going to go ahead and have you use your albuterol",
                "[doctor] so let's try to use the lasix and the breathing treatments");
        Medication lasix = med(v, "furosemide");
        assertThat(lasix.action()).isEqualTo("increase");
        assertThat(lasix.dose()).isEqualTo("60 mg");
        assertThat(med(v, "albuterol").action()).isEqualTo("continue");
    }

    @Test
    void aNoToSeasonalAllergiesSaysNothingOfDrugsAndADrugTriedForAllergiesIsNoAllergen() {
        VisitModel v = Visits.read("[doctor] do you or anyone have a history of seasonal allergies?",
                "[patient] no, i have never had any problems with allergies.",
                "[doctor] on exam your lungs are clear.",
                "[doctor] it looks like you might be having a little bit of allergies so maybe we can try some "
                        + "singulair.");
        assertThat(v.allergies()).noneMatch(Allergy::none).noneMatch(a -> "montelukast".equals(a.substance()));
    }

    @Test
    void aQuitDateSaidBeforeThePatchIsStartedDoesNotStopItAndNicotineDependenceIsNoDrug() {
        VisitModel v = Visits.read("[doctor] now for my impression and plan let's talk a little bit about my "
                + "assessment and plan for you so for your first problem of nicotine dependence first of all i just "
                + "want to applaud you on making this first step to stop smoking i think it's fantastic you've "
                + "chosen next monday as a quit date and on that day i'm gon na start you with a twenty one "
                + "milligram nicotine patch and the goal will be to decrease that over time");
        Medication m = med(v, "nicotine");
        assertThat(m.action()).isEqualTo("start");
        assertThat(m.dose()).isEqualTo("21 mg");
        assertThat(v.medications()).filteredOn(x -> x.drug().equals("nicotine")).hasSize(1);
    }

    @Test
    void anUnmarkedAreYouStillTakingIsWhatThePatientTakesNotAnOrder() {
        VisitModel v = Visits.read("[doctor] so for your third problem of your diabetes let's go ahead and order a "
                + "hemoglobin a1c",
                "[doctor] okay alright and are you still taking the metformin we have you on a thousand milligrams "
                        + "twice a day",
                "[patient] uh uh yes i do take it i take it with my breakfast and with my dinner");
        Medication m = med(v, "metformin");
        assertThat(m.action()).isNotIn("start", "restart");
        assertThat(m.current()).isTrue();
    }

    @Test
    void anOrderSaidWhileTheHistoryIsStillBeingTakenIsTheOrderWithItsDose() {
        List<String> lines = Visits.lines(Visits.draft(
                "[doctor] So it's been six weeks since we increased the sertraline to one hundred milligrams. How have "
                        + "things been?",
                "[patient] Better, but still flat most days.",
                "[doctor] Okay. So I think we should go up on the sertraline. Let's go to two hundred, sorry, one hundred "
                        + "fifty milligrams, one fifty. So one hundred fifty milligrams once a day, in the morning.",
                "[patient] One fifty in the morning."));
        assertThat(lines).contains("• Medical Treatment: Increase sertraline to 150 mg every morning.");
    }
}
