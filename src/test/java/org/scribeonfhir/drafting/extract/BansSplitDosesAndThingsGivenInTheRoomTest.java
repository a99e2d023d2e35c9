package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * Medication defects of the 2.5.85 read (`src/challenge/reads/2.5.85`), each written again in our own words: a
 * relative's tablet, drugs banned with "no", a dose split over the day, words that are no order (a drug that reduces
 * clearance, one drop of a lubricant, the iron store), the patient putting the listed dose right, what was given in
 * the room (a drip, a drop, a ring block, a spray), a script to fill only if worse, and courses long over.
 */
class BansSplitDosesAndThingsGivenInTheRoomTest {

    private static List<String> all(String... lines) {
        return Visits.lines(Visits.draft(lines));
    }

    private static String current(List<String> note) {
        return note.stream().filter(l -> l.startsWith("Current medications")).findFirst().orElse("");
    }

    @Test
    void aTabletTheWifeSaysIsHisMothersIsNotHisMedication() {
        List<String> note = all("[patient] I'm here for my epilepsy review.",
                "[doctor] Any other medicines?",
                "[patient] The bisoprolol, two point five.",
                "[wife] That's your mother's. You pick it up for her.",
                "[patient] Oh yes. That is my mother's heart tablet.");
        assertThat(current(note)).doesNotContain("bisoprolol");
    }

    @Test
    void aPainkillerBannedWhileOnLithiumIsStoppedAndTheOthersAvoided() {
        List<String> note = all("[patient] My hands have been shaky since last week.",
                "[patient] My knee was sore after tennis so I took ibuprofen, 400 twice a day.",
                "[doctor] Let me see your hands. There's a fine tremor.",
                "[doctor] So the plan is this. The ibuprofen has pushed your lithium level up.",
                "[doctor] So, no ibuprofen, no Brufen, no naproxen, none of those painkillers while you're on "
                        + "lithium.");
        assertThat(note).anyMatch(l -> l.contains("Stop") && l.toLowerCase().contains("ibuprofen"))
                .anyMatch(l -> l.startsWith("• Patient Education") && l.contains("avoid") && l.contains("naproxen"))
                .noneMatch(l -> l.contains("Stop naproxen"));
        assertThat(current(note)).doesNotContain("ibuprofen");
    }

    @Test
    void aTabletCountCorrectionIsASplitDoseNotTwoMilligrams() {
        List<String> note = all("[doctor] What dose of lithium are you on?",
                "[patient] Lithium carbonate, the four hundred milligram tablets. Three at night.",
                "[wife] No, two at night and one in the morning.",
                "[patient] Yes, she's right.");
        assertThat(current(note)).contains("800 mg at night and 400 mg in the morning").doesNotContain("2 mg");
    }

    @Test
    void aDrugThatReducesClearanceIsNoDoseChange() {
        List<String> note = all("[patient] My hands are shaky.",
                "[doctor] What dose of lithium are you on?",
                "[patient] Lithium, 800 milligrams at night.",
                "[doctor] Let me see your hands. There's a fine tremor.",
                "[doctor] So the plan is this. Painkillers like naproxen reduce how the kidneys clear lithium, so the "
                        + "level goes up.");
        assertThat(note).noneMatch(l -> l.contains("Decrease"));
    }

    @Test
    void dontRestartTheOldAntibioticStopsItAndTheNewOneStarts() {
        List<String> note = all("[patient] My throat is sore and I can hardly swallow.",
                "[doctor] What have you taken so far?",
                "[patient] I've been taking amoxicillin, 500 three times a day, since Friday.",
                "[doctor] Let me have a look. Your right tonsil is swollen.",
                "[doctor] So this is tonsillitis. At home, Augmentin tablets, 625 milligrams three times a day for 7 "
                        + "days. Don't restart the old amoxicillin, the Augmentin replaces it.");
        assertThat(note).anyMatch(l -> l.contains("Start Augmentin") && l.contains("625 mg"))
                .noneMatch(l -> l.contains("Stop Augmentin"));
        assertThat(current(note)).doesNotContain("amoxicillin");
    }

    @Test
    void theNurseSayingTheDripIsGoingInRecordsTheDoseGivenApartFromHomeTablets() {
        List<String> note = all("[patient] My tonsil is swollen and I can't eat.",
                "[doctor] Sister will give you ceftriaxone, 2 grams IV, through the drip.",
                "[nurse] Ceftriaxone 2 grams IV going in now through the right hand drip.",
                "[doctor] At home, cefuroxime tablets, 500 milligrams twice a day for 7 days.");
        assertThat(note).anyMatch(l -> l.toLowerCase().contains("ceftriaxone") && l.contains("2 g")
                && l.contains("given in clinic")).noneMatch(l -> l.contains("Start") && l.contains("eftriaxone"));
    }

