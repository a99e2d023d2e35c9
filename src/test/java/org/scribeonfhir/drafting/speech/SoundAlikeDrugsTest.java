package org.scribeonfhir.drafting.speech;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * A drug a recogniser broke into sound-alike words is read as the drug when a dose follows or an order verb comes
 * just before, and the reviewer is told; ordinary words next to a dose are left alone.
 */
class SoundAlikeDrugsTest {

    @Test
    void hydroxIsEenWithADoseIsHydroxyzine() {
        String[] visit = {"[patient] the anxiety is bad", "[doctor] I think this is generalized anxiety disorder.",
            "[doctor] so here's the plan. for the anxiety in the meantime i'll give you hydrox is een twenty five "
                    + "milligrams up to three times a day as needed"};
        assertThat(Visits.lines(Visits.draft(visit), "ASSESSMENT AND PLAN"))
                .anyMatch(l -> l.contains("Start hydroxyzine 25 mg"));
        assertThat(Visits.read(visit).notices()).anyMatch(n -> n.contains("read \"hydrox is een\" as hydroxyzine"));
    }

    @Test
    void coalChickenWithADoseIsColchicine() {
        assertThat(Dialogue.of(org.scribeonfhir.drafting.Transcript.parse(
                "[doctor] for the flare i'm sending coal chicken point six milligram tablets take two now"))
                .utterances().get(0).text()).contains("colchicine 0.6 mg");
    }

    @Test
    void aLittleWordAtEitherEndIsNoBrokenName() {
        var d = Dialogue.of(org.scribeonfhir.drafting.Transcript.parse(
                "[doctor] i'll increase it to 20 mg and i'd like to add 5 mg at night"));
        assertThat(d.notices()).isEmpty();
        assertThat(d.utterances().get(0).text()).contains("increase it to 20 mg").contains("like to add 5 mg");
    }

    @Test
    void withoutADoseOrAnOrderTheWordsStay() {
        var d = Dialogue.of(org.scribeonfhir.drafting.Transcript.parse(
                "[doctor] once this settles we'll talk about alo pure in all to bring the uric acid down"));
        assertThat(d.notices()).isEmpty();
    }
}
