package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.visit.VisitModel;
import org.scribeonfhir.ehr.ChartFact;
import org.scribeonfhir.ehr.EncounterContext;
import org.scribeonfhir.ehr.EncounterFacts;
import org.scribeonfhir.ehr.PatientFacts;

/** A drug the patient stopped stays stopped: read back from the chart, recalled later, or named as food. */
class StoppedMedicationsTest {

    private static EncounterContext chartWith(String medication, String sig) {
        return new EncounterContext(new PatientFacts("p1", "Ada Example", "1950-01-01", "male", null),
                new EncounterFacts("e1", "in-progress", null, null, "2026-11-30", List.of()), List.of(), List.of(),
                List.of(), List.of(new ChartFact("MedicationRequest/m1", "medication", medication, sig, null, null)),
                List.of(), List.of(), null, null, List.of());
    }

    @Test
    void aChartDrugReadBackAndStoppedIsNotCurrentWhenRecalledLater() {
        var note = Visits.draft(chartWith("Simvastatin 20 mg oral tablet", "1 tablet at bedtime"),
                "[doctor] so we're here to follow up your blood pressure",
                "[patient] yeah and i'm getting up to pee three times a night",
                "[doctor] and the blood pressure medicine what are you taking right now",
                "[patient] the amlodipine",
                "[doctor] okay so amlodipine ten milligrams once a day i'll fix that in the chart and i have "
                        + "simvastatin twenty at night",
                "[patient] yeah so i stopped that in july my legs were cramping at night",
                "[doctor] okay anything else over the counter vitamins", "[patient] nope that's it",
                "[doctor] your ldl cholesterol was one forty one which is up from ninety eight when you were on the "
                        + "simvastatin");
        assertThat(Visits.lines(note)).anyMatch(l -> l.startsWith("Current medications:"))
                .noneMatch(l -> l.startsWith("Current medications:") && l.contains("simvastatin"));
    }

    @Test
    void tabletsStoppedAndCalciumFromFoodAreNoOrderToStartCalcium() {
        VisitModel v = Visits.read(chartWith("Calcium carbonate 600 mg oral tablet", "1 tablet daily"),
                "[doctor] eighty eight micrograms every morning thank you i'll update that and the "
                        + "calcium tablets",
                "[patient] i stopped those um they made me so constipated i stopped them in july",
                "[doctor] so here's the plan",
                "[doctor] and vitamin d one thousand units a day and try to get your calcium from food since the "
                        + "tablets didn't agree with you");
        assertThat(v.medications()).filteredOn(m -> m.drug().contains("calcium")).isNotEmpty().allSatisfy(m -> {
            assertThat(m.current()).isFalse();
            assertThat(m.action()).isNotEqualTo("start");
        });
    }

    @Test
    void neverTakenAnsweredNeverNoIsNotCurrent() {
        VisitModel v = Visits.read(chartWith("Montelukast 5 mg chewable tablet", "1 tablet at bedtime"),
                "[doctor] and then the montelukast the chewable tablet that was added in the spring",
                "[parent] we never started that the pharmacy never filled it",
                "[doctor] okay so he's never taken any montelukast", "[parent] never no");
        assertThat(v.medications()).filteredOn(m -> m.drug().equals("montelukast")).isNotEmpty()
                .allSatisfy(m -> assertThat(m.current()).isFalse());
    }

    @Test
    void aCourseFinishedADrugNeverPickedUpAndNoneSinceMarchAreNotCurrent() {
        VisitModel v = Visits.read(
                "[doctor] so the isotretinoin course finished in april anything else regular",
                "[patient] the gp gave me naproxen for my back in the summer but i never picked it up",
                "[doctor] And the atorvastatin twenty at night?",
                "[patient] I ran out in March and my legs stopped aching, so I never went back.",
                "[doctor] So no atorvastatin since March, about five months.");
        assertThat(v.medications()).filteredOn(m -> m.drug().matches("isotretinoin|naproxen|atorvastatin"))
                .hasSize(3).allSatisfy(m -> assertThat(m.current()).isFalse());
    }

