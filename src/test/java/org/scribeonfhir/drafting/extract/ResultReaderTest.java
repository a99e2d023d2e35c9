package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.NoteHeaders;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.visit.ResultFinding;
import org.scribeonfhir.drafting.visit.VisitModel;

/** Results read out in one unpunctuated breath, and tests still to come that have none. */
class ResultReaderTest {

    private static final String KNEE = "[doctor] okay so here's what i'm thinking for that right knee i think you may "
            + "have a medial collateral ligament strain i want you to continue to use an ace wrap now that x-ray as "
            + "far as the x-ray results that x-ray that i did this morning in the office the bony alignment's in good "
            + "position i don't see any evidence of any fractures i do notice the effusion around the right knee just "
            + "a small amount of fluid";
    private static final String LATER = "[doctor] i want to see you back in seven days we're gonna relook at it and "
            + "see if we need to go on to potentially ordering like a cat scan or an mri of that knee";
    private static final String SPORT = "[doctor] so for sure for seven days you're not gonna be playing basketball";

    @Test
    void anXrayReadInTheSameBreathAsThePlanKeepsEachFindingWithoutTheClinician() {
        String[] visit = {"[patient] i fell playing basketball and the inside of my knee hurts", KNEE};
        assertThat(Visits.read(visit).results()).extracting(ResultFinding::test).containsExactly("x-ray");
        assertThat(Visits.lines(Visits.draft(visit), NoteHeaders.RESULTS)).singleElement().asString()
                .contains("bony alignment's in good position", "no fractures", "effusion")
                .doesNotContain("clinician", "that i did");
    }

    @Test
    void aScanThatMightBeOrderedLaterIsNoResultNorIsWhatIsSaidNext() {
        VisitModel v = Visits.read("[patient] i fell playing basketball and the inside of my knee hurts", KNEE, LATER,
                SPORT);
        assertThat(v.results()).extracting(ResultFinding::test).containsExactly("x-ray");
    }

    @Test
    void anXrayWeDidGetAndABariumSwallowReviewedAreResults() {
        String[] ankle = {"[patient] i slipped on the ice and twisted my ankle",
            "[doctor] there is no bony tenderness of the foot. alright so we did get an x-ray of your ankle before you "
                    + "came in and luckily there is no fractures no bony abnormalities which is really good"};
        assertThat(Visits.lines(Visits.draft(ankle), NoteHeaders.RESULTS)).containsExactly(
                "X-ray: no fractures no bony abnormalities (before the visit).");
        VisitModel swallow = Visits.read("[patient] it hurts when i swallow", "[doctor] your lungs sound clear so "
                + "let's talk about the results i reviewed the results of your barium swallow and it showed that you "
                + "have two areas of mild narrowing in the mid and lower portions of your esophagus");
        assertThat(swallow.results()).extracting(ResultFinding::test).containsExactly("barium swallow");
    }

    @Test
    void anEcgDoneInTheOfficeAndReadOutDuringTheExamIsAResult() {
        VisitModel v = Visits.read("[doctor] alright, let's check you out. your blood pressure is 132 over 84.",
                "[doctor] heart is regular, slightly fast, with no murmurs. lungs are clear to auscultation "
                        + "bilaterally. no edema in your legs. we also did an ecg here today. it shows sinus "
                        + "tachycardia at 102.");
        assertThat(v.results()).extracting(r -> r.text()).containsExactly("EKG shows sinus tachycardia at 102.");
    }

    @Test
    void bothNormalSaidAfterTwoResultsIsEachResultsVerdict() {
        var note = Visits.draft("[doctor] i also looked at your labs from your physical on november 2nd. your fasting "
                + "glucose was 94 and your creatinine was 1.0, both normal.");
        assertThat(Visits.lines(note, "RESULTS")).noneMatch(l -> l.contains("both"))
                .anyMatch(l -> l.contains("94") && l.contains("normal"))
                .anyMatch(l -> l.contains("1.0") && l.contains("normal"));
    }

    @Test
    void anEcgReadOutAsStDepressionInTheLateralLeadsIsItsResult() {
        VisitModel v = Visits.read("[doctor] What brings you in?", "[patient] Chest pain this morning.",
                "[doctor] Let me listen to you while I look at this. Heart is regular, no murmur. Lungs are clear.",
                "[doctor] Your ECG shows ST depression in the leads over the left side of the heart, V4 to V6.");
        assertThat(v.results()).extracting(ResultFinding::text)
                .containsExactly("EKG shows ST depression in the leads over the left side of the heart, V4 to V6.");
    }
}
