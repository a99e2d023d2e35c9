package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/** Raw speech recognition, no punctuation: questions run into statements, the x-ray read as two words. */
class RawSpeechUrgentCareTest {

    private static final String[] VISIT = {"[patient] i've had this cough for like five days and it's getting worse",
        "[doctor] do you smoke", "[patient] i quit about two years ago",
        "[doctor] and for your asthma are you on a controller inhaler",
        "[patient] um i'm supposed to be on the fluticasone but i stopped that like a year ago because i felt fine",
        "[doctor] let me listen you have crackles at the right base",
        "[doctor] and your chest x ray shows um a right lower lobe infiltrate um no fluid around the lung",
        "[doctor] so um this is a community acquired pneumonia"};

    @Test
    void anUnpunctuatedAreYouOnQuestionIsNotWrittenAsHerStory() {
        assertThat(Visits.lines(Visits.draft(VISIT))).noneMatch(l -> l.toLowerCase().contains("controller inhaler"));
    }

    @Test
    void aDrugSheStoppedIsToldOnceInTheMedicationList() {
        assertThat(Visits.lines(Visits.draft(VISIT))).noneMatch(l -> l.contains("supposed to be on"))
                .anyMatch(l -> l.contains("no longer taking fluticasone"));
    }

    @Test
    void iQuitAboutTwoYearsAgoAnsweringDoYouSmokeIsAFormerSmoker() {
        assertThat(Visits.lines(Visits.draft(VISIT))).anyMatch(l -> l.contains("former smoker, quit about 2 years ago"));
    }

    @Test
    void anXRaySaidAsTwoWordsIsAResult() {
        assertThat(Visits.read(VISIT).results()).isNotEmpty();
    }
}
