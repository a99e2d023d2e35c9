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
    void theComplaintIsTheSymptomNotTheColdItCameWith() {
        VisitModel v = Visits.read("[doctor] okay, what's going on? i hear it's your breathing.",
                "[parent] he's had a cold for about four days, and the last two nights he's been coughing a lot and "
                        + "wheezing.");
        assertThat(v.reason().phrase()).startsWith("Cough");
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
    void tellMeAboutHimIsAnsweredWithTheComplaint() {
        VisitModel v = Visits.read("[parent] sorry, he's a bit clingy today. he's just not himself at all.",
                "[doctor] that's all right. okay, so tell me about ludo.",
                "[parent] so he's had a cough for, um, five days now? it started like a normal cold, runny nose.");
        assertThat(v.reason().phrase()).startsWith("Cough");
    }

    @Test
    void anInjuryIsNamedByTheJointThatWasHurtAndTheSideAgreedOn() {
        VisitModel knee = Visits.read("[doctor] okay, so, your left knee...", "[patient] right knee. it's the right one.",
                "[doctor] sorry, right knee, yes. tell me what happened.", "[patient] three weeks ago i was playing "
                        + "pickleball, i planted my foot and twisted, and i felt a pop on the inside of the knee.");
        assertThat(knee.reason().phrase()).isEqualTo("Right knee injury");
        VisitModel ankle = Visits.read("[doctor] i see you made it in on the crutches.", "[patient] trying not to "
                + "face-plant in your waiting room.", "[doctor] so urgent care sent you over. tell me what happened.",
                "[patient] i was on a trail run and my right foot just rolled. the ankle went over sideways.");
        assertThat(ankle.reason().phrase()).isEqualTo("Ankle injury");
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
    void whatThePatientSaysTheyCameAboutIsTheReasonAfterTheChronicCheckIn() {
        VisitModel v = Visits.read("[doctor] so, how has the blood pressure been?", "[patient] oh, the blood pressure's "
                + "good, about 128 over 76.", "[patient] well... there are a few things, actually. my wife made me come "
                + "about the dizzy spells.", "[doctor] tell me about the dizzy spells.", "[patient] it's about three "
                + "weeks now. everything goes grey and my heart pounds on the right side of my chest.");
        assertThat(v.reason().phrase()).isEqualTo("Dizzy spells");
        assertThat(v.symptoms()).filteredOn(s -> s.name().equals("palpitations")).allMatch(s -> s.laterality() == null);
    }

    @Test
    void aKnifeInTheFingerIsAFingerLaceration() {
        VisitModel v = Visits.read("[doctor] i see you've got your hand wrapped up. what happened?",
                "[patient] pumpkin carving. mine was thirty-one pounds, a monster, and the knife slipped on the skin and "
                        + "went into my finger.");
        assertThat(v.reason().phrase()).isEqualTo("Finger laceration");
        VisitModel wrist = Visits.read("[doctor] so tell me what happened.", "[patient] six days ago. i dived for a "
                + "shot and landed on my hand, arm straight out. it was the left wrist... no, sorry, the right. the right.");
        assertThat(wrist.reason().phrase()).isEqualTo("Right wrist injury");
        assertThat(wrist.symptoms()).allMatch(x -> !"left".equals(x.laterality()));
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
