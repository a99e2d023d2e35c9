package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * What a GP offers and how a complaint has gone (written by us after a physician's read of drafts): a choice of two
 * antibiotics, an inhaler run out of, "a flare up of your asthma", "a week ago, but I'm OK now", "shooting light",
 * "I would recommend you to…", a question broken off, a stronger drug prescribed unnamed instead of ibuprofen, and a
 * safety-net's action said in the GP's next turn.
 */
class GpTreatmentAndCourseTest {

    @Test
    void aChoiceOfTwoAntibioticsIsOneLineAndNoOrderForTheFirst() {
        List<String> plan = Visits.lines(Visits.draft("[doctor] What brings you in?",
                "[patient] It stings when I wee, for two days.",
                "[doctor] I think it's a bladder infection. I'll give you either nitrofurantoin or trimethoprim, "
                        + "whichever the chemist has, as a three day course.", "[patient] OK."), "ASSESSMENT AND PLAN");
        assertThat(plan).anyMatch(l -> l.contains("either nitrofurantoin or trimethoprim (3-day course)"));
        assertThat(plan).noneMatch(l -> l.contains("Start nitrofurantoin") || l.contains("Start trimethoprim"));
    }

    @Test
    void anInhalerRunOutOfIsNotCurrentAndAFlareUpOfAsthmaIsTheAssessment() {
        List<String> note = Visits.lines(Visits.draft("[doctor] What's the problem today?",
                "[patient] I'm wheezy and tight-chested. I've run out of my blue inhaler, the salbutamol.",
                "[doctor] It sounds like a flare up of your asthma. I'll give you a new salbutamol inhaler.",
                "[patient] Thanks."));
        assertThat(note).noneMatch(l -> l.startsWith("Current medications") && l.contains("albuterol"));
        assertThat(note).noneMatch(l -> l.contains("Continue salbutamol") || l.contains("Continue albuterol"));
        assertThat(note).anyMatch(l -> l.matches("1\\. (?:Likely )?asthma flare\\."));
    }

    @Test
    void constipationAWeekAgoButOkNowHasResolved() {
        List<String> note = Visits.lines(Visits.draft("[doctor] What's been going on?",
                "[patient] I've had a tummy ache for two days, and I feel sick.", "[doctor] And your bowels?",
                "[patient] Nothing unusual. I was a bit constipated I suppose.",
                "[patient] About a week ago, but I'm OK now.", "[doctor] OK."));
        assertThat(note).anyMatch(l -> l.contains("previously had constipation, since resolved"));
        assertThat(note).noneMatch(l -> l.contains("Endorses") && l.contains("constipation"));
    }

    @Test
    void shootingLightIsSeenFlashesThatALaterNoAboutPastHeadachesDoesNotUndo() {
        List<String> ros = Visits.lines(Visits.draft("[doctor] What can I do for you?",
                "[patient] I've had a headache for three days, worse over my right eye.",
                "[doctor] Any problems with your vision?", "[patient] I get this shooting light sometimes.",
                "[doctor] When you had headaches in the past, did you have any flashing lights with them?",
                "[patient] No, no."), "REVIEW OF SYSTEMS");
        assertThat(String.join("\n", ros)).contains("Endorses flashes of light");
    }

    @Test
    void iWouldRecommendYouToIsAdviceAndAQuestionBrokenOffIsNoPlanLine() {
        List<String> plan = Visits.lines(Visits.draft("[doctor] What's brought you in?",
                "[patient] It burns when I wee, since Monday.",
                "[doctor] It sounds like a urine infection. I would recommend you to keep drinking plenty of water.",
                "[doctor] Are you, and you're feeling hot and sweaty as well.", "[patient] A little."),
                "ASSESSMENT AND PLAN");
        assertThat(plan).anyMatch(l -> l.contains("Advised to keep drinking plenty of water"));
        assertThat(plan).noneMatch(l -> l.contains("Are the patient") || l.contains("to she") || l.contains("to you"));
    }

    @Test
    void aStrongerDrugPrescribedUnnamedToReplaceIbuprofenIsWrittenAsTheSwitch() {
        List<String> plan = Visits.lines(Visits.draft("[doctor] What's the trouble?",
                "[patient] My right knee has hurt for two weeks when I run. I take ibuprofen.",
                "[doctor] I can prescribe you a slightly stronger anti-inflammatory that you can take regularly "
                        + "instead of the ibuprofen, but not with it.", "[patient] OK."), "ASSESSMENT AND PLAN");
        assertThat(plan).anyMatch(l -> l.contains("Prescribe a stronger anti-inflammatory instead of ibuprofen"));
        assertThat(plan).noneMatch(l -> l.contains("Continue ibuprofen"));
    }

    @Test
    void aSafetyNetsActionSaidInTheGpsNextTurnIsPartOfItAndNoReferral() {
        List<String> plan = Visits.lines(Visits.draft("[doctor] What's the trouble?",
                "[patient] My right knee has hurt for two weeks when I run.",
                "[doctor] I think it's a runner's knee. Rest it for now.",
                "[doctor] If in the meantime you get swelling, heat or redness of the knee, or it locks up.",
                "[doctor] Then, you'd need to see a doctor urgently, so call us back.", "[patient] OK."),
                "ASSESSMENT AND PLAN");
        assertThat(plan).noneMatch(l -> l.contains("Referral"));
        assertThat(plan).anyMatch(l -> l.contains("locks up") && l.contains("see a doctor urgently"));
    }
}
