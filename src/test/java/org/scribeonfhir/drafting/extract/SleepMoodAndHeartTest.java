package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * "How have you been sleeping?" "Badly…" and "And how is your mood?" "Low…" are insomnia and low mood; a headache
 * "since lunchtime" has its onset; "I'm worried this could be your heart", acted on with an ambulance, is a possible
 * acute coronary syndrome.
 */
class SleepMoodAndHeartTest {

    private static final String[] LOW = {
        "[doctor] How have you been sleeping?",
        "[patient] Badly, for about two months, since I started the new job.",
        "[doctor] And how is your mood?",
        "[patient] Low, I've stopped going swimming.",
        "[doctor] Any headaches?",
        "[patient] Yes, I've had one since lunchtime."};

    private static final String[] HEART = {
        "[doctor] Hello, it's Dr Vellacott returning your call. What's happened?",
        "[patient] I was mowing the lawn and got a pressure in the middle of my chest, like a weight on it.",
        "[doctor] I'm worried this could be your heart. I'm going to call an ambulance for you now."};

    @Test
    void aPoorAnswerAboutSleepOrMoodIsTheirSymptom() {
        List<String> ros = Visits.lines(Visits.draft(LOW), "REVIEW OF SYSTEMS");
        assertThat(String.join(" ", ros)).contains("insomnia").contains("depressed mood");
    }

    @Test
    void sinceLunchtimeIsTheOnset() {
        assertThat(Visits.lines(Visits.draft(LOW), "HISTORY OF PRESENT ILLNESS"))
                .anyMatch(l -> l.contains("headache since lunchtime"));
    }

    @Test
    void aWorryAboutTheHeartActedOnIsAPossibleCoronarySyndrome() {
        assertThat(Visits.lines(Visits.draft(HEART), "ASSESSMENT AND PLAN"))
                .contains("1. Possible acute coronary syndrome.");
    }
}
