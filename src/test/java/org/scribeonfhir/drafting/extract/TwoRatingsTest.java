package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/** Two ratings in one answer ("on the stairs a seven, on the flat a three") are written as the range they span. */
class TwoRatingsTest {

    @Test
    void twoRatingsInOneAnswerAreARange() {
        assertThat(Visits.lines(Visits.draft("[patient] My left knee hurts since I twisted it.",
                "[doctor] How bad is the pain, out of ten?",
                "[patient] On the stairs, or if I squat down, it's a seven out of ten. Walking on the flat, maybe a "
                        + "three.", "[doctor] I think this is a meniscus tear.")))
                .anyMatch(l -> l.contains("knee pain, rated between 3/10 and 7/10"));
    }
}
