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
    void turnsAreWrittenAsRanges() {
        assertThat(Completeness.ranges(List.of(31, 33, 35, 36, 37))).isEqualTo("31, 33 and 35\u201337");
        assertThat(Completeness.ranges(List.of(4))).isEqualTo("4");
        assertThat(Completeness.ranges(List.of(1, 3, 5, 7, 9, 11, 13))).isEqualTo("1\u201313");
    }
}
