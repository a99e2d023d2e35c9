package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.visit.PlanItem;
import org.scribeonfhir.drafting.visit.Problem;
import org.scribeonfhir.drafting.visit.VisitModel;

/** The assessment and plan, problem by problem. */
class ReasonAndPlanTest {

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
    void whatYouveGotIsNamesTheProblemAndItsOrdersFollowIt() {
        var note = Visits.draft(
                "[doctor] On examination your pulse is regular and your chest is clear.",
                "[doctor] So what you've got is atrial fibrillation that comes and goes.",
                "[patient] Right.",
                "[doctor] So I'd like to start you on apixaban, five milligrams twice a day. It doesn't make your blood "
                        + "thinner as such, but you will bleed more easily.");
        assertThat(Visits.lines(note, "ASSESSMENT AND PLAN")).startsWith("1. Atrial fibrillation.")
                .contains("• Medical Treatment: Start apixaban 5 mg twice daily.");
    }

    @Test
    void aTopicNamedBeforeItsSentenceLeavesTheSentenceWhole() {
        VisitModel v = Visits.read(
                "[doctor] on exam, there's tenderness over the distal radius and the x-ray shows a buckle fracture.",
                "[doctor] here's the plan. for a buckle fracture a splint is just as good and more comfortable, and he doesn't need to "
                        + "come back to the fracture clinic.");
        assertThat(v.plan()).extracting(PlanItem::text).anyMatch(t -> t != null && t.startsWith("A splint is"))
                .noneMatch(t -> t != null && t.startsWith("Is "));
    }

    @Test
    void problemNumberTwoAndTheFirstDiagnosisOpenTheirProblems() {
        VisitModel v = Visits.read(
                "[doctor] on exam, your lungs have some crackles.",
                "[doctor] so for the first diagnosis of the heart failure, let's increase the furosemide to 40 mg daily.",
                "[doctor] for problem number two so the gout, we'll start allopurinol 100 mg daily.");
        assertThat(v.problems()).extracting(Problem::name).containsExactly("Heart failure", "Gout");
        assertThat(v.plan()).filteredOn(i -> "Gout".equals(i.problem())).extracting(i -> i.medication().drug())
                .containsExactly("allopurinol");
    }

    @Test
    void aCancerATestLooksForAndTheClinicianDoesNotSuspectIsNoProblem() {
        VisitModel v = Visits.read("[doctor] on exam your prostate is slightly enlarged.",
                "[doctor] so for your second problem we'll get a psa which looks for prostate cancer issues which i "
                        + "do n't think you have");
        assertThat(v.problems()).extracting(Problem::name).noneMatch(n -> n.toLowerCase().contains("cancer"));
    }

    @Test
    void aTestReviewedIsNotOrderedAndAConditionalPrescriptionAfterAnOrderIsKept() {
        var note = Visits.draft("[doctor] on exam your throat is red with exudates .",
                "[doctor] i'm gon na go ahead and review your echocardiogram . your pumping function is normal .",
                "[doctor] so for your first problem of your sore throat , i'm going to swab you for a rapid strep test "
                        + "and if that's positive i'll prescribe amoxicillin five hundred milligrams three times a day "
                        + "for ten days .",
                "[doctor] and we will get you started on the singulair every day .");
        assertThat(Visits.lines(note, "ASSESSMENT AND PLAN")).noneMatch(l -> l.contains("Order an echocardiogram"))
                .contains("• Additional Testing: Order a rapid strep test.",
                        "• Contingency Plan: If positive, will prescribe amoxicillin 500 mg 3 times a day for 10 days.",
                        "• Medical Treatment: Start Singulair (montelukast) daily.");
    }

    @Test
    void radiationPneumonitisIsNotWrittenAsPneumonia() {
        VisitModel v = Visits.read("[doctor] on exam, you have some crackles in both lungs.",
                "[doctor] for the cough, that is a mild radiation pneumonitis, so we'll start prednisone 40 mg daily.");
        assertThat(v.problems()).extracting(Problem::name).containsExactly("Mild radiation pneumonitis");
    }

