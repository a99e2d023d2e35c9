package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.ehr.ChartFact;
import org.scribeonfhir.ehr.EncounterContext;
import org.scribeonfhir.ehr.EncounterFacts;
import org.scribeonfhir.ehr.PatientFacts;

/**
 * Numbers as they are said ("a thousand three times a day" is 1000 mg three times a day, not 1003; "four
 * twenty-eight" after a QTc; "zero point one two"; a peak flow blown "on the peak flow"; a personal best is no
 * reading) and stops that are not today's (another drug stays off; a recap's "no X, Y gel"; a stop before a test).
 * A dose raised without the old one said is the chart's, unless the visit says a number of that drug.
 */
class ReadingsSaidAndStopsTest {

    private static final String[] KNEE = {
        "[doctor] What are you taking for the knee at the moment?",
        "[patient] the paracetamol, two of the five hundreds, so a thousand three times a day",
        "[doctor] okay so paracetamol a thousand three times a day, and is that helping",
        "[patient] a bit, and I quit the naproxen because of my stomach",
        "[doctor] Okay. Having examined it, I think this is osteoarthritis of the knee, wear and tear.",
        "[doctor] So for the plan: keep the paracetamol a thousand three times a day, stay off the naproxen, and rub "
                + "the diclofenac gel on the knee four times a day.",
        "[doctor] so breath test this week then lansoprazole thirty before breakfast for eight weeks, stop the "
                + "famotidine, no naproxen, diclofenac gel and paracetamol for the knee, home blood pressures"};

    private static final String[] HEART = {
        "[doctor] Your ECG today shows sinus rhythm at sixty-four and the QTc is four twenty-eight.",
        "[doctor] And the thyroid test, the TSH, came back low at zero point one two.",
        "[doctor] I'll keep the bisoprolol and the ramipril as they are, and stay off the doxazosin.",
        "[doctor] For the stomach, we'll book a breath test, and you'll need to stop the omeprazole two weeks before "
                + "that test."};

    private static final String[] CHEST = {
        "[doctor] Have you got a peak flow meter at home?",
        "[patient] Yes. My best was four-fifty, a couple of years back.",
        "[doctor] Can you do one for me now, on the camera?",
        "[patient] Hang on... there. Three-eighty.",
        "[doctor] Thanks. And Tobias blew two hundred ten on the peak flow in clinic, which is about seventy five "
                + "percent of what we'd expect."};

    @Test
    void aThousandThreeTimesADayIsADoseAndHowOften() {
        List<String> lines = Visits.lines(Visits.draft(KNEE));
        assertThat(lines).noneMatch(l -> l.matches(".*\\b(?:1003|1000 3)\\b.*"))
                .anyMatch(l -> l.matches(".*(?i:paracetamol).*1000 mg three times daily.*"));
    }

    @Test
    void aRecapsNoItemStopsOnlyItsOwnDrug() {
        assertThat(Visits.lines(Visits.draft(KNEE), "ASSESSMENT AND PLAN"))
                .anyMatch(l -> l.matches("(?i).*start diclofenac gel four times daily.*"))
                .noneMatch(l -> l.matches("(?i).*stop diclofenac.*"))
                .noneMatch(l -> l.matches("(?i).*stop paracetamol.*"));
    }

    @Test
    void readingsSaidInWordsAreWrittenAsNumbers() {
        List<String> results = Visits.lines(Visits.draft(HEART), "RESULTS");
        assertThat(results).anyMatch(l -> l.contains("428")).anyMatch(l -> l.contains("0.12"));
    }

    @Test
    void anotherDrugStayingOffKeepsTheOnesKept() {
        assertThat(Visits.lines(Visits.draft(HEART), "ASSESSMENT AND PLAN"))
                .noneMatch(l -> l.matches("(?i).*stop (?:ramipril|bisoprolol).*"))
                .anyMatch(l -> l.matches("(?i).*(?:stop|avoid|stay off).*doxazosin.*"));
    }

    @Test
    void aStopBeforeATestIsNoStopToday() {
        assertThat(Visits.lines(Visits.draft(HEART), "ASSESSMENT AND PLAN"))
                .noneMatch(l -> l.matches("(?i).*Medical Treatment: Stop omeprazole.*"));
    }

    @Test
    void aPersonalBestIsNoReadingAndAReadingBlownOnTheMeterIs() {
        List<String> lines = Visits.lines(Visits.draft(CHEST));
        assertThat(lines).noneMatch(l -> l.matches("(?i).*peak flow (?:450|75%).*"))
                .anyMatch(l -> l.matches("(?i).*peak flow 210.*"));
    }

    private static EncounterContext chart(String label) {
        List<ChartFact> meds = List.of(new ChartFact("MedicationRequest/m0", "medication", label, "1 tablet daily",
                null, null));
        return new EncounterContext(new PatientFacts("p1", "Ada Example", "1970-01-01", "female", null),
                new EncounterFacts("e1", "in-progress", null, null, "2026-11-30", List.of()), List.of(), List.of(),
                List.of(), meds, List.of(), List.of(), null, null, List.of());
    }

    private static final String[] RAISED = {
        "[doctor] It's been eight weeks since we started the citalopram. How has it been?",
        "[patient] Better. I'm sleeping again.",
        "[doctor] Good. I think this is depression that is improving but not there yet.",
        "[doctor] So the plan: let's increase the citalopram to 30 mg once a day."};

    @Test
    void aDoseRaisedFromTheChartsDoseSaysWhereItWas() {
        List<String> lines = Visits.lines(Visits.draft(chart("Citalopram 20 mg oral tablet"), RAISED));
        assertThat(lines).anyMatch(l -> l.startsWith("Current medications:") && l.contains("citalopram 20 mg"))
                .anyMatch(l -> l.contains("Increase citalopram from 20 mg to 30 mg"));
    }

    @Test
    void aChartDoseTheVisitCorrectsIsNotWritten() {
        String[] corrected = RAISED.clone();
        corrected[1] = "[patient] Better. But it's forty of the citalopram now, the other doctor put it up.";
        List<String> lines = Visits.lines(Visits.draft(chart("Citalopram 20 mg oral tablet"), corrected));
        assertThat(lines).noneMatch(l -> l.contains("citalopram 20 mg") || l.contains("from 20 mg"));
    }
}
