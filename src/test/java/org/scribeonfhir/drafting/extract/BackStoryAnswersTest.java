package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.visit.Symptom;
import org.scribeonfhir.drafting.visit.VisitModel;

/**
 * A back told as a story and then asked about piece by piece (written by us after reading challenge dev drafts): the
 * weight of what was lifted, where the pain is and where it goes, what the rating rates, coughing asked as a trigger,
 * the clinician's "the thing we have to rule out".
 */
class BackStoryAnswersTest {

    private static final String[] VISIT = {"[doctor] hello mr tamsin how are you today",
        "[patient] not great to be honest it's my back again",
        "[doctor] oh dear what happened",
        "[patient] so about ten days ago i was lifting a sack of gravel in the garden it weighs like sixty pounds and "
            + "i felt something go in my lower back",
        "[doctor] ten days ago okay and where is the pain exactly",
        "[patient] low back mostly on the right side and it goes down the back of my right leg",
        "[doctor] any numbness or tingling",
        "[patient] a bit of tingling on the outside of my right foot near my little toe",
        "[doctor] how bad is the pain today zero to ten",
        "[patient] today about a five",
        "[doctor] does coughing or sneezing make it shoot down the leg",
        "[patient] yes coughing is the worst",
        "[doctor] let me examine you",
        "[doctor] exam tenderness over the right lumbar paraspinal muscles straight leg raise positive on the right",
        "[doctor] so the thing we have to rule out with back pain like this is cauda equina syndrome and you have "
            + "none of the warning signs so i'm reassured",
        "[doctor] this looks like sciatica i'll see you in four weeks"};

    private static Symptom backPain(VisitModel v) {
        return v.symptoms().stream().filter(s -> s.name().equals("low back pain")).findFirst().orElseThrow();
    }

    @Test
    void theWeightOfWhatWasLiftedIsNoWeightOfThePatients() {
        assertThat(Visits.read(VISIT).measurements()).noneMatch(m -> m.name().equals("Weight"));
    }

    @Test
    void myBackAgainIsTheLowBackPainAndTheStorysOpeningIsItsOnset() {
        VisitModel v = Visits.read(VISIT);
        assertThat(v.reason().phrase()).isEqualTo("Right low back pain");
        assertThat(backPain(v).onset()).isEqualTo("10 days ago");
    }

    @Test
    void theWhereAnswerGivesTheSideAndTheSpreadAndIsNotRestated() {
        var note = Visits.draft(VISIT);
        Symptom pain = backPain(Visits.read(VISIT));
        assertThat(pain.laterality()).isEqualTo("right");
        assertThat(pain.radiation()).isEqualTo("to the back of the right leg");
        assertThat(Visits.lines(note, "HISTORY OF PRESENT ILLNESS")).noneMatch(l -> l.startsWith("Low back mostly"));
    }

    @Test
    void howBadIsThePainRatesTheBackNotTheToeOfTheTingling() {
        VisitModel v = Visits.read(VISIT);
        assertThat(backPain(v).severity()).isEqualTo("5/10");
        assertThat(v.symptoms()).extracting(Symptom::name).doesNotContain("toe pain");
    }

    @Test
    void coughingAskedAsWhatSetsThePainOffIsNoCough() {
        VisitModel v = Visits.read(VISIT);
        assertThat(backPain(v).aggravating()).containsExactly("coughing");
        assertThat(v.symptoms()).extracting(Symptom::name).doesNotContain("cough", "sneezing");
    }

    @Test
    void whatWeHaveToRuleOutIsNoExamFinding() {
        assertThat(Visits.lines(Visits.draft(VISIT), "PHYSICAL EXAM")).noneMatch(l -> l.contains("rule out"));
    }

    @Test
    void anEpisodeToldWithItsDayIsNoOnset() {
        VisitModel v = Visits.read("[doctor] so how have you been feeling",
                "[patient] not great. it's the breathing. last week i went up the stairs to bed and i was so winded "
                        + "i couldn't finish a sentence.",
                "[doctor] when did the breathing start getting worse?", "[patient] about ten days ago.");
        assertThat(v.symptoms()).filteredOn(s -> s.name().equals("shortness of breath")).extracting(Symptom::onset)
                .containsExactly("10 days ago");
    }

    @Test
    void shoppingPutOnTheStepLeavesTheBackThePatients() {
        VisitModel v = Visits.read("[doctor] When did it start?",
                "[patient] Sunday morning. I was lifting the crates out of the boot, and I twisted to put them on the "
                        + "step and something just went in my lower back.");
        assertThat(backPain(v).onset()).isEqualTo("on Sunday morning");
    }

    @Test
    void anythingInParticularIsNoFactorAndTheCoughAfterIsOne() {
        VisitModel v = Visits.read("[patient] It's my lower back, it's killing me.",
                "[doctor] Is it worse with anything in particular?",
                "[patient] Bending, and getting out of the car. Coughing is horrible.");
        assertThat(backPain(v).aggravating()).containsExactly("bending", "getting out of the car", "coughing");
        assertThat(v.symptoms()).extracting(Symptom::name).doesNotContain("cough");
    }

    @Test
    void doesItGoAnywhereAskedOverTwoSentencesIsWhereItSpreads() {
        VisitModel v = Visits.read("[patient] It's my lower back, it's killing me.",
                "[doctor] Does it go anywhere? Down your buttock or your leg?",
                "[patient] A bit into the right buttock. Not down the leg, no.");
        assertThat(backPain(v).radiation()).isEqualTo("to the right buttock");
    }

    @Test
    void startedOnADaySoDaysNowIsTheOnsetAndTheDuration() {
        List<String> hpi = Visits.lines(Visits.draft("[doctor] What's been going on?",
                "[patient] It started on Thursday, so three days now. Burning when I wee, like weeing glass."),
                "HISTORY OF PRESENT ILLNESS");
        assertThat(String.join("\n", hpi)).contains("dysuria").containsAnyOf("for 3 days", "on Thursday");
    }
}
