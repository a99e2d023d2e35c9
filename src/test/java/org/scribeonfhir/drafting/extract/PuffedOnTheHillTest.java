package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.visit.Symptom;

/** Breathless going uphill but fine on the flat is breathlessness on exertion, never a denied breathlessness. */
class PuffedOnTheHillTest {

    @Test
    void puffedUphillAndFineOnTheFlatIsDyspnoeaOnExertionOnly() {
        var v = Visits.read(
                "[doctor] Good morning. How's the breathing been since I saw you in the spring?",
                "[patient] I get puffed walking up the hill to the shop, I have to stop halfway.",
                "[doctor] And on the flat?", "[patient] On the flat I'm fine.",
                "[doctor] Any chest pain?", "[patient] No.");
        assertThat(v.symptoms()).anySatisfy(s -> {
            assertThat(s.name()).isEqualTo("dyspnea on exertion");
            assertThat(s.present()).isTrue();
        });
        assertThat(v.symptoms()).filteredOn(s -> s.name().equals("shortness of breath")).allMatch(Symptom::present);
    }
}
