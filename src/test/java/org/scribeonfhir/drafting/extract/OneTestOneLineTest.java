package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/** "I'll send you for some blood tests" and later "so, a blood test first": one order, not two lines. */
class OneTestOneLineTest {

    @Test
    void aTestSaidTwiceInItsSingularAndPluralIsOrderedOnce() {
        assertThat(Visits.lines(Visits.draft(
                "[patient] I've been exhausted for three months and my heart races on the stairs.",
                "[doctor] I think we need to look into the tiredness. I'll send you for some blood tests.",
                "[doctor] So, to sum up, we'll order a blood test first and speak again when the results are back."),
                "ASSESSMENT AND PLAN")).filteredOn(l -> l.matches("(?i).*order.*blood test.*")).hasSize(1);
    }
}
