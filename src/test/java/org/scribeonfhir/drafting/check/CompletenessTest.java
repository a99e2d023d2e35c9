package org.scribeonfhir.drafting.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.DraftNote;
import org.scribeonfhir.drafting.Visits;

/** An empty assessment and plan is said to the reviewer, with the clinician's turns the draft left unread. */
class CompletenessTest {

    private static final String[] HISTORY_ONLY = {
        "[doctor] Morning. What's brought you in today?",
        "[patient] My left arm went numb this morning and my speech was slurred for about twenty minutes.",
        "[doctor] Is it still there now?",
        "[patient] No, it's gone back to normal now.",
        "[doctor] Right. Leave it with me.",
        "[patient] Okay.",
        "[doctor] Sit tight here, someone is coming to sort this out.",
        "[patient] Thank you."};

    @Test
    void anEmptyPlanPointsTheReviewerAtTheClinicianClosingTurns() {
        DraftNote note = Visits.draft(HISTORY_ONLY);
        assertThat(Visits.lines(note, "ASSESSMENT AND PLAN")).isEmpty();
        assertThat(Completeness.notices(note.sections(), Visits.dialogue(HISTORY_ONLY))).containsExactly(
                "ASSESSMENT AND PLAN is empty: the drafter could not read the assessment or the plan from the "
                        + "conversation. Write them before signing; the clinician's turn 7 is not cited by the draft"
                        + " and may hold them.");
    }

    @Test
    void aNoteWithAPlanHasNoNotice() {
        String[] visit = {"[doctor] What's brought you in?", "[patient] A sore throat since Monday.",
            "[doctor] This looks like a viral sore throat. Take paracetamol and come back if it's not better in a week."};
        DraftNote note = Visits.draft(visit);
        assertThat(Completeness.notices(note.sections(), Visits.dialogue(visit))).isEmpty();
    }

    @Test
    void aPlanWithOnlyTheProblemNamedPointsTheReviewerAtTheClosingTurns() {
        String[] visit = {"[doctor] What's brought you in today?",
            "[patient] I've had headaches every morning for three weeks.",
            "[doctor] Any change in your vision, any weakness?",
            "[patient] No, nothing like that.",
            "[doctor] I think these are tension headaches.",
            "[patient] Okay, that's a relief.",
            "[doctor] Come and see one of us in the clinic, and we'll sort a few bits out then.",
            "[patient] Thank you."};
        DraftNote note = Visits.draft(visit);
        assertThat(Visits.lines(note, "ASSESSMENT AND PLAN")).allMatch(l -> l.matches("\\d+\\. .*"));
        assertThat(Completeness.notices(note.sections(), Visits.dialogue(visit))).containsExactly(
                "ASSESSMENT AND PLAN names the problem but no plan: the drafter could not read what was decided. "
                        + "Write the plan before signing; the clinician's turn 7 is not cited by the draft and may "
                        + "hold it.");
    }

    @Test
    void questionsAnsweredAloneIsStillAnEmptyPlan() {
        String[] visit = {"[doctor] What's brought you in today?",
            "[patient] Tummy pain for two days and I've been sweaty.",
            "[doctor] Any vomiting?", "[patient] No.",
            "[doctor] Let's sort a few bits out for you and see where we get to.",
            "[doctor] Do you have any questions?", "[patient] No, that's fine."};
        DraftNote note = Visits.draft(visit);
        assertThat(Visits.lines(note, "ASSESSMENT AND PLAN")).containsExactly("Questions were answered.");
        assertThat(Completeness.notices(note.sections(), Visits.dialogue(visit)))
                .anyMatch(n -> n.startsWith("ASSESSMENT AND PLAN is empty"));
    }

    @Test
    void turnsAreWrittenAsRanges() {
        assertThat(Completeness.ranges(List.of(31, 33, 35, 36, 37))).isEqualTo("31, 33 and 35\u201337");
        assertThat(Completeness.ranges(List.of(4))).isEqualTo("4");
        assertThat(Completeness.ranges(List.of(1, 3, 5, 7, 9, 11, 13))).isEqualTo("1\u201313");
    }
}
