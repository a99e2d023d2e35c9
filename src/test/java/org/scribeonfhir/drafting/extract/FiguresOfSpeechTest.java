package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.DraftNote;
import org.scribeonfhir.drafting.Visits;

/**
 * Words that sound like conditions but are figures of speech ("I can panic when I'm in a rush", "a bit of a
 * hypochondriac", "a bit OCD", "the bill nearly gave me a heart attack") are never the patient's symptoms or history.
 */
class FiguresOfSpeechTest {

    private static String note(String... visit) {
        return DraftNote.render(Visits.draft(visit).texts());
    }

    @Test
    void panickingInARushIsNoPanicAttack() {
        assertThat(note("[doctor] What brings you in?", "[patient] I've had headaches for two weeks.",
                "[doctor] Any other health problems?",
                "[patient] I'm a bit of a hypochondriac really, and I can panic when I'm in a rush.",
                "[doctor] Let me examine you. Your neck moves fine.",
                "[doctor] So for my assessment and plan. These are tension headaches."))
                .doesNotContainIgnoringCase("panic").doesNotContainIgnoringCase("somatic symptom disorder");
    }

    @Test
    void aBitOcdAboutHandWashingIsNoDiagnosis() {
        assertThat(note("[doctor] What brings you in?", "[patient] My hands are dry and cracked.",
                "[doctor] How often do you wash them?",
                "[patient] I'm a bit OCD about hand-washing, twenty times a day.",
                "[doctor] Let me examine you. The backs of both hands are red and cracked.",
                "[doctor] So for my assessment and plan. This is irritant hand eczema."))
                .doesNotContainIgnoringCase("obsessive");
    }

    @Test
    void aBillThatNearlyGaveHimAHeartAttackIsNoInfarction() {
        assertThat(note("[doctor] What brings you in?", "[patient] Skipped beats, mostly in the evening.",
                "[patient] I have to say, when the bill for that patch came, it nearly gave me a heart attack.",
                "[doctor] Let me examine you. Heart sounds are regular.",
                "[doctor] So for my assessment and plan. These are benign PVCs."))
                .doesNotContainIgnoringCase("myocardial infarction");
    }
}
