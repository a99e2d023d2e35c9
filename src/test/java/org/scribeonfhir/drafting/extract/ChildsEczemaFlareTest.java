package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * A boy's eczema flare on a video call, told by his mother (written by us after reading a challenge dev draft whose
 * problem was "bilateral pruritus" and whose plan lost the emollient): "an itchy rash", "the first is … an emollient
 * called Hydromol", the steroid's use said after the mother's question with its days corrected, "this looks like a
 * flare-up of eczema".
 */
class ChildsEczemaFlareTest {

    private static final String[] VISIT = {"[doctor] So what's been going on?",
        "[mother] It's his skin. He's got this itchy rash in the creases of his elbows. It's been about ten days.",
        "[doctor] Can you hold the camera close to his elbows? I can see the rash is on both inner elbows. It's red, "
            + "dry and a bit thickened, with scratch marks.",
        "[doctor] So this looks like a flare-up of eczema, in the typical places for his age.",
        "[doctor] So I'm going to pop a prescription through for two things. The first is a moisturiser, an emollient "
            + "called Hydromol ointment.",
        "[doctor] The second is a steroid cream, hydrocortisone one percent.",
        "[mother] Is that safe for a child?",
        "[doctor] At that strength, for a short course, it's very safe. Put that cream on the red patches once a day, "
            + "a thin layer, for fourteen days... sorry, I mean seven days, one week, then stop."};

    @Test
    void anItchyRashIsTheRashThatItches() {
        var note = Visits.draft(VISIT);
        assertThat(String.join("\n", Visits.lines(note, "CHIEF COMPLAINT")).toLowerCase()).contains("rash");
        assertThat(Visits.lines(note, "HISTORY OF PRESENT ILLNESS")).anyMatch(l -> l.contains("itchy")
                && l.contains("rash") && l.contains("10 days"));
    }

    @Test
    void theFirstIsAnEmollientCalledHydromolIsStarted() {
        assertThat(Visits.lines(Visits.draft(VISIT), "ASSESSMENT AND PLAN"))
                .anyMatch(l -> l.startsWith("• Medical Treatment: Start Hydromol"));
    }

    @Test
    void theCreamsUseAfterTheQuestionIsItsSigWithTheDaysCorrected() {
        List<String> plan = Visits.lines(Visits.draft(VISIT), "ASSESSMENT AND PLAN");
        assertThat(plan).anyMatch(l -> l.contains("Start hydrocortisone daily for 7 days"))
                .noneMatch(l -> l.contains("14 days") || l.contains("fourteen"));
    }

    @Test
    void aFlareUpOfEczemaIsTheAssessment() {
        assertThat(Visits.lines(Visits.draft(VISIT), "ASSESSMENT AND PLAN"))
                .anyMatch(l -> l.startsWith("1. ") && l.toLowerCase().contains("dermatitis flare"));
    }
}
