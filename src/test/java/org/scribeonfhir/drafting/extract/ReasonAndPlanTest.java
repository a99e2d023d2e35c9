package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.visit.PlanItem;
import org.scribeonfhir.drafting.visit.Problem;
import org.scribeonfhir.drafting.visit.VisitModel;
import org.scribeonfhir.ehr.EncounterContext;
import org.scribeonfhir.ehr.EncounterFacts;
import org.scribeonfhir.ehr.PatientFacts;

/** Why the patient came, and the plan problem by problem. */
class ReasonAndPlanTest {

    @Test
    void theClinicianSaysWhyThePatientCame() {
        VisitModel v = Visits.read("[doctor] ms. thompson is a 43 year old female here for right knee pain .");
        assertThat(v.reason().phrase()).isEqualTo("Right knee pain");
    }

    @Test
    void theBillingReasonLosesToWhatTheVisitSays() {
        EncounterContext chart = new EncounterContext(new PatientFacts("p1", "Ana Example", "1970-01-01", "female",
                null), new EncounterFacts("e1", "in-progress", null, "Hyperlipidemia", "2026-11-30", List.of()),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, null, List.of());
        VisitModel v = Visits.read(chart, "[doctor] what brings you in today?",
                "[patient] i twisted my right knee playing soccer and it hurts.");
        assertThat(v.reason().phrase()).isEqualToIgnoringCase("right knee pain");
    }

    @Test
    void aSpousesIllnessIsNotTheChiefComplaint() {
        VisitModel v = Visits.read("[doctor] how are things at home?",
                "[patient] my husband had pneumonia last month, he's better now.",
                "[doctor] and what brings you in?", "[patient] i've had a cough for a week.");
        assertThat(v.reason().phrase()).isEqualTo("Cough for 1 week");
    }

    @Test
    void thePlanIsNumberedByProblemAndOrdersBelongToTheirProblem() {
        VisitModel v = Visits.read(
                "[doctor] on exam, your lungs are clear.",
                "[doctor] so for your first problem, your hypertension, let's increase the lisinopril to 20 mg daily.",
                "[doctor] for your diabetes, continue metformin 500 mg twice a day, and we'll repeat an a1c in 3 months.",
                "[doctor] i'd like to see you back in 3 months.");
        assertThat(v.problems()).extracting(Problem::name).containsExactly("Hypertension", "Type 2 diabetes mellitus");
        assertThat(v.plan()).filteredOn(i -> "Hypertension".equals(i.problem())).extracting(i -> i.medication().drug())
                .containsExactly("lisinopril");
        assertThat(v.plan()).extracting(PlanItem::text).contains("Repeat hemoglobin A1c in 3 months.",
                "Follow-up in 3 months.");
    }

    @Test
    void agreementNeedsThePatientToAgreeToThePlan() {
        VisitModel okayOnly = Visits.read("[doctor] on exam your knee is tender.",
                "[doctor] let's get an x-ray of the knee.", "[patient] okay.");
        assertThat(okayOnly.plan()).noneMatch(i -> i.kind().equals("agreement"));
        VisitModel agrees = Visits.read("[doctor] on exam your knee is tender.",
                "[doctor] let's get an x-ray of the knee. does that sound like a plan?", "[patient] sounds good.");
        assertThat(agrees.plan()).anyMatch(i -> i.text() != null && i.text().equals("The patient agrees with the plan."));
    }

    @Test
    void aRelativesDiagnosisIsNotAProblem() {
        VisitModel v = Visits.read("[patient] my father died of lung cancer at 70.",
                "[doctor] you qualify for lung cancer screening, so i'm ordering a low-dose ct scan of the chest.");
        assertThat(v.problems()).extracting(Problem::name).doesNotContain("Lung cancer");
        assertThat(v.history()).anyMatch(h -> h.kind().equals("family") && "father".equals(h.relative()));
    }

    @Test
    void aChronicCareCheckNamesEachConditionClinically() {
        VisitModel v = Visits.read("[doctor] Okay, so, this is your three-month check on the diabetes, the blood "
                + "pressure and the cholesterol. How have things been?", "[patient] Honestly? Not great with the sugar.");
        assertThat(v.reason().phrase()).isEqualTo("Follow-up of diabetes, hypertension and hyperlipidemia");
    }

    @Test
    void anAgendaItemIsNamedAsTheVisitFoundIt() {
        VisitModel v = Visits.read("[doctor] So, today I want to talk about three things: blood pressure, the knee, "
                + "and the sugar test.", "[patient] Okay.", "[doctor] How's the knee?",
                "[patient] My left knee hurts when I climb stairs.");
        assertThat(v.reason().phrase()).isEqualTo("Hypertension, left knee pain and diabetes");
    }

    @Test
    void aReferralReasonInLayWordsIsNamedClinicallyAndAClinicalOneIsKept() {
        assertThat(Visits.read("[doctor] So, your primary doctor sent you because you passed out. Tell me what happened.")
                .reason().phrase()).isEqualTo("Syncope");
        assertThat(Visits.read("[doctor] your pcp sent you over for a nonhealing foot ulcer on your right foot can you "
                + "tell me about it").reason().phrase()).isEqualTo("Nonhealing foot ulcer on right foot");
    }

    @Test
    void aPlanLineForAnotherTherapyIsWrittenInClinicalCase() {
        var note = Visits.draft("[doctor] so, my thinking: this is major depressive disorder.",
                "[doctor] i'm also referring you to a therapist. they can do cbt for insomnia too.");
        assertThat(Visits.lines(note)).anyMatch(l -> l.endsWith("Referral to CBT for insomnia."));
    }

    @Test
    void anInjuryIsTheReasonWithoutASideBorrowedFromAnotherPart() {
        VisitModel v = Visits.read("[doctor] what happened to the knee?", "[patient] pickleball. three weeks ago. i "
                + "planted my right foot and twisted and felt a pop on the inside of my knee.");
        assertThat(v.reason().phrase()).isEqualTo("Knee injury");
    }

    @Test
    void aDiagnosisKeepsTheSideSaidInsideItsOwnWords() {
        VisitModel v = Visits.read("[doctor] what happened?", "[patient] my right knee hurts since i twisted it.",
                "[doctor] let's examine. there's tenderness over the medial joint line of the right knee.",
                "[doctor] so, my impression is a tear of the medial meniscus of the right knee.",
                "[doctor] let's get an mri of the right knee and start physical therapy.");
        assertThat(v.problems()).extracting(Problem::name).contains("Medial meniscus tear, right knee");
    }
}
