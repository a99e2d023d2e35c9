package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * A raw speech-recognition visit (no punctuation, numbers in words): results read out with their units in words,
 * a frequency corrected to every other day, a plan read out as "number one … number four" with a referral "to talk
 * about" options, a disease only to be excluded by a blood test, and "not great" that denies nothing.
 */
class IronDeficiencyDictatedRawTest {

    private static final String[] VISIT = {
        "[doctor] hi miss tamberlane come on in what's going on",
        "[patient] not great doc honestly i've been wiped out for like three months now",
        "[doctor] your blood tests came back the ferritin was nine that's nanograms per milliliter and the hemoglobin "
                + "was ten point four grams per deciliter",
        "[doctor] so this is iron deficiency anemia most likely from the heavy periods",
        "[doctor] here's the plan number one iron ferrous sulfate three twenty five milligrams twice a day no actually "
                + "once every other day",
        "[doctor] number two i'm referring you to gynecology to talk about the iud options",
        "[doctor] number three because you've got low iron i want to make sure this isn't celiac disease so i'm "
                + "adding a celiac blood test",
        "[doctor] so just to recap iron every other day with orange juice pelvic ultrasound gynecology referral "
                + "celiac blood test and recheck labs in eight weeks"};

    @Test
    void unitsSaidInWordsAreWrittenAsPrinted() {
        List<String> results = Visits.lines(Visits.draft(VISIT), "RESULTS");
        assertThat(String.join(" ", results)).contains("9 that's ng/mL").contains("10.4 g/dL");
    }

    @Test
    void theCorrectedFrequencyIsEveryOtherDay() {
        assertThat(Visits.lines(Visits.draft(VISIT), "ASSESSMENT AND PLAN"))
                .anyMatch(l -> l.contains("325 mg every other day"));
    }

    @Test
    void aNumberedReferralToTalkAboutOptionsIsAReferral() {
        assertThat(Visits.lines(Visits.draft(VISIT), "ASSESSMENT AND PLAN"))
                .anyMatch(l -> l.contains("Referral to gynecology"));
    }

    @Test
    void aDiseaseOnlyTestedForIsNoProblem() {
        assertThat(Visits.lines(Visits.draft(VISIT), "ASSESSMENT AND PLAN"))
                .noneMatch(l -> l.matches("\\d+\\. Celiac disease\\."));
    }

    @Test
    void notGreatDeniesNothing() {
        assertThat(Visits.lines(Visits.draft(VISIT), "HISTORY OF PRESENT ILLNESS"))
                .anyMatch(l -> l.contains("fatigue") && l.contains("3 months"))
                .noneMatch(l -> l.contains("denies fatigue"));
    }
}