    @Test
    void continuingChemotherapyAndRadiationAndRepeatImagingArePlanLines() {
        var note = Visits.draft("[doctor] on exam your lungs have crackles bilaterally.",
                "[doctor] so for the lung cancer, what we're going to do is we're going to continue with the current "
                        + "regimen of your chemotherapy.",
                "[doctor] and we're going to continue with your current dose of radiation at 45 gray.",
                "[doctor] and when that's complete, we will repeat some imaging.");
        assertThat(Visits.lines(note, "ASSESSMENT AND PLAN")).anyMatch(l -> l.contains("chemotherapy"))
                .anyMatch(l -> l.contains("radiation at 45 gray")).anyMatch(l -> l.contains("imaging"))
                .noneMatch(l -> l.toLowerCase(java.util.Locale.ROOT).contains("what"));
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
    void aPlanLineForAnotherTherapyIsWrittenInClinicalCase() {
        var note = Visits.draft("[doctor] so, my thinking: this is major depressive disorder.",
                "[doctor] i'm also referring you to a therapist. they can do cbt for insomnia too.");
        assertThat(Visits.lines(note)).anyMatch(l -> l.endsWith("Referral to CBT for insomnia."));
    }

    @Test
    void aDiagnosisKeepsTheSideSaidInsideItsOwnWords() {
        VisitModel v = Visits.read("[doctor] what happened?", "[patient] my right knee hurts since i twisted it.",
                "[doctor] let's examine. there's tenderness over the medial joint line of the right knee.",
                "[doctor] so, my impression is a tear of the medial meniscus of the right knee.",
                "[doctor] let's get an mri of the right knee and start physical therapy.");
        assertThat(v.problems()).extracting(Problem::name).contains("Medial meniscus tear, right knee");
    }

    @Test
    void aDiagnosisSaidAfterTheExamIsTheAssessmentNotAFinding() {
        VisitModel v = Visits.read("[doctor] deep breaths. i hear wheezing when he breathes out, all over both sides.",
                "[doctor] so this is an asthma flare, a moderate exacerbation, triggered by a cold.",
                "[doctor] i'm going to give him prednisolone 40 mg once a day for five days.");
        assertThat(v.exam()).noneMatch(f -> f.text().toLowerCase().contains("asthma"));
        assertThat(v.problems()).extracting(Problem::name).containsExactly("Asthma exacerbation");
    }

    @Test
    void aStableChronicConditionNamedAfterTheExamIsTheProblem() {
        VisitModel v = Visits.read("[doctor] so it's been three months. how's your mood been?",
                "[patient] pretty even. i've lost nine pounds, which i'm happy about.",
                "[doctor] on exam, you're calm, good eye contact. gait is normal.",
                "[doctor] so, bipolar one disorder, stable. we keep everything the same.",
                "[doctor] continue lithium 450 mg twice a day.");
        assertThat(v.exam()).noneMatch(f -> f.text().toLowerCase().contains("bipolar"));
        assertThat(v.problems()).extracting(Problem::name).first().asString().startsWith("Bipolar");
        assertThat(v.symptoms()).extracting(s -> s.name() + " " + s.said() + " " + s.support().turns())
                .noneMatch(s -> s.contains("weight loss"));
    }

    @Test
    void whatWouldHaveBeenDoneIsNotAPlanButTheReturnPrecautionsAre() {
        VisitModel v = Visits.read("[doctor] on exam, wheezing at the end. oxygen is up to 97 percent.",
                "[doctor] here's the plan: prednisolone 40 mg once a day for five days.",
                "[doctor] if his oxygen had stayed under 92 after the treatment, we'd have been sending him to the "
                        + "hospital. he's okay to go home now. but if he's working hard to breathe, go to the emergency room.");
        assertThat(v.plan()).extracting(PlanItem::text).noneMatch(t -> t != null && t.contains("would"))
                .anyMatch(t -> t != null && t.contains("emergency room"));
    }

    @Test
    void whatTreatmentPreventsAndADrugForTheNextVisitAreNotThisVisitsPlan() {
        VisitModel v = Visits.read("[doctor] on exam, the left big toe is red, hot and swollen.",
                "[doctor] so this is gout. keeping the uric acid down is what prevents kidney stones.",
                "[doctor] here's the plan: prednisolone 40 mg once a day for five days.",
                "[doctor] once this has settled, at your next visit we'll talk about allopurinol, a daily pill to bring "
                        + "the uric acid down long term. not now.");
        assertThat(v.problems()).extracting(Problem::name).containsExactly("Gout");
        assertThat(v.medications()).noneMatch(m -> m.drug().equals("allopurinol"));
    }

    @Test
    void anXrayOrderedAndReadAfterTheExamLeadsToThePlan() {
        VisitModel v = Visits.read("[parent] he's had a cough for five days and a fever for three.",
                "[doctor] on the right side at the bottom i can hear crackles. no wheeze.",
                "[parent] is it a chest infection?", "[doctor] i think so. i'd like a chest x-ray to be sure.",
                "[doctor] right, i've got the x-ray back. it shows a pneumonia in the right lower lobe.",
                "[parent] does he have to go into hospital?", "[doctor] not today. we can treat this at home.",
                "[doctor] it's amoxicillin, at the high dose. the dose is ninety milligrams per kilogram per day, divided "
                        + "twice a day. at thirteen point four kilos that's six hundred milligrams twice a day, for seven days.");
        assertThat(v.problems()).extracting(Problem::name).anyMatch(n -> n.toLowerCase().contains("pneumonia"));
        assertThat(v.medications()).filteredOn(m -> m.drug().equals("amoxicillin")).singleElement()
                .satisfies(m -> assertThat(m.dose() + " " + m.frequency()).isEqualTo("600 mg twice daily"));
    }

    @Test
    void whoCanCatchItIsNotAProblemOfThePatient() {
        VisitModel v = Visits.read("[doctor] on exam, there are clusters of blisters on the left side.",
                "[doctor] so, this is shingles. herpes zoster, on the left side of your chest. it's the chickenpox "
                        + "virus waking back up along one nerve.", "[patient] can i still see my granddaughter?", "[doctor] you can. "
                        + "shingles only spreads from the fluid in the blisters, and only to someone who's never had "
                        + "chickenpox or the vaccine.");
        assertThat(v.problems()).extracting(Problem::name).noneMatch(n -> n.toLowerCase().contains("varicella"));
    }

    @Test
    void anEcgRhythmIsAResultNotAProblem() {
        VisitModel v = Visits.read("[doctor] heart is regular, slightly fast, with no murmurs. we also did an ecg here "
                + "today. it shows sinus tachycardia at 102, which means a normal rhythm that's just a bit fast.",
                "[doctor] i think the palpitations are most likely from anxiety.");
        assertThat(v.problems()).extracting(Problem::name).noneMatch(n -> n.toLowerCase().contains("tachycardia"));
    }

    @Test
    void aRecheckSaidAsBeingRecheckedOrSeenAgainIsTheFollowUp() {
        VisitModel rechecked = Visits.read("[doctor] on exam, crackles at the right base.", "[doctor] this is a pneumonia.",
                "[doctor] i'd like you rechecked in two days, here or with your own doctor.");
        assertThat(rechecked.plan()).extracting(PlanItem::text).contains("Follow-up in 2 days.");
        VisitModel again = Visits.read("[doctor] on exam, his ear drum is red and bulging.", "[doctor] this is an ear "
                + "infection.", "[doctor] i want to see him again in 10 days to check the ear.");
        assertThat(again.plan()).extracting(PlanItem::text).contains("Follow-up in 10 days.");
    }

    @Test
    void aDiseaseRuledOutOrOnlyTestedForIsNotAProblem() {
        VisitModel v = Visits.read("[parent] his dad has crohn's disease, that's honestly why i'm worried.",
                "[doctor] on exam, his tummy is soft, with a firm lump low down on the left.",
                "[doctor] oriel has constipation, the long-standing kind. we call it functional constipation.",
                "[doctor] and nothing you've told me makes me think of crohn's: no blood, no weight loss. but i'll do a "
                        + "blood test for coeliac disease and his thyroid, just to be thorough.");
        assertThat(v.problems()).extracting(Problem::name).containsExactly("Chronic constipation");
    }

    @Test
    void aDiagnosisTakesTheSideTheClinicianJustExamined() {
        VisitModel v = Visits.read("[patient] and my ear's been itchy since the swimming gala.",
                "[doctor] let me look. right ear: the canal is red and swollen, with some debris in it. the eardrum "
                        + "looks fine. that's otitis externa, swimmer's ear.");
        assertThat(v.problems()).extracting(Problem::name).containsExactly("Otitis externa, right ear");
        assertThat(Visits.read("[doctor] on exam, the cut is clean, and the tendons work.", "[doctor] so this is a "
                + "simple laceration of the left middle finger, with no tendon injury. i'll close it with four stitches.")
                .problems()).extracting(Problem::name).containsExactly("Laceration, left middle finger");
    }

    @Test
    void theClinicianDoesNotWantAndStrokeProtectionIsNoProblem() {
        VisitModel v = Visits.read("[doctor] on exam, your heart is slow but regular.",
                "[doctor] now, the atrial fibrillation: keep taking the apixaban, 5 milligrams twice a day. that's your "
                        + "stroke protection.",
                "[doctor] with dizzy spells, i don't want you driving until we've sorted this out.");
        assertThat(v.problems()).extracting(Problem::name).doesNotContain("Stroke");
        assertThat(Visits.read("[doctor] on exam, your heart is slow.", "[doctor] this is bradycardia. i'm going to "
                + "put a holter monitor on you for 48 hours.").plan()).extracting(PlanItem::text)
                .noneMatch(t -> t != null && t.contains("on you"));
        assertThat(v.plan()).extracting(PlanItem::text).anyMatch(t -> t != null
                && t.contains("the clinician does not want"));
    }

    @Test
    void whatYouHaveIsTheAssessmentAndADrugsSafetyInPregnancyIsNoProblem() {
        VisitModel v = Visits.read("[doctor] on exam, your speech is normal, you look anxious.",
                "[doctor] okay. so, putting it together. what you have is generalised anxiety disorder, and at the "
                        + "moment it's severe. let's start escitalopram 10 milligrams daily.",
                "[doctor] it's one of the better-studied options in pregnancy, so it's not a reason to hold off.");
        assertThat(v.problems()).extracting(Problem::name).containsExactly("Generalized anxiety disorder");
        assertThat(v.exam()).noneMatch(f -> f.text().toLowerCase().contains("anxiety disorder"));
    }

    @Test
    void theNurseSpeakingToTheDoctorIsNoPlanLine() {
        VisitModel v = Visits.read("[doctor] on exam, his tummy is soft, with a firm lump low on the left.",
                "[doctor] so this is functional constipation. we'll treat the constipation first. the nurse will dip "
                        + "his urine now, to check for infection and sugar.", "[parent] okay.",
                "[nurse] here's his urine dip, doctor.", "[doctor] thank you. no signs of infection, and no sugar.");
        assertThat(v.plan()).extracting(PlanItem::text).noneMatch(t -> t != null && t.contains("doctor"));
    }

    @Test
    void aRestrictedActivityIsCounselling() {
        VisitModel v = Visits.read("[doctor] on exam, tender in the snuffbox. this is a scaphoid fracture.",
                "[doctor] no football, no goalkeeping, no contact sport at all while you're in the cast.",
                "[doctor] aldous, until we've got the dose settled, please don't drive if you feel at all drowsy.");
        assertThat(v.plan()).extracting(PlanItem::text).contains(
                "Advised no football, no goalkeeping, no contact sport at all while the patient is in the cast.",
                "Advised not to drive if the patient feels at all drowsy.");
    }
}
