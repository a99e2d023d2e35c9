package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/** Red flags asked and denied, as challenge dev visits asked them: the light, the colour of the urine. */
class RedFlagDenialsTest {

    @Test
    void anUnpunctuatedQuestionAboutTheLightIsDeniedByNope() {
        List<String> hpi = Visits.lines(Visits.draft("[parent] he's had a fever and a headache since last night",
                "[doctor] does the light bother his eyes is he squinting or hiding from the light",
                "[parent] nope none of that he's been watching cartoons all morning"), "HISTORY OF PRESENT ILLNESS");
        assertThat(hpi).anyMatch(l -> l.contains("denies") && l.contains("photophobia"))
                .noneMatch(l -> l.contains("reports") && l.contains("photophobia"));
    }

    @Test
    void darkUrineIsItsOwnSymptomNotLessUrine() {
        List<String> hpi = Visits.lines(Visits.draft("[patient] I've had fevers since I got back from the trip.",
                "[doctor] Any yellow eyes or dark urine?", "[patient] No, neither."), "HISTORY OF PRESENT ILLNESS");
        assertThat(hpi).anyMatch(l -> l.contains("denies") && l.contains("jaundice") && l.contains("dark urine"))
                .noneMatch(l -> l.contains("decreased urine output"));
    }
}
