package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.NoteHeaders;
import org.scribeonfhir.drafting.Visits;

/** The plan keeps what the clinician asked of the patient, not replies and asides copied out of the talk. */
class RepliesInThePlanTest {

    private static final String[] VISIT = {
        "[doctor] Hi there. What's brought you both in?",
        "[parent] She's had a runny nose and a cough for three days, and she's off her food.",
        "[doctor] Any fever?", "[parent] Yes, 38.5 last night.",
        "[doctor] Let me have a look. Ears are normal. Throat is a little red. Chest is clear, no wheeze.",
        "[doctor] This is a cold, an upper respiratory infection. Give her paracetamol every 4 to 6 hours if she's "
                + "uncomfortable, and plenty to drink.",
        "[parent] I thought steam was good for it?",
        "[doctor] It used to be, but it doesn't help and it can scald.",
        "[parent] Can she go to nursery tomorrow?",
        "[doctor] Not tomorrow, not with a temperature.",
        "[doctor] And get some rest yourself, Dad.",
        "[doctor] Bring her back if she's struggling to breathe or not drinking."};

    @Test
    void aReplyWithoutItsSubjectIsNotAPlanLine() {
        var plan = Visits.lines(Visits.draft(VISIT), NoteHeaders.ASSESSMENT_AND_PLAN);
        assertThat(plan).noneMatch(l -> l.contains("It used to be") || l.contains("Not tomorrow"));
    }

    @Test
    void careForTheCompanionIsNotThePatientsPlan() {
        var plan = Visits.lines(Visits.draft(VISIT), NoteHeaders.ASSESSMENT_AND_PLAN);
        assertThat(plan).noneMatch(l -> l.toLowerCase().contains("rest")).anyMatch(l -> l.contains("struggling to breathe"));
    }

    @Test
    void noNeedForThatSaysNothingWithoutWhatThatIs() {
        var plan = Visits.lines(Visits.draft(
                "[doctor] What's been troubling you?",
                "[patient] Heartburn most nights for two months, worse after big meals.",
                "[doctor] Any trouble swallowing, vomiting or black stools?", "[patient] No, none of that.",
                "[doctor] Your abdomen is soft and not tender.",
                "[doctor] This is reflux. Start omeprazole 20 milligrams once a day before breakfast for eight weeks.",
                "[doctor] If you have trouble swallowing or black stools, we would send you for an endoscopy. But you "
                        + "don't need that right now."), NoteHeaders.ASSESSMENT_AND_PLAN);
        assertThat(plan).noneMatch(l -> l.contains("No that") || l.contains("No this"));
    }
}
