package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/** Raw speech recognition of a headache visit: two painkillers, one stopped for its effect; a dose after a question. */
class RawSpeechHeadacheTest {

    private static final String[] VISIT = {"[patient] ive had these headaches for a month",
        "[doctor] what have you been taking for them",
        "[patient] ibuprofen most days and it takes the edge off and i was taking excedrin but i stopped that like two "
                + "weeks ago it made me all jittery",
        "[doctor] whens the last time you had your eyes checked", "[patient] a couple of years ago",
        "[doctor] i think this is a tension headache", "[doctor] for the bad days ill send in some naproxen",
        "[patient] is that stronger than the ibuprofen",
        "[doctor] its longer acting its five fifty sorry five hundred milligrams",
        "[doctor] you take it twice a day with food on a bad day"};

    @Test
    void theEffectBelongsToTheDrugSaidLastBeforeItInTheDrugsOwnName() {
        var lines = Visits.lines(Visits.draft(VISIT));
        assertThat(lines).anyMatch(l -> l.startsWith("Stopped Excedrin") && l.contains("jitteriness"))
                .noneMatch(l -> l.contains("ibuprofen") && l.contains("jitter")).noneMatch(l -> l.contains("anxiety"));
    }

    @Test
    void anUnpunctuatedWhensQuestionIsNoLineOfTheStory() {
        assertThat(Visits.lines(Visits.draft(VISIT))).noneMatch(l -> l.toLowerCase().contains("eyes checked"));
    }

    @Test
    void aDoseSaidAfterThePatientAsksAboutAnotherDrugIsTheNewOrders() {
        assertThat(Visits.read(VISIT).medications()).anyMatch(m -> m.drug().equals("naproxen")
                && "500 mg".equals(m.dose()) && m.frequency() != null && m.frequency().startsWith("twice daily"));
    }
}
