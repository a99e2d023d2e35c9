package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * A depression relapse after the antidepressant ran out (written by us after reading a challenge dev draft whose
 * history did not say the sertraline had stopped and whose exam was empty): the restart's reason told in the history,
 * "looking at you today you look exhausted" as the mental state exam.
 */
class RelapseAfterStoppingTest {

    private static final String[] VISIT = {"[doctor] so tell me how things have been since i saw you last",
        "[patient] not good honestly worse than ever the last six weeks or so",
        "[doctor] are you still taking the sertraline",
        "[patient] no um i stopped it about three weeks ago i ran out and just didn't refill it",
        "[doctor] okay and you scored twenty on the questionnaire that's in the severe range and looking at you today "
            + "you look exhausted you're tearful your mood sounds really low",
        "[doctor] what you're describing is a relapse of depression after stopping the sertraline",
        "[doctor] i'll restart the sertraline at fifty milligrams once a day"};

    @Test
    void aDrugTheVisitRestartsIsToldAsStoppedInTheHistory() {
        var note = Visits.draft(VISIT);
        assertThat(Visits.lines(note, "HISTORY OF PRESENT ILLNESS"))
                .anyMatch(l -> l.contains("had stopped sertraline before this visit"));
        assertThat(Visits.lines(note, "ASSESSMENT AND PLAN")).anyMatch(l -> l.contains("Restart sertraline 50 mg"));
    }

    @Test
    void lookingAtYouTodayIsTheMentalStateExam() {
        assertThat(Visits.lines(Visits.draft(VISIT), "PHYSICAL EXAM")).anyMatch(l -> l.startsWith("• Psychiatric:")
                && l.contains("tearful"));
    }
}
