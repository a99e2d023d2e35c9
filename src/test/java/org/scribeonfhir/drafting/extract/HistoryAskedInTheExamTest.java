package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * Questions about symptoms asked while the clinician examines ("Any chest pain, fevers?") are history: the answers
 * are symptoms the patient denies or reports, not tenderness on palpation.
 */
class HistoryAskedInTheExamTest {

    private static final String[] VISIT = {
        "[patient] My hands are cracked and itchy since I started at the salon.",
        "[doctor] Okay, let me examine your hands.",
        "[doctor] On exam there is redness and scaling over the backs of the fingers.",
        "[doctor] Right, now your chest. What's going on there?",
        "[patient] I've been getting wheezy again, and I'm using the blue inhaler most days.",
        "[doctor] Any chest pain, fevers, coloured phlegm?",
        "[patient] No fevers, no phlegm. My chest feels tight sometimes, but it's not a pain.",
        "[doctor] I think this is contact dermatitis, and your asthma isn't well controlled."};

    @Test
    void symptomsListedInTheExamAreDeniedInTheReviewOfSystems() {
        List<String> ros = Visits.lines(Visits.draft(VISIT), "REVIEW OF SYSTEMS");
        assertThat(String.join("\n", ros)).contains("Denies fever").containsPattern("Denies[^.]*chest pain");
    }

    @Test
    void aSymptomQuestionInTheExamIsNotTendernessOfTheChest() {
        assertThat(Visits.lines(Visits.draft(VISIT), "PHYSICAL EXAM"))
                .noneMatch(l -> l.contains("pain with palpation"));
    }

    @Test
    void theBlueInhalerIsNotALowMood() {
        assertThat(Visits.lines(Visits.draft("[patient] I've been wheezy for three weeks.",
                "[doctor] How often are you using your reliever?",
                "[patient] I'm using the blue inhaler most days, sometimes twice a day.",
                "[doctor] I think your asthma isn't well controlled.")))
                .noneMatch(l -> l.contains("depressed mood"));
    }

    @Test
    void anAdverbAfterTheTriggersIsNotATrigger() {
        assertThat(Visits.lines(Visits.draft("[patient] I've been wheezing for a month.",
                "[doctor] What makes it worse?",
                "[patient] The bleach and the peroxide at work, definitely.",
                "[doctor] I think this is asthma brought on by work.")))
                .anyMatch(l -> l.contains("the bleach")).noneMatch(l -> l.contains("definitely"));
    }
}
