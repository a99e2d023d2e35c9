package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.visit.Presence;

/** A psychiatry follow-up in raw speech: today's score, the safety questions, the screen for mania. */
class PsychiatryRawSpeechTest {

    private static final String[] VISIT = {"[doctor] how's the mood overall",
        "[patient] um better i'd say but i still have these flat days where i don't want to do anything",
        "[doctor] you did the questionnaires in the waiting room um your phq nine today is twelve in january it was "
                + "nineteen",
        "[patient] so that's good right",
        "[doctor] i have to ask these every time um any thoughts that life isn't worth living or of hurting yourself",
        "[patient] no um not now um back in january i had some of those but nothing since and i never had a plan",
        "[doctor] that's good to keep in mind um have you ever had a stretch where you needed very little sleep felt on "
                + "top of the world did risky things",
        "[patient] no never like that"};

    @Test
    void todaysScoreIsNotDatedByTheMonthOfTheEarlierOne() {
        assertThat(Visits.lines(Visits.draft(VISIT))).anyMatch(l -> l.contains("12"))
                .noneMatch(l -> l.contains("12 (in january)"));
    }

    @Test
    void noToLifeNotWorthLivingDeniesSuicidalIdeation() {
        assertThat(Visits.read(VISIT).symptoms()).anyMatch(s -> s.name().equals("suicidal ideation")
                && s.presence() == Presence.DENIED);
    }

    @Test
    void theManiaScreenIsNotRestated() {
        assertThat(Visits.lines(Visits.draft(VISIT))).noneMatch(l -> l.contains("stretch"));
    }

    @Test
    void whatAStoppedDrugDidIsWhyItWasStoppedNotAComplaint() {
        var lines = Visits.lines(Visits.draft("[patient] my mood has been low for a few months",
                "[doctor] okay and the trazodone for sleep",
                "[patient] oh i stopped that like um three weeks ago it made me so groggy like i couldn't get up for work"));
        assertThat(lines).anyMatch(l -> l.startsWith("Stopped trazodone because of"))
                .noneMatch(l -> l.contains("reports excessive daytime sleepiness"));
    }
}
