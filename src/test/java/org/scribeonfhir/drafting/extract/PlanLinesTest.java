package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.lexicon.Vocabulary;
import org.scribeonfhir.drafting.visit.ExamFinding;
import org.scribeonfhir.drafting.visit.Pronouns;
import org.scribeonfhir.drafting.visit.VisitModel;

/** What one sentence of the plan becomes in the note, and what it never becomes. */
class PlanLinesTest {

    private static List<String> lines(String sentence) {
        return PlanLines.of(sentence, false, Pronouns.FEMALE, Vocabulary.get()).stream().map(PlanLines.Line::text)
                .toList();
    }

    @Test
    void aTestThatWouldNotChangeWhatWeDoIsNotOrdered() {
        assertThat(lines("An MRI wouldn't change what we do at this stage."))
                .containsExactly("No MRI at this time, as it would not change management.");
    }

    @Test
    void aFollowUpToGoOverResultsIsAFollowUp() {
        assertThat(lines("let's see you back in 4 weeks to go over the monitor results."))
                .containsExactly("Follow-up in 4 weeks.");
    }

    @Test
    void aTopicSaidAsAHeadingIsNoLineButShortAdviceIs() {
        assertThat(lines("Fifth, cholesterol.")).isEmpty();
        assertThat(lines("Blood pressure.")).isEmpty();
        assertThat(lines("Now the blood pressure.")).isEmpty();
        assertThat(lines("A headache diary.")).hasSize(1);
    }

    @Test
    void anUrgentTwoWeekWaitReferralBloodsListedAfterAColonAndNoPleasantry() {
        assertThat(lines("So I'm going to refer you urgently, it's a two-week-wait referral, that's just to be safe."))
                .containsExactly("Urgent referral (two-week wait, suspected cancer pathway).");
        assertThat(lines("And I'd like bloods this week: a full blood count again, iron levels, kidney and liver "
                + "function, and a test for coeliac disease.")).singleElement().asString()
                .isEqualTo("Order CBC, iron studies, liver function, and celiac serology.");
        assertThat(lines("Enjoy the rest of the birthday cake.")).isEmpty();
        assertThat(lines("And mom take something for that headache and try to get some sleep tonight.")).isEmpty();
    }

    @Test
    void whatAConditionIsIsNoPlanLineButWhatItMeansForHerIs() {
        assertThat(lines("People call it a mini-stroke.")).isEmpty();
        assertThat(lines("It's when the blood supply to part of the brain is briefly interrupted, and it gets better "
                + "on its own.")).isEmpty();
        assertThat(lines("It's a virus that makes the voice box and windpipe swell.")).isEmpty();
        assertThat(lines("It means one of the heart arteries is probably narrowed.")).hasSize(1);
    }

    @Test
    void anExamManeuverSaidToThePatientIsNoPlanButHomeExercisesAre() {
        assertThat(lines("i want you to squeeze both hands")).isEmpty();
        assertThat(lines("i'm going to turn your wrist over here and turn your hand over")).isEmpty();
        assertThat(lines("go ahead and move your leg")).isEmpty();
        assertThat(lines("i want you to lift your leg ten times a day")).hasSize(1);
    }

    @Test
    void cuttingBackOnCaffeineIsKeptAsAdvice() {
        var note = Visits.draft("[doctor] your heart is regular and your lungs are clear.",
                "[doctor] so here's my plan. i think the palpitations are most likely from anxiety and a lot of "
                        + "caffeine.",
                "[patient] okay.", "[doctor] please cut back on caffeine. stop the energy drinks.");
        assertThat(Visits.lines(note)).anySatisfy(l -> assertThat(l).contains("Advised to cut back on caffeine."));
    }

    @Test
    void aHeartMonitorPatchIsAnAmbulatoryEcgNotAHolter() {
        assertThat(lines("to be thorough, i'm ordering a 14 day heart monitor patch."))
                .containsExactly("Order a 14 day ambulatory ECG monitor.");
    }