    @Test
    void aDrugThatStaysStoppedOrIsTakenOffTheListIsNotCurrent() {
        VisitModel v = Visits.read(
                "[doctor] The escitalopram stays stopped.",
                "[doctor] The hydroxyzine, since you haven't needed it, I'll take off your list.");
        assertThat(v.medications()).filteredOn(m -> m.drug().matches("escitalopram|hydroxyzine")).hasSize(2)
                .allSatisfy(m -> assertThat(m.current()).isFalse());
    }

    @Test
    void noIbuprofenBecauseOfTheAllergyIsNoStopOrder() {
        var note = Visits.draft("[patient] I can't take ibuprofen, I'm allergic, my lips swell up.",
                "[doctor] So here's the plan.",
                "[doctor] Carry on with the paracetamol. No ibuprofen because of the allergy.");
        assertThat(Visits.lines(note)).noneMatch(l -> l.contains("Stop ibuprofen"));
    }

    @Test
    void aChartDrugReadBackThenAskedAboutAndNeverGotIsNotCurrent() {
        VisitModel v = Visits.read(chartWith("Fluticasone propionate 50 mcg/actuation nasal spray", "2 sprays daily"),
                "[doctor] and the nose spray the fluticasone on your list are you using that",
                "[patient] no i never got that the pharmacy never filled it");
        assertThat(v.medications()).filteredOn(m -> m.drug().equals("fluticasone")).isNotEmpty()
                .allSatisfy(m -> assertThat(m.current()).isFalse());
    }

    @Test
    void aChartDrugAnotherDoctorStoppedIsNeitherCurrentNorListedFromTheChart() {
        var note = Visits.draft(chartWith("Lisinopril 5 mg oral tablet", "1 tablet daily"),
                "[doctor] Okay, the furosemide once a day. And the lisinopril?",
                "[patient] They stopped that in August when you put me on the Entresto. I take the Entresto twice a day.",
                "[doctor] Right, lisinopril off the list.");
        assertThat(Visits.lines(note)).noneMatch(l -> l.startsWith("Medications on the chart") && l.contains("Lisinopril"))
                .noneMatch(l -> l.startsWith("Current medications") && l.contains("lisinopril"));
        var child = Visits.draft(chartWith("Montelukast 4 mg chewable tablet", "1 tablet at bedtime"),
                "[doctor] good and the montelukast i still have on his list the singulair",
                "[parent] oh no doctor patel stopped that last year it gave him nightmares like really bad ones so "
                        + "he's been off it over a year");
        assertThat(Visits.lines(child)).noneMatch(l -> l.startsWith("Current medications") && l.contains("montelukast"))
                .noneMatch(l -> l.startsWith("Medications on the chart") && l.contains("Montelukast"));
    }

    @Test
    void aDrugSwitchedForAnotherAndReadBackFromTheChartIsNoOrderToStartIt() {
        var note = Visits.draft(chartWith("Lisinopril 10 mg oral tablet", "1 tablet daily"),
                "[doctor] so we'll adjust the water pill today. let me go over your medicines i have carvedilol twelve "
                        + "point five twice a day lisinopril ten once a day and furosemide forty once a day",
                "[patient] the lisinopril they switched that in august to the entresto i take that twice a day",
                "[doctor] okay good so entresto twice a day and no lisinopril i'll fix that on the list");
        assertThat(Visits.lines(note)).noneMatch(l -> l.matches("(?i).*\\b(?:start|continue|current medications)\\b.*"
                + "lisinopril.*")).noneMatch(l -> l.startsWith("Medications on the chart") && l.contains("Lisinopril"));
    }

    @Test
    void aDrugStoppedForWhatItDidIsToldOnceWithWhy() {
        var lines = Visits.lines(Visits.draft("[doctor] have you taken anything for the back?",
                "[patient] i took some ibuprofen over the weekend, two 200s a couple of times, but it gave me heartburn "
                        + "pretty bad so i stopped."));
        assertThat(lines).contains("Stopped ibuprofen because of heartburn.")
                .noneMatch(l -> l.contains("no longer taking ibuprofen"));
    }

