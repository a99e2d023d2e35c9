package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/** "I've had spotting in my urine" is blood seen in the urine, never vaginal bleeding; spotting between periods is. */
class SpottingInTheUrineTest {

    @Test
    void spottingInTheUrineIsNoVaginalBleeding() {
        assertThat(Visits.lines(Visits.draft(
                "[patient] It stings when I wee, and I've had spotting in my urine since Monday.",
                "[doctor] I think this is a urine infection.")))
                .noneMatch(l -> l.matches("(?i).*vaginal.*"));
    }

    @Test
    void spottingBetweenPeriodsStillIs() {
        assertThat(Visits.lines(Visits.draft(
                "[patient] I've had some spotting between periods for two months.",
                "[doctor] Let's do a pregnancy test and a swab.")))
                .anyMatch(l -> l.matches("(?i).*(?:vaginal bleeding|spotting).*"));
    }
}
