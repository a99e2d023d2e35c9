package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * Skipped beats in a woman whose father had atrial fibrillation (written by us after reading a challenge dev draft
 * whose complaint was "heart pain" and whose plan lost the statin): "it's my heart… tripping over itself", what
 * brings it on told in two sentences, hot flushes that finished, "with your dad's history I'd like to try…".
 */
class SkippedBeatsTest {

    private static final String[] VISIT = {"[doctor] What can I do for you today?",
        "[patient] It's my heart. For about a month now it keeps tripping over itself, like it misses a beat.",
        "[doctor] Anything that brings it on?",
        "[patient] It's worse when I've had a lot of tea. And lying on my right side at night.",
        "[doctor] Any weight loss, feeling hot all the time?",
        "[patient] No. The hot flushes finished about three years ago, thank goodness.",
        "[doctor] Let me examine you. Heart sounds are normal, no murmurs.",
        "[doctor] What I think is going on is ectopic beats.",
        "[doctor] About the cholesterol: with your dad's history I'd like to try a different statin, rosuvastatin, at "
            + "a low dose. Ten... sorry, five milligrams, once a day."};

    @Test
    void itsMyHeartTrippingOverItselfIsPalpitations() {
        List<String> cc = Visits.lines(Visits.draft(VISIT), "CHIEF COMPLAINT");
        assertThat(cc).anyMatch(l -> l.startsWith("Palpitations")).noneMatch(l -> l.contains("pain"));
    }

    @Test
    void whatBringsItOnToldInTwoSentencesIsBothFactors() {
        assertThat(Visits.lines(Visits.draft(VISIT), "HISTORY OF PRESENT ILLNESS"))
                .anyMatch(l -> l.contains("worse with a lot of tea and lying on her right side at night")
                        || l.contains("worse with a lot of tea and lying on the patient's right side at night")
                        || l.contains("worse with a lot of tea and lying on their right side at night"));
    }

    @Test
    void hotFlushesThatFinishedYearsAgoAreNoCurrentComplaint() {
        assertThat(Visits.lines(Visits.draft(VISIT), "HISTORY OF PRESENT ILLNESS"))
                .noneMatch(l -> l.contains("reports hot flashes"));
    }

    @Test
    void aStatinTriedBecauseOfTheFathersHistoryIsThePatientsOrder() {
        assertThat(Visits.lines(Visits.draft(VISIT), "ASSESSMENT AND PLAN"))
                .anyMatch(l -> l.contains("Start rosuvastatin 5 mg daily"));
    }
}