    @Test
    void hrtPatchesStoppedLastSpringAreTheChartsEvorelAndNotOnItsList() {
        var note = Visits.draft(chartWith("Evorel 50 transdermal patches", "apply 1 patch twice weekly"),
                "[doctor] And what are you taking at the moment?",
                "[patient] Just my levothyroxine, seventy-five micrograms every morning. I was on the HRT patches but I "
                        + "stopped those last spring.",
                "[doctor] Okay, so no HRT now, I'll update that.");
        assertThat(Visits.lines(note)).contains("He is no longer taking HRT patches (estradiol).")
                .noneMatch(l -> l.startsWith("Medications on the chart:") && l.contains("Evorel"));
    }

    @Test
    void aCreamGivenUpOnAndAnInhalerUnusedForYearsAreNotCurrent() {
        var note = Visits.draft(chartWith("Salbutamol 100 micrograms/dose inhaler", "2 puffs when required"),
                "[doctor] What do you put on the hands at the moment?",
                "[patient] E45 when I remember. And I bought some hydrocortisone from the chemist, the one percent, I "
                        + "used it twice a day for about ten days and it didn't touch it, so I gave up on it.",
                "[doctor] And there's a salbutamol inhaler on here too.",
                "[patient] That's from when I was a kid. I haven't used one since I was about fifteen.");
        assertThat(Visits.lines(note)).noneMatch(l -> l.startsWith("Current medications:")
                && (l.contains("hydrocortisone") || l.contains("albuterol") || l.contains("Salbutamol")))
                .noneMatch(l -> l.startsWith("Medications on the chart:") && l.contains("Salbutamol"));
    }

    @Test
    void whatADrugWasGivenForIsNotItsSideEffect() {
        var note = Visits.draft("[doctor] What have you tried for the pain?",
                "[patient] I had some Gaviscon in the cupboard, the doctor gave me it last year for heartburn, but it "
                        + "did nothing for this so I've stopped it.");
        assertThat(Visits.lines(note)).noneMatch(l -> l.contains("side effects") && l.contains("heartburn"));
    }

    @Test
    void leftoverPillsThePatientDoesNotTakeAreNotCurrentButPillsNotTakenWithFoodAre() {
        var v = Visits.read("[doctor] What are you taking at the moment?",
                "[patient] I've got some of those muscle relaxers from last year, cyclobenzaprine, but I don't take "
                        + "them, they knock me out cold. And the metformin, but I don't take it with food.");
        assertThat(v.medications()).filteredOn(m -> m.drug().equals("cyclobenzaprine"))
                .singleElement().satisfies(m -> assertThat(m.current()).isFalse());
        assertThat(v.medications()).filteredOn(m -> m.drug().equals("metformin"))
                .singleElement().satisfies(m -> assertThat(m.current()).isTrue());
    }

    @Test
    void soImStoppingItAfterTheDrugStopsItInThePlan() {
        var plan = Visits.lines(Visits.draft("[patient] My big toe is red and throbbing since Friday.",
                "[doctor] I have hydrochlorothiazide twenty-five milligrams once a day.",
                "[patient] Yes, every morning.",
                "[doctor] I think this is a gout flare.",
                "[doctor] The water pill, hydrochlorothiazide, raises uric acid, so I'm stopping it. Instead I'm "
                        + "starting losartan fifty milligrams once a day."), "ASSESSMENT AND PLAN");
        assertThat(plan).anyMatch(l -> l.contains("Stop hydrochlorothiazide"));
    }

    @Test
    void stoppingItOnlyIfSomethingHappensIsNoStop() {
        var plan = Visits.lines(Visits.draft("[patient] My big toe is red and throbbing since Friday.",
                "[doctor] I think this is a gout flare.",
                "[doctor] Take colchicine 0.6 milligrams twice a day, and if it gives you diarrhea we'll stop it."),
                "ASSESSMENT AND PLAN");
        assertThat(plan).noneMatch(l -> l.contains("Stop colchicine"));
    }
}
