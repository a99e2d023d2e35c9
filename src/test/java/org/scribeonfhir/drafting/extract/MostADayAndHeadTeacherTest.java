package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * The most a day said after a corrected frequency is no dose ("two of the five hundreds up to three… sorry, four times
 * a day, no more than eight tablets in twenty-four hours" is 1000 mg, not 8 tablets); the head teacher told about the
 * afternoon off is no headache.
 */
class MostADayAndHeadTeacherTest {

    private static final String[] CALF = {
        "[patient] It's my right calf. It started on Thursday and it's just not going away.",
        "[doctor] So, pain in the right calf after a long flight. I want to make sure this isn't a clot in the leg, a "
                + "DVT, so number one, I'm booking you into the DVT clinic this afternoon.",
        "[doctor] Number two, for the pain, paracetamol, two of the five hundred milligram tablets up to three... "
                + "sorry, up to four times a day, no more than eight tablets in twenty-four hours.",
        "[patient] Two tablets, up to four times a day.",
        "[patient] Thank you. I'll let the head know I'm leaving at lunch."};

    @Test
    void theMostADayAfterACorrectedFrequencyIsNoDose() {
        assertThat(Visits.lines(Visits.draft(CALF), "ASSESSMENT AND PLAN"))
                .anyMatch(l -> l.contains("paracetamol") || l.contains("Paracetamol"))
                .noneMatch(l -> l.contains("Start paracetamol (acetaminophen) 8 tablets"))
                .anyMatch(l -> l.matches(
                        ".*paracetamol \\(acetaminophen\\) (?:1000 mg|2 tablets).*four times daily.*"));
    }

    @Test
    void theHeadToldOfTheAfternoonIsNoHeadache() {
        assertThat(Visits.lines(Visits.draft(CALF)))
                .noneMatch(l -> l.toLowerCase(java.util.Locale.ROOT).contains("headache"));
    }
}
