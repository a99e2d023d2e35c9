package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * Without the patient's sex, a restated sentence names "the patient" once and then says "they" ("since they cleaned
 * out the shed"), not "the patient" over and over; a greeting ("Hey,") is no part of the story; a denial the patient
 * confirms ("there was no blood in your vomit, is that right?" "Yeah") is no contradiction for the check.
 */
class TheyAfterThePatientTest {

    private static final String[] VISIT = {
        "[doctor] Good morning, how can I help?",
        "[patient] Hey, I've had a wheeze for two days, since I cleaned out the shed, and I can't finish my sentences.",
        "[doctor] Have you been sick at all?",
        "[patient] I vomited once at the start.",
        "[doctor] And there was no blood in your vomit, is that right?",
        "[patient] Yeah, yeah, just normal vomit. No blood.",
        "[doctor] I think this is most likely your asthma."};

    @Test
    void thePatientOnceThenThey() {
        List<String> hpi = Visits.lines(Visits.draft(VISIT), "HISTORY OF PRESENT ILLNESS");
        assertThat(hpi).anyMatch(l -> l.matches("The patient has had a wheeze for 2 days, since they cleaned out the "
                + "shed, and they can(?:'t|not) finish their sentences\\."))
                .noneMatch(l -> l.contains("the patient's sentences") || l.startsWith("Hey"));
    }

    @Test
    void aConfirmedDenialIsNoContradiction() {
        var note = Visits.draft(VISIT);
        assertThat(Visits.lines(note)).anyMatch(l -> l.matches("(?i).*denies[^.]*hematemesis.*"));
        assertThat(Visits.check(note, VISIT).problems()).noneMatch(p -> p.detail().contains("hematemesis"));
    }
}
