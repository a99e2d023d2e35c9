package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * A depression follow-up as the physician's read of 2.5.60 found it drafted (`src/challenge/reads/2.5.60/v5`),
 * written again in our own words: the questionnaires' scores, the vitals the nurse took, the summary that names
 * the problem, early waking, and the history taken up again after the scores.
 */
class MoodFollowUpScoresTest {

    private static final String[] VISIT = {"[doctor] It's been a month since we put the citalopram up. How are things?",
        "[patient] A bit better. I still wake at five most mornings and can't get back off.",
        "[doctor] Let's go over the questionnaires you did at reception. Your PHQ-9 today is eleven — a month ago it "
                + "was seventeen. And the GAD-7 is nine, down from thirteen.",
        "[patient] Still not brilliant then.",
        "[doctor] Moving the right way. Last time you told me you'd had some dark thoughts. Have you had thoughts "
                + "like that since?",
        "[patient] No, none since.",
        "[doctor] Good. The nurse had your blood pressure at one twenty over seventy-four, pulse sixty-eight.",
        "[doctor] So, my summary: your depression, with the anxiety, is improving on citalopram twenty.",
        "[doctor] Let's keep the citalopram at twenty milligrams each morning and see you in six weeks."};

    @Test
    void eachQuestionnaireIsOneResultLineWithTheEarlierScoreBesideIt() {
        assertThat(Visits.lines(Visits.draft(VISIT), "RESULTS"))
                .containsExactly("PHQ-9 score: 11 (a month ago: 17).", "GAD-7 score: 9 (down from 13).");
    }

    @Test
    void theSummaryNamesTheProblemAndItsCourse() {
        var note = Visits.draft(VISIT);
        assertThat(Visits.lines(note, "CHIEF COMPLAINT")).noneMatch(l -> l.contains("waking"));
        assertThat(Visits.lines(note, "ASSESSMENT AND PLAN"))
                .anyMatch(l -> l.matches("1\\. Major depressive disorder, improving\\."))
                .noneMatch(l -> l.contains("told the clinician"));
    }

    @Test
    void wakingAtFiveIsEarlyMorningWakingAndTheVitalsAreTheExam() {
        var note = Visits.draft(VISIT);
        List<String> hpi = Visits.lines(note, "HISTORY OF PRESENT ILLNESS");
        assertThat(hpi).anyMatch(l -> l.contains("early morning waking"));
        assertThat(Visits.lines(note, "PHYSICAL EXAM")).anyMatch(l -> l.contains("Blood pressure 120/74 mmHg"));
    }
}
