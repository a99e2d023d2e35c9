package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.NoteHeaders;
import org.scribeonfhir.drafting.Visits;

/**
 * A plan said in one long breath, as on a telephone consultation with no exam: the impression first, then a
 * prescription, a check, a follow-up call and safety-netting joined by commas and "and".
 */
class PlanInOneBreathTest {

    private static final String[] HISTORY = {
        "[doctor] Hello, it's the surgery calling back. What can I do for you?",
        "[patient] I've been getting headaches for about two weeks, like a band round my head.",
        "[doctor] Have you been taking anything for them?",
        "[patient] Paracetamol, up to eight a day."};

    private static List<String> plan(String... more) {
        String[] lines = new String[HISTORY.length + more.length];
        System.arraycopy(HISTORY, 0, lines, 0, HISTORY.length);
        System.arraycopy(more, 0, lines, HISTORY.length, more.length);
        return Visits.lines(Visits.draft(lines), NoteHeaders.ASSESSMENT_AND_PLAN);
    }

    @Test
    void eachStepOfARunOnPlanIsItsOwnLine() {
        List<String> plan = plan("[doctor] Okay. Um, so I think, um, what you're describing sounds like tension-type "
                + "headaches, so what I'd like to do is cut the paracetamol right down, and I'll, I'll send you a "
                + "prescription for amitriptyline 10 milligrams at night, and, um, I'd like you to get your blood "
                + "pressure checked at the surgery this week, and I'll speak to you again in four weeks, and if you get "
                + "any weakness or the worst headache of your life, you need to call 999, okay?",
                "[patient] Okay, thank you.");
        assertThat(plan).contains("1. Likely tension headache.", "• Medical Treatment: Start amitriptyline 10 mg nightly.",
                "Follow-up in 4 weeks.")
                .anyMatch(l -> l.contains("blood pressure checked at the surgery this week"))
                .anyMatch(l -> l.startsWith("• Patient Education and Counseling: Advised to call 999 if the patient gets "
                        + "any weakness"));
    }

    @Test
    void aStepAfterAConditionStaysTheConditions() {
        List<String> plan = plan("[doctor] I think these are tension-type headaches, so I'll start amitriptyline 10 mg "
                + "at night, and if you're not clearly better in eight weeks, I'll refer you for a scan of your head.");
        assertThat(plan).noneMatch(l -> l.contains("Referral to") || l.contains(": Order "))
                .anyMatch(l -> l.contains("If the patient is not clearly better in 8 weeks, will refer"));
    }

    @Test
    void aDoseCorrectedAcrossTheCommaStaysWithItsDrug() {
        List<String> plan = plan("[doctor] I think these are tension-type headaches, and I'm going to start "
                + "amitriptyline, 25, no, actually, let's start lower because of the drowsiness, 10 mg at night.");
        assertThat(plan).contains("• Medical Treatment: Start amitriptyline 10 mg nightly.");
    }

    @Test
    void anImpressionOnThePhoneIsTheAssessmentWhenThePlanFollows() {
        List<String> plan = plan("[doctor] So I think what you're describing sounds like tension-type headaches.",
                "[doctor] I'll send you a prescription for amitriptyline 10 mg at night.");
        assertThat(plan).contains("1. Likely tension headache.").doesNotContain("1. Headache.");
    }

    @Test
    void speakingAgainInFourWeeksIsTheFollowUp() {
        assertThat(plan("[doctor] I'll send you a prescription for amitriptyline 10 mg at night.",
                "[doctor] I'll speak to you again in four weeks.")).contains("Follow-up in 4 weeks.");
    }

    @Test
    void aDrugWeCannotUseIsNotStarted() {
        List<String> plan = plan("[doctor] I'm going to give you an antibiotic, nitrofurantoin, 100 mg twice a day.",
                "[doctor] We can't use the Bactrim because of your allergy.");
        assertThat(plan).contains("• Medical Treatment: Start nitrofurantoin 100 mg twice daily.")
                .noneMatch(l -> l.contains("Bactrim"));
    }

    @Test
    void testsListedAfterIdAlsoLikeAreOrderedAndCuttingTheCoffeeDownIsAdvice() {
        List<String> plan = plan("[doctor] I'll send you a prescription for amitriptyline 10 mg at night.",
                "[doctor] I'd also like an echocardiogram, an ultrasound of the heart, to check the structure.",
                "[doctor] And a thyroid blood test, because an overactive thyroid can do this.",
                "[doctor] Cut the coffee down to one cup a day if you can.");
        assertThat(plan).contains("• Additional Testing: Order an echocardiogram.", "• Additional Testing: Order a TSH.")
                .anyMatch(l -> l.contains("Advised to cut the coffee down to 1 cup a day"))
                .noneMatch(l -> l.contains("would also like"));
    }

    @Test
    void theClinicianSayingThisIsImportantIsNotWrittenDown() {
        List<String> plan = plan("[doctor] I'll send you a prescription for amitriptyline 10 mg at night.",
                "[doctor] This is important, if you faint or get chest pain, go straight to A&E or ring 999.");
        assertThat(plan).anyMatch(l -> l.startsWith("• Patient Education and Counseling: Advised to go straight to A&E "
                + "or ring 999 if the patient faints"));
    }

    @Test
    void aTestThatHangsOnAResultIsNotOrderedAndRingingInAWeekIsTheFollowUp() {
        List<String> plan = plan("[doctor] I'd like a stress test.",
                "[doctor] and depending on the stress test if it shows a big area that's not getting blood then we might "
                        + "need to do a heart catheterization but let's get the stress test first",
                "[doctor] i'll ring you in a week");
        assertThat(plan).contains("• Additional Testing: Order a stress test.", "Telephone follow-up in 1 week.")
                .noneMatch(l -> l.contains("catheterization"));
    }

    @Test
    void aDiseaseToExcludeIsNotTheDiagnosis() {
        List<String> plan = plan("[doctor] One thing we need to exclude is meningitis, so I'd like you to be seen today.",
                "[doctor] The main concern with a fever after travel is malaria, so I'm sending you for a blood test.");
        assertThat(plan).noneMatch(l -> l.matches("\\d+\\. (?:Meningitis|Malaria)\\."));
    }
}
