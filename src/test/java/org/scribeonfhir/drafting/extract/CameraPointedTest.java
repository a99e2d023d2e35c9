package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * On video, "can you point the camera at your feet for me?" starts the exam, so what is then seen is a finding; what
 * the clinician must think about ("an infection in the joint") is reasoning, not a finding; a limp and the lumps not
 * seen on the ears are findings.
 */
class CameraPointedTest {

    private static final String[] ANKLE = {
        "[patient] My right ankle came up hot and puffy on Tuesday, I can hardly put a shoe on.",
        "[doctor] Right, can you point the camera at your feet for me? Both feet, if you can.",
        "[partner] Hold on, I've got it.",
        "[doctor] Thank you. Yes, I can see the right ankle is red and puffy, and the skin looks tight.",
        "[doctor] Can you turn your head so I can see your ears? ... No lumps on the ears that I can see.",
        "[doctor] Now could you walk to the door and back?",
        "[patient] If I have to.",
        "[doctor] You're walking on the outside of your foot, limping.",
        "[doctor] The thing I always have to think about with a hot swollen joint is an infection in the joint.",
        "[doctor] But you feel well in yourself, so I think this is most likely gout. I'll start colchicine."};

    @Test
    void whatIsSeenAfterTheCameraIsPointedIsTheExam() {
        List<String> exam = Visits.lines(Visits.draft(ANKLE), "PHYSICAL EXAM");
        assertThat(exam).anyMatch(l -> l.matches("(?i).*right ankle (?:is )?red.*"))
                .noneMatch(l -> l.matches("(?i).*think about.*|.*infection in the joint.*"));
    }

    @Test
    void aLimpAndNoLumpsSeenAreFindings() {
        List<String> exam = Visits.lines(Visits.draft(ANKLE), "PHYSICAL EXAM");
        assertThat(exam).anyMatch(l -> l.matches("(?i).*limping.*")).anyMatch(l -> l.matches("(?i).*no lumps on the "
                + "ears.*"));
    }
}
