package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * Defects of the 2.5.70 read (`src/challenge/reads/2.5.70`), each written again in our own words: a drug the patient
 * asks for and the clinician refuses, one never started, one taken years ago, listed as current; a change "from once
 * a day to twice a day" written at the old frequency; a course "through tonight, then stop" written as continued; the
 * next item's dose given to the drug before it; a corrected dose given in the room written as a new prescription.
 */
class RefusedRequestsAndCorrectedRegimensTest {

    private static List<String> hpi(String... lines) {
        return Visits.lines(Visits.draft(lines), "HISTORY OF PRESENT ILLNESS");
    }

    private static List<String> plan(String... lines) {
        return Visits.lines(Visits.draft(lines), "ASSESSMENT AND PLAN");
    }

    private static boolean current(String line, String drug) {
        return line.startsWith("Current medications") && line.toLowerCase().contains(drug);
    }

    @Test
    void aDrugAskedForAndRefusedIsWrittenAsNotPrescribed() {
        var note = Visits.draft("[patient] I can't sleep since the new job.",
                "[doctor] So I think this is insomnia with your low mood.",
                "[patient] Could you give me something for sleep, though, like Temazepam? My sister takes it.",
                "[doctor] I'm not going to prescribe temazepam. It's habit-forming. I'll refer you for sleep therapy.");
        assertThat(Visits.lines(note, "HISTORY OF PRESENT ILLNESS")).noneMatch(l -> current(l, "temazepam"));
        assertThat(Visits.lines(note, "ASSESSMENT AND PLAN")).anyMatch(l -> l.contains("not prescribed")
                && l.toLowerCase().contains("temazepam"));
    }

    @Test
    void aDrugPrescribedButNeverStartedIsNotCurrent() {
        assertThat(hpi("[patient] My ankles are more swollen.", "[doctor] What are you taking now?",
                "[patient] The carvedilol twice a day. Oh, and the Jardiance you wanted me to start.",
                "[doctor] How's that going?", "[patient] I never started it, it was too expensive."))
                .noneMatch(l -> current(l, "jardiance") || current(l, "empagliflozin"));
    }

    @Test
    void aDrugTakenYearsAgoIsNotCurrent() {
        assertThat(hpi("[patient] My big toe is red and swollen since yesterday.", "[doctor] Any stomach problems?",
                "[patient] I had a bleeding ulcer in twenty nineteen. The doctor reckoned it was from all the naproxen "
                        + "I was taking for my back.",
                "[doctor] And the allopurinol Dr. Kim started?", "[patient] I stopped it after three weeks.",
                "[doctor] So no allopurinol for over a year."))
                .noneMatch(l -> current(l, "naproxen") || current(l, "allopurinol"));
    }

    @Test
    void aChangeFromOnceToTwiceADayKeepsBothFrequencies() {
        assertThat(plan("[patient] My legs are more swollen and I'm short of breath.",
                "[doctor] So I think your heart failure is worse. Here's the plan. First, I'm increasing your "
                        + "torsemide.",
                "[doctor] Let me summarize. Torsemide goes from twenty milligrams once a day to twenty milligrams "
                        + "twice a day."))
                .anyMatch(l -> l.contains("torsemide from 20 mg daily to 20 mg twice daily"));
    }

    @Test
    void aCourseThroughTonightThenStopIsNoOngoingDrug() {
        assertThat(plan("[patient] It burns when I pee. I've been taking Azo from the drugstore, two tablets three "
                        + "times a day.", "[doctor] So I think this is a bladder infection.",
                "[doctor] The Azo: you can take it through tonight and then stop."))
                .anyMatch(l -> l.contains("through tonight, then stop"));
    }

    @Test
    void theNextItemOfAReadBackKeepsItsOwnDose() {
        assertThat(hpi("[parent] He's been wheezy since Sunday.", "[doctor] So I think this is a viral wheeze.",
                "[doctor] Salbutamol ten puffs every four hours through the spacer.",
                "[parent] So, Calpol if he needs it, the inhaler ten puffs every four hours."))
                .noneMatch(l -> l.contains("Calpol") && l.contains("puffs"));
    }

    @Test
    void aCorrectedDoseGivenHereIsNoNewPrescription() {
        assertThat(plan("[parent] He's wheezy and coughing at night.", "[doctor] So I think this is a viral wheeze.",
                "[doctor] I'd like to give him some treatment here now. The nurse will give him ten puffs of "
                        + "salbutamol through a spacer, and I'll give him a dose of prednisolone. I'll give him forty, "
                        + "sorry, twenty milligrams.",
                "[doctor] At home, prednisolone twenty milligrams once a day in the morning for two more days."))
                .anyMatch(l -> l.contains("Prednisolone 20 mg given in clinic"))
                .anyMatch(l -> l.contains("Salbutamol") && l.contains("given in clinic"))
                .anyMatch(l -> l.contains("Start prednisolone 20 mg every morning for 2 days"))
                .noneMatch(l -> l.matches(".*Start prednisolone 20 mg\\.$"));
    }
}
