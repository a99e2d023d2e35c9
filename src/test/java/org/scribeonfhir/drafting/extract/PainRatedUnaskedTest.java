package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/** "Does it come and go?" "…most of the time maybe a four out of ten": a rating said unasked is the pain's. */
class PainRatedUnaskedTest {

    @Test
    void aRatingVolunteeredInAnotherAnswerRatesThePain() {
        var v = Visits.read("[doctor] So tell me about this pain.",
                "[patient] It started on Saturday, so three days ago now. It's low down in my tummy. Like a dull ache.",
                "[doctor] Is it there all the time, or does it come and go?",
                "[patient] It's there in the background all the time. Most of the time maybe a four out of ten, a six "
                        + "when it's bad.");
        assertThat(v.symptoms()).anyMatch(s -> s.name().equals("abdominal pain") && "4/10".equals(s.severity()));
    }

    @Test
    void aNumberThatIsNoRatingRatesNothing() {
        var v = Visits.read("[doctor] So tell me about this pain.",
                "[patient] It started on Saturday, so three days ago now. It's low down in my tummy. Like a dull ache.",
                "[doctor] Is it there all the time, or does it come and go?",
                "[patient] It comes and goes, maybe four times a day.");
        assertThat(v.symptoms()).filteredOn(s -> s.name().equals("abdominal pain")).allMatch(s -> s.severity() == null);
    }
}
