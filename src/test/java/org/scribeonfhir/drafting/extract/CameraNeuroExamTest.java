package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * A neurological look on camera, narrated as the clinician sees it ("the left side of your face is drooping when you
 * smile", "your left arm is drifting down"), is the exam; "I'm going to call 999 for an ambulance" is where he goes.
 */
class CameraNeuroExamTest {

    private static final String[] VISIT = {"[doctor] What's happened today?",
        "[patient] My left arm feels weak and my words came out funny.",
        "[doctor] I'm going to look at a few things on the camera. Give me a big smile.", "[patient] Like this?",
        "[doctor] Thank you. I can see the left side of your face is drooping when you smile. Now hold both arms "
                + "out straight in front of you.", "[patient] There.",
        "[doctor] Yes. Your left arm is drifting down.",
        "[doctor] Your speech sounds slurred to me, but you understood what I asked straight away. Can you lift each "
                + "leg off the chair for me?", "[patient] Both up.", "[doctor] Both legs lift up well.",
        "[doctor] So for my assessment and plan. I'm worried this could be a stroke. I'm going to call 999 for an "
                + "ambulance now."};

    @Test
    void droopDriftAndSpeechSeenOnCameraAreExamFindings() {
        List<String> exam = Visits.lines(Visits.draft(VISIT), "PHYSICAL EXAM");
        assertThat(exam).anyMatch(l -> l.contains("Left side of the face is drooping on smiling."))
                .anyMatch(l -> l.contains("Left arm is drifting down."))
                .anyMatch(l -> l.contains("Speech slurred, but comprehension intact."))
                .anyMatch(l -> l.contains("Both legs lift up well."));
    }

    @Test
    void nineNineNineForAnAmbulanceIsTheDisposition() {
        assertThat(Visits.lines(Visits.draft(VISIT), "ASSESSMENT AND PLAN")).contains("1. Possible stroke.")
                .anyMatch(l -> l.endsWith("Disposition: Ambulance called."));
    }

    @Test
    void aFathersStrokeDoesNotMakeTheWorryAConfirmedStroke() {
        assertThat(Visits.lines(Visits.draft("[doctor] What's happened today?",
                "[patient] My left arm feels weak and my words came out funny.",
                "[doctor] Any family history of strokes?", "[patient] My father. He had a stroke at seventy.",
                "[doctor] I'm going to look at a few things. Your left arm is drifting down.",
                "[doctor] I'm worried this could be a stroke. I'm going to call 999 for an ambulance now, while we're "
                        + "talking."), "ASSESSMENT AND PLAN")).contains("1. Possible stroke.");
    }
}
