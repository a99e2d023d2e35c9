package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.visit.Symptom;

/**
 * An injured ankle that swelled up is the ankle's swelling, not leg oedema; ankles swollen by the evening with no
 * injury still are oedema; a toe's swelling is named "toe swelling"; a score said of the soreness is not the
 * swelling's.
 */
class InjurySwellingTest {

    @Test
    void anInjuredAnkleThatSwelledUpIsAnkleSwelling() {
        var v = Visits.read("[doctor] So tell me what happened.",
                "[patient] I went up for a header and my ankle rolled right under me, the outside of the ankle. I "
                        + "heard a pop, and it swelled up like a golf ball in about five minutes.");
        assertThat(v.symptoms()).extracting(Symptom::name).contains("ankle swelling")
                .doesNotContain("lower extremity edema");
    }

    @Test
    void anklesSwollenWithoutAnInjuryAreOedema() {
        var v = Visits.read("[doctor] any swelling", "[patient] my ankles are swollen by the evening");
        assertThat(Visits.present(v.symptoms(), "lower extremity edema")).isTrue();
    }

    @Test
    void aBigToeThatBlewUpIsToeSwelling() {
        var v = Visits.read("[patient] my big toe blew up on me sunday night");
        assertThat(v.symptoms()).extracting(Symptom::name).contains("toe swelling");
    }

    @Test
    void aScoreSaidOfTheSorenessIsNotTheSwellings() {
        var v = Visits.read("[doctor] So tell me what happened.",
                "[patient] I went up for a header and my ankle rolled right under me, the outside of the ankle. I "
                        + "heard a pop, and it swelled up like a golf ball, it's really sore now like a six out of "
                        + "ten.");
        assertThat(v.symptoms()).filteredOn(s -> s.name().equals("ankle swelling"))
                .noneMatch(s -> s.severity() != null && s.severity().contains("/10"));
    }
}
