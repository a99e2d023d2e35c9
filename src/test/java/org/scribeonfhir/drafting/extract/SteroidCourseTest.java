package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.visit.Medication;
import org.scribeonfhir.drafting.visit.VisitModel;

/**
 * Creams for hand eczema prescribed item by item (written by us after reading a challenge dev draft that lost the
 * steroid): "Second, a steroid ointment…: clobetasone", its sig in the next sentence with a frequency corrected, a
 * course stepped down, "irritant hand eczema".
 */
class SteroidCourseTest {

    private static final String[] VISIT = {"[patient] My hands are dry and cracked and they itch.",
        "[doctor] I think this is irritant hand eczema, from all the washing.",
        "[doctor] Three things. First, a moisturiser. I'll prescribe a big tub of Epaderm ointment.",
        "[doctor] Second, a steroid ointment for the inflamed patches: clobetasone, Eumovate. Apply it once — no, "
            + "sorry, twice a day, thinly, to the red areas for two weeks, then once a day for a week, then stop.",
        "[patient] Twice a day for two weeks, then once a day for a week."};

    @Test
    void theSteroidNamedAfterItsColonIsStartedWithTheCorrectedSigAndItsStepDown() {
        VisitModel v = Visits.read(VISIT);
        assertThat(v.medications()).filteredOn(m -> m.drug().equals("clobetasone"))
                .extracting(Medication::action, Medication::frequency, Medication::duration)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("start", "twice daily",
                        "2 weeks, then daily for 1 week, then stop"));
    }

    @Test
    void theSigSentenceIsNoCounsellingLineOfItsOwn() {
        List<String> plan = Visits.lines(Visits.draft(VISIT), "ASSESSMENT AND PLAN");
        assertThat(plan).noneMatch(l -> l.contains("apply it once"))
                .anyMatch(l -> l.contains("Start clobetasone twice daily for 2 weeks, then daily for 1 week"));
    }

    @Test
    void irritantHandEczemaIsIrritantContactDermatitisNotAtopic() {
        assertThat(Visits.read(VISIT).problems()).extracting(p -> p.name().toLowerCase())
                .contains("irritant contact dermatitis").noneMatch(n -> n.contains("atopic"));
    }
}
