package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * Words that only sound clinical, and corrections of how often: a dose corrected to "five times a day" keeps its
 * 800 mg; a home blood pressure is the patient's reading and the usual one is no vital; "the last three weeks it's
 * gotten worse" is not how long the knee has hurt; "blood in it" after watery diarrhoea is blood in the stool; a
 * hopeless Wi-Fi, a form sent to St Aldhelm's and a lab's "it's not rheumatoid arthritis" are no symptom, drug or
 * result.
 */
class AsidesAndCorrectionsTest {

    private static final String[] SHINGLES = {
        "[doctor] Hi, can you see me?",
        "[patient] Yes, sorry, the Wi-Fi in the staff room is hopeless.",
        "[patient] My left knee has been bugging me about four months now, and the last three weeks it's gotten a lot "
                + "worse.",
        "[doctor] Your blood tests from last week came back. The CRP was eighteen milligrams per litre, so raised.",
        "[doctor] It's not rheumatoid arthritis, no.",
        "[doctor] I'm prescribing aciclovir, eight hundred milligrams three times a... no, five times a day, for seven "
                + "days.",
        "[doctor] And x-rays of both knees, I'll send the form to St Aldhelm's, it's walk-in."};

    private static final String[] DIARRHOEA = {
        "[doctor] What's been happening?",
        "[patient] I was sick twice on Saturday night.",
        "[doctor] Any more vomiting since?",
        "[patient] Not since yesterday. But the other end, I went eight times yesterday. It's like water.",
        "[doctor] Any blood in it?",
        "[patient] No blood, no.",
        "[doctor] Do you have a blood pressure machine at home?",
        "[patient] I did it before you rang, one-oh-eight over sixty-four. I'm normally about one thirty-five over "
                + "eighty."};

    @Test
    void aFrequencyCorrectionKeepsTheDose() {
        assertThat(Visits.lines(Visits.draft(SHINGLES), "ASSESSMENT AND PLAN"))
                .anyMatch(l -> l.contains("800 mg 5 times a day for 7 days"))
                .noneMatch(l -> l.contains("testosterone"));
    }

    @Test
    void theTimeItHasBeenWorseIsNotHowLongItHasHurt() {
        assertThat(Visits.lines(Visits.draft(SHINGLES), "HISTORY OF PRESENT ILLNESS"))
                .contains("The patient reports left knee pain for 4 months.").noneMatch(l -> l.contains("3 weeks"));
    }

    @Test
    void aHopelessConnectionIsNoSymptom() {
        assertThat(Visits.lines(Visits.draft(SHINGLES), "REVIEW OF SYSTEMS")).noneMatch(l -> l.contains("hopeless"));
    }

    @Test
    void resultsReadOutAreResultsWithTheirUnit() {
        List<String> results = Visits.lines(Visits.draft(SHINGLES), "RESULTS");
        assertThat(results).anyMatch(l -> l.contains("18 mg/L"))
                .noneMatch(l -> l.contains("rheumatoid"));
        assertThat(Visits.lines(Visits.draft(SHINGLES), "PHYSICAL EXAM")).noneMatch(l -> l.contains("CRP"));
    }

    @Test
    void bloodInItAfterWateryStoolsIsBloodInTheStool() {
        List<String> hpi = Visits.lines(Visits.draft(DIARRHOEA), "HISTORY OF PRESENT ILLNESS");
        assertThat(hpi).anyMatch(l -> l.contains("denies hematochezia"))
                .noneMatch(l -> l.contains("hematemesis"));
    }

    @Test
    void aHomeReadingIsReportedAndTheUsualOneIsNoVital() {
        var note = Visits.draft(DIARRHOEA);
        assertThat(Visits.lines(note, "HISTORY OF PRESENT ILLNESS"))
                .anyMatch(l -> l.contains("blood pressure 108/64 mmHg"));
        assertThat(Visits.lines(note, "PHYSICAL EXAM")).noneMatch(l -> l.contains("135/80"));
    }
}
