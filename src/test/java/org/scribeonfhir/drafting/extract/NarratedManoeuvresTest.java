package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * A back examination narrated as instructions to the patient, written as a clinician names each manoeuvre: the
 * gait, forward flexion, the straight leg raise with its side; tenderness by the lower spine is lumbar.
 */
class NarratedManoeuvresTest {

    private static final String[] VISIT = {
        "[patient] I hurt my back lifting a wardrobe and the pain goes down my left leg.",
        "[doctor] Let me examine you. Can you walk across the room for me?",
        "[doctor] You're walking a bit stiffly there, favouring the left leg. Now bend forwards as far as you can... "
                + "that's quite limited, your fingertips only get to your knees.",
        "[doctor] Is it tender here, just to the left of the lower spine?", "[patient] Ow, yes, there.",
        "[doctor] I'm going to lift your left leg straight... that brings the pain down the leg at about forty "
                + "degrees. Squeeze my fingers. No drift."};

    private static String exam() {
        List<String> lines = Visits.lines(Visits.draft(VISIT), "PHYSICAL EXAM");
        return String.join("\n", lines);
    }

    @Test
    void theWalkIsTheGait() {
        assertThat(exam()).contains("Gait: walks a bit stiffly, favouring the left leg.");
    }

    @Test
    void bendingForwardsIsForwardFlexion() {
        assertThat(exam()).contains("Forward flexion: quite limited.");
    }

    @Test
    void liftingTheLegStraightIsTheStraightLegRaiseWithItsSide() {
        assertThat(exam()).contains("Left straight leg raise: brings the pain down the leg at about 40 degrees.");
    }

    @Test
    void aNarratedManoeuvreNamesNoResultOfTheNextSentence() {
        assertThat(exam()).doesNotContain("Grip strength: no drift");
    }

    @Test
    void theLowerSpineIsLumbar() {
        assertThat(exam()).contains("lumbar spine").doesNotContain("sacrum");
    }
}
