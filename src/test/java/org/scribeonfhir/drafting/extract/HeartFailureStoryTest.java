package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/** A heart-failure flare told in plain words: pillows, waking up gasping, too winded to finish a sentence. */
class HeartFailureStoryTest {

    private static final String[] VISIT = {"[doctor] So how have you been feeling?",
        "[patient] It's the breathing. Last week I went up the stairs to the bedroom and I was so winded I couldn't "
                + "finish a sentence. Had to sit down on the landing.",
        "[doctor] Are you short of breath lying flat?",
        "[patient] I've gone up to three pillows. And twice I woke up gasping and had to sit on the edge of the bed.",
        "[doctor] Any dizziness?", "[patient] A bit lightheaded when I stand up."};

    @Test
    void pillowsAndWakingUpGaspingAreOrthopneaAndParoxysmalNocturnalDyspnea() {
        assertThat(Visits.read(VISIT).symptoms()).filteredOn(s -> s.present()).extracting(s -> s.name())
                .contains("orthopnea", "paroxysmal nocturnal dyspnea");
    }

    @Test
    void tooWindedToFinishASentenceStaysInTheStory() {
        assertThat(Visits.lines(Visits.draft(VISIT))).anyMatch(l -> l.contains("finish a sentence"));
    }

    @Test
    void lightheadedWhenIStandUpIsWrittenWithStandingNotStandUping() {
        assertThat(Visits.lines(Visits.draft(VISIT))).noneMatch(l -> l.contains("uping"))
                .anyMatch(l -> l.contains("lightheadedness") && l.contains("standing"));
    }
}
