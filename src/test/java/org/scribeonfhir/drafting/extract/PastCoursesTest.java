package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/** Drugs that are not current: a course someone gave before, a stop the question takes as given, a drug asked for. */
class PastCoursesTest {

    @Test
    void aCourseSomeoneGaveLastMonthIsNotCurrent() {
        var v = Visits.read("[doctor] What's been happening?", "[patient] I had a chest infection last month, the nurse "
                + "practitioner gave me doxycycline for a week. And this started a week after I finished the antibiotics.");
        assertThat(v.medications()).noneMatch(m -> m.drug().equals("doxycycline") && m.current());
        var gout = Visits.read("[doctor] Ever had this before?", "[patient] Once, about three years ago. Urgent care gave "
                + "me indomethacin and it went away in about a week.");
        assertThat(gout.medications()).noneMatch(m -> m.drug().equals("indomethacin") && m.current());
    }

    @Test
    void whenYouStoppedItAnsweredNotReallyKeepsItStopped() {
        var v = Visits.read("[doctor] I've got the Clenil, two puffs twice a day, and montelukast ten milligrams at night.",
                "[patient] The Clenil once a day. The montelukast I stopped at Christmas. It gave me nightmares.",
                "[doctor] Did anything change in your asthma when you stopped the montelukast?",
                "[patient] Not really, I was fine until this week.");
        assertThat(v.medications()).anyMatch(m -> m.drug().equals("montelukast") && !m.current());
    }

    @Test
    void aDrugThePatientAsksToTakeIsNotTaken() {
        var v = Visits.read("[doctor] Any questions?", "[patient] Can I take Imodium? I've got some in the drawer.",
                "[doctor] I'd rather you didn't take Imodium while you have a temperature.");
        assertThat(v.medications()).noneMatch(m -> m.drug().equals("loperamide"));
    }

    @Test
    void aDrugToSteerClearOfIsNotTaken() {
        var v = Visits.read("[doctor] what do you take for them",
                "[patient] just paracetamol i can't take naproxen my face swelled right up with it",
                "[doctor] yes i can see naproxen on your record and we'll steer clear of ibuprofen and the other anti "
                        + "inflammatories too to be safe");
        assertThat(v.medications()).noneMatch(m -> m.drug().equals("ibuprofen") && m.current());
    }
}
