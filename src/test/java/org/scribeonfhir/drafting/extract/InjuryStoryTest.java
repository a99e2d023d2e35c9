package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/** How an injury happened, retold in the third person: the past stays past, the day is a name. */
class InjuryStoryTest {

    @Test
    void aWeekdaySaidInRawSpeechIsCapitalisedInTheStory() {
        assertThat(Visits.lines(Visits.draft("[doctor] what brings you in", "[patient] my lower back is killing me",
                "[doctor] what happened", "[patient] I hurt it on saturday helping a buddy move.")))
                .anyMatch(l -> l.contains("hurt it on Saturday"));
    }
}
