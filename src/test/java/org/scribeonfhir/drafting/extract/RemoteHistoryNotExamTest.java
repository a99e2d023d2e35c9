package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * A history question about breathing in ("when you take a deep breath, do you notice any pain?") and a recap ("so
 * your right ear is fine") are no examination: a remote visit without one gets no invented finding. "no she's
 * tired but…", unpunctuated, tells she is tired; "he's not himself" is malaise, not the lethargy a parent then denies;
 * "I've been able to hold down fluids" is no fluid held in the legs.
 */
class RemoteHistoryNotExamTest {

    private static final String[] CALL = {
        "[doctor] Hello, how can I help today?",
        "[patient] I've had a wheeze for two days, since I cleaned out the shed, and my left ear's been ringing.",
        "[doctor] And when you take a deep breath, do you notice any pain?",
        "[patient] No, no. No pain.",
        "[doctor] Is the ringing in one ear or both?",
        "[patient] Just the left ear.",
        "[doctor] Alright, so your right ear is fine.",
        "[patient] It seems to be, yeah.",
        "[doctor] I think this is most likely your asthma flaring up. I'll send a salbutamol inhaler."};

    private static final String[] CHILD = {
        "[parent] she's had tummy ache since last night",
        "[doctor] has she been really sleepy hard to wake up",
        "[parent] no she's tired but she's been watching her shows and playing with her dolls",
        "[doctor] okay i think this is a tummy bug"};

    @Test
    void aHistoryQuestionAndARecapInventNoExam() {
        assertThat(Visits.lines(Visits.draft(CALL), "PHYSICAL EXAM")).isEmpty();
    }

    @Test
    void anUnpunctuatedNoAnswersAndWhatFollowsIsTold() {
        assertThat(Visits.lines(Visits.draft(CHILD))).noneMatch(l -> l.matches("(?i).*denies.*fatigue.*"))
                .anyMatch(l -> l.matches("(?i).*(?:reports|endorses).*fatigue.*"));
    }

    private static final String[] TODDLER = {
        "[parent] He's a bit quiet today, he's not himself. He's had a temperature since Sunday.",
        "[doctor] Has he been floppy, or hard to wake, or very sleepy?",
        "[parent] No, he's grumpy but he's been playing with his trains.",
        "[doctor] I think this is a viral infection."};

    @Test
    void notHimselfIsNoLethargyTheParentDenies() {
        assertThat(Visits.lines(Visits.draft(TODDLER))).noneMatch(l -> l.matches("(?i).*(?:reports|endorses)[^.]*"
                + "lethargy.*")).anyMatch(l -> l.matches("(?i).*denies[^.]*lethargy.*"));
    }

    @Test
    void fluidsKeptDownAreNoSwelling() {
        assertThat(Visits.lines(Visits.draft("[patient] I've had diarrhoea for three days and I've lost my appetite.",
                "[patient] I haven't been eating much, but I've been able to hold down fluids.",
                "[doctor] I think this is a tummy bug.")))
                .noneMatch(l -> l.matches("(?i).*(?:edema|oedema|swelling).*"));
    }
}
