package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.visit.Measurement;

/** Readings taken at home or on camera: a pulse counted over half a minute, a husband's own blood pressure. */
class CountedOnCameraTest {

    @Test
    void aPulseCountedOverThirtySecondsIsTheRateTheClinicianWorksOut() {
        var v = Visits.read("[doctor] Can you find your pulse on your wrist and count while I time thirty seconds? Go.",
                "[patient] ...forty-four.", "[doctor] So about eighty-eight a minute. Okay.");
        assertThat(v.measurements()).extracting(Measurement::value).contains("88").doesNotContain("44");
    }

    @Test
    void someoneNamedAndTheirOwnReadingIsNotThePatients() {
        var v = Visits.read("[doctor] Did you manage to check your blood pressure at home?",
                "[patient] Yes, Ken made me do it before you rang. One thirty-four over eighty-two. Ken's own is always "
                        + "one sixty over ninety-five, so I was quite pleased with mine.");
        assertThat(v.measurements()).extracting(Measurement::value).contains("134/82").doesNotContain("160/95");
    }
}