    @Test
    void aNoToOneSpotFollowedByOwAtAnotherIsNoDeniedTenderness() {
        VisitModel v = Visits.read("[doctor] i hear your back is bothering you?", "[patient] yeah, it's been rough.",
                "[doctor] let me check your vitals. your blood pressure is 128 over 82, heart rate 84.",
                "[patient] okay.",
                "[doctor] go ahead and stand up for me. i'm pressing along your spine. any pain right in the middle?",
                "[patient] no, not in the middle. ow, yes, right there on the side.",
                "[doctor] so no midline spinal tenderness, but tenderness and spasm over the right lower lumbar "
                        + "paraspinal muscles.");
        assertThat(v.exam()).extracting(ExamFinding::text).noneMatch(t -> t.startsWith("No pain"));
    }

    @Test
    void aReferralPlacedTodayForAnEvaluationByUrologyIsAReferralToUrologyNotToDay() {
        assertThat(lines("now the nodule in your right testicle should be evaluated by urology, and we will place that "
                + "referral today, also.")).containsExactly("Referral to urology.");
        assertThat(lines("i'm going to refer you to urology for an ultrasound.")).contains("Referral to urology.");
    }

    @Test
    void aFewLabsAreOrderedWithoutAnArticle() {
        assertThat(lines("we're going to check a few labs today.")).containsExactly("Order labs today.");
    }

    @Test
    void theClinicianIsNeverNarratedInTheThirdPerson() {
        assertThat(lines("i'm not too concerned about that chest pounding.")).containsExactly(
                "Low concern for that chest pounding.");
        assertThat(lines("if your symptoms get worse, give me a call.")).containsExactly(
                "Advised to call the clinic if her symptoms get worse.");
        assertThat(lines("i recommended an ultrasound to rule out metastatic disease.")).containsExactly(
                "Recommended an ultrasound to rule out metastatic disease.");
        assertThat(lines("we want you to go ahead and continue to hydrate as much as possible.")).containsExactly(
                "Advised to continue to hydrate as much as possible.");
        assertThat(lines("the good news is i don't appreciate a fracture or any bony abnormalities."))
                .containsExactly("No fracture or any bony abnormalities.");
        assertThat(lines("i'm sure she's already told you, but it's very important that you apply sunscreen "
                + "whenever your skin is exposed to sunlight.")).containsExactly(
                        "Advised to apply sunscreen whenever her skin is exposed to sunlight.");
    }

    @Test
    void whatTheClinicianIsConcernedAboutAndWouldLikeToSeeStayClauses() {
        assertThat(lines("your blood pressure is a little higher than we'd like to see."))
                .noneMatch(l -> l.contains("will see"));
    }

    @Test
    void aQuestionAboutTheHistoryIsNoPlanLine() {
        assertThat(lines("tell me a little bit about your diabetes now.")).isEmpty();
        assertThat(lines("i don't know if you've read much about hep c.")).isEmpty();
    }

    @Test
    void theClinicianAtWorkBecomesTheStepTaken() {
        assertThat(lines("I'm sending a urine culture to make sure the antibiotic matches the bug."))
                .allMatch(l -> l.startsWith("Will send a urine culture")).isNotEmpty();
        assertThat(lines("I want thyroid levels, free T4 and T3, plus her blood count, in four weeks."))
                .allMatch(l -> l.startsWith("Will get thyroid levels")).isNotEmpty();
        assertThat(lines("If it's positive, I'd send in an antibiotic, azithromycin."))
                .noneMatch(l -> l.contains("clinician")).isNotEmpty();
    }

    @Test
    void aDiseaseJudgedPossibleIsWrittenPossible() {
        var note = Visits.draft("[patient] My throat is killing me.", "[doctor] So here's what I think.",
                "[doctor] Strep throat is also possible, so I'd like you to get a rapid strep test.");
        assertThat(Visits.lines(note)).anyMatch(l -> l.matches("\\d\\. Possible strep.*"));
    }

    @Test
    void aTestOrderedWithWhatItChecksIsOneOrderWithItsInterval() {
        var note = Visits.draft("[doctor] for the blood pressure, i'm going to increase the lisinopril from 10 "
                + "milligrams to 20 milligrams once a day. since we're going up on the dose, i want a basic metabolic "
                + "panel in about 2 weeks to check your potassium and kidney function.");
        assertThat(Visits.lines(note, "ASSESSMENT AND PLAN")).anyMatch(l -> l.contains("BMP in about 2 weeks")
                || l.contains("basic metabolic panel in 2 weeks")).noneMatch(l -> l.contains("kidney function tests"));
    }
}
