package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/** A video review after an allergic reaction: what the clinician sees on camera is the exam. */
class VideoReviewExamTest {

    private static final String[] VISIT = {"[doctor] Hello, can you see and hear me alright?",
        "[patient] Yes. My lips swelled up after a meal on Friday, they're fine now.",
        "[doctor] Good. I'd like to have a look at you over the video, if that's okay. Show me your lips?",
        "[patient] Like this?",
        "[doctor] That's great. Your lips look normal, no swelling, and your tongue looks normal too.",
        "[doctor] I can see some faint pink marks on your arm, but no raised hives now. And your voice sounds "
                + "completely normal to me.",
        "[patient] It says one thirty over eighty and seventy-two.",
        "[doctor] So 130 over 80, pulse 72. Your oxygen's 97%, that's normal.",
        "[doctor] This looks to me like it was an allergic reaction."};

    @Test
    void whatIsSeenOnCameraAfterILikeToHaveALookIsTheExam() {
        var exam = Visits.lines(Visits.draft(VISIT), "PHYSICAL EXAM");
        assertThat(exam).anyMatch(l -> l.startsWith("• Ears, Nose, Mouth and Throat:") && l.contains("Lips normal")
                && l.contains("Tongue normal"));
        assertThat(exam).anyMatch(l -> l.startsWith("• Integumentary:") && l.contains("Faint pink marks") && l.contains("no raised hives"));
    }

    @Test
    void readingsSaidBackAreListedOnceAsVitals() {
        var exam = Visits.lines(Visits.draft(VISIT), "PHYSICAL EXAM");
        assertThat(exam).noneMatch(l -> l.contains("130 over 80"));
        assertThat(exam).anyMatch(l -> l.startsWith("• Vitals:") && l.contains("Oxygen saturation 97%"));
    }
}