    @Test
    void oneDropPutInTheEyeNowIsGivenAndNoDecrease() {
        List<String> note = all("[patient] My eye won't shut since the palsy.",
                "[doctor] Let me look. Your right eye doesn't close fully.",
                "[doctor] So this is a Bell's palsy. The most important thing is the eye.",
                "[doctor] I'm putting one drop of hypromellose, the artificial tears, into your right eye now.",
                "[doctor] Use them every two hours while you're awake.");
        assertThat(note).anyMatch(l -> l.toLowerCase().contains("hypromellose") && l.contains("given in clinic")
                && l.contains("1 drop "))
                .noneMatch(l -> l.contains("Decrease") || l.contains("Stop"));
    }

    @Test
    void thePatientPuttingTheListedDoseRightIsTheDoseKept() {
        List<String> note = all("[patient] My hips are stiff every morning.",
                "[doctor] For medication I've got ramipril 5 milligrams once a day for the blood pressure. Anything "
                        + "else?",
                "[patient] It's 10, doctor. They put it up in the spring at the pharmacy. 10 in the morning.",
                "[doctor] You're right, I see it now. Anything else?");
        assertThat(current(note)).contains("ramipril 10 mg").doesNotContain("ramipril 5 mg");
    }

    @Test
    void theIronStoreAndAnIronPoorDietAreNoIronOrder() {
        List<String> note = all("[patient] I'm exhausted all the time.",
                "[doctor] Let me look at you. You look pale.",
                "[doctor] So this is iron deficiency anaemia. Ferritin, the iron store, 5 micrograms per litre, very "
                        + "low. A diet low in iron adds to it.",
                "[doctor] Treatment: ferrous fumarate 210 milligrams, one tablet every other day.");
        assertThat(note).noneMatch(l -> l.contains("ferrous sulfate"))
                .noneMatch(l -> l.contains("Start") && l.contains("mcg"))
                .anyMatch(l -> l.contains("Start ferrous fumarate"));
    }

    @Test
    void aScriptToFillOnlyIfItSpreadsIsABackUp() {
        List<String> note = all("[patient] My toe is red around the nail.",
                "[doctor] Let me see. The nail fold is red and swollen.",
                "[doctor] So this is an ingrown toenail. I'll give you a script for flucloxacillin, 500 milligrams "
                        + "four times a day for 7 days, but "
                        + "only fill it and start it if the redness spreads up the foot.");
        assertThat(note).anyMatch(l -> l.contains("Back-up prescription") && l.contains("flucloxacillin"))
                .noneMatch(l -> l.contains("Start flucloxacillin"));
    }

    @Test
    void stitchesWithLocalLastYearAndACourseTakenAllTenDaysAreNotCurrent() {
        List<String> note = all("[patient] My nail is ingrown.",
                "[mother] Last year he had stitches with local, lidocaine, and he was fine.",
                "[patient] And I took that amoxicillin for my ear all 10 days.");
        assertThat(current(note)).doesNotContain("lidocaine").doesNotContain("amoxicillin");
    }

    @Test
    void aRingBlockNarratedIsGivenWithStrengthAmountAndSite() {
        List<String> note = all("[patient] My toenail has been sore for a month.",
                "[doctor] Let me see. The outer nail fold is red and swollen.",
                "[doctor] So this is an ingrown toenail, and the plan is a wedge resection.",
                "[doctor] First the injection, a ring block at the base of the toe. Lidocaine 1%, no, 2%, plain. 3 mL "
                        + "each side, 6 mL in total. Sharp scratch.",
                "[patient] Ow.");
        assertThat(note).anyMatch(l -> l.contains("6 mL of 2%") && l.contains("ring block") && l.contains("given"))
                .noneMatch(l -> l.contains("Start lidocaine"));
    }

    @Test
    void aThroatSprayAndAnInjectionNarratedAreGivenEachWithItsSite() {
        List<String> note = all("[patient] I can't open my mouth properly.",
                "[doctor] Let me look. The left side above the tonsil is bulging.",
                "[doctor] So this is a peritonsillar abscess, and I'll drain it now.",
                "[doctor] Right: lidocaine 10% spray, 3 sprays to the back of the throat. Now 2 mL of lidocaine 1% "
                        + "into the left peritonsillar area.");
        assertThat(note).anyMatch(l -> l.contains("3 sprays of 10%") && l.contains("given"))
                .anyMatch(l -> l.contains("2 mL of 1%") && l.contains("peritonsillar") && l.contains("given"));
    }
}
