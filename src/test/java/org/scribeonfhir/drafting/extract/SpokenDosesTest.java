package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.visit.Medication;
import org.scribeonfhir.drafting.visit.VisitModel;

/** A drug's dose as it was said: counted tablets, corrections, weight-based sums — never a rate or a count as a dose. */
class SpokenDosesTest {

    @Test
    void tabletsCountedOfAStrengthMakeTheDoseAndAPerKiloRateOfIronIsNot() {
        VisitModel v = Visits.read(
                "[patient] So now just ibuprofen, two of the two hundreds, three times a day with food.",
                "[doctor] on exam, she is pale.",
                "[doctor] So the treatment is iron. The dose is 3 milligrams of iron per kilo per day, she's 11.4 kilos, "
                        + "so 34 milligrams of elemental iron once a day.");
        assertThat(MedicationReaderTest.med(v, "ibuprofen").dose()).isEqualTo("400 mg");
        assertThat(v.medications()).filteredOn(m -> m.dose() != null && m.drug().contains("ferrous"))
                .extracting(Medication::dose).containsOnly("34 mg");
    }

    @Test
    void tabletsCountedWithoutAStrengthAreNoDoseInMilligrams() {
        VisitModel v = Visits.read("[doctor] what do you take for the shoulder?",
                "[patient] ibuprofen, two or three in the morning. it takes the edge off.",
                "[patient] and the metformin 500 twice a day.");
        assertThat(MedicationReaderTest.med(v, "ibuprofen").dose()).isNull();
        assertThat(MedicationReaderTest.med(v, "metformin").dose()).isEqualTo("500 mg");
    }

    @Test
    void theTabletsThatMakeUpADoseAreNotANewDose() {
        VisitModel v = Visits.read("[doctor] and you're taking the metformin 500 milligrams twice a day with meals?",
                "[patient] yes.", "[doctor] on exam, your feet have normal sensation.",
                "[doctor] for the diabetes, i'd like to increase the metformin to 1000 milligrams twice a day. that's "
                        + "two of your 500 milligram tablets with breakfast and two with dinner.");
        Medication m = MedicationReaderTest.med(v, "metformin");
        assertThat(m.dose()).isEqualTo("1000 mg");
        assertThat(m.action()).isEqualTo("increase");
    }

    @Test
    void theSigSaidAfterAWeightBasedSumIsTheOrderedDose() {
        VisitModel v = Visits.read(
                "[doctor] on exam, i hear wheezing on both sides.",
                "[doctor] i'm going to give him oral prednisolone. he's 30 kilos, so 2 milligrams per kilo would be "
                        + "60... no, the max is 40. 40 milligrams once a day for five days.");
        Medication m = MedicationReaderTest.med(v, "prednisolone");
        assertThat(m.action()).isEqualTo("start");
        assertThat(m.dose()).isEqualTo("40 mg");
        assertThat(m.frequency()).isEqualTo("daily");
    }

    @Test
    void aDoseTakenBackIsReplacedByTheOneSaidNext() {
        VisitModel v = Visits.read(
                "[doctor] on exam, there's a band of blisters on the left side of your chest.",
                "[doctor] i'm going to start valacyclovir five hundred twice a day... no, sorry, that's the cold sore "
                        + "dose. for shingles it's one thousand milligrams three times a day, for seven days.");
        Medication m = MedicationReaderTest.med(v, "valacyclovir");
        assertThat(m.dose()).isEqualTo("1000 mg");
        assertThat(m.frequency()).isEqualTo("three times daily");
        assertThat(m.action()).isEqualTo("start");
    }

    @Test
    void aWeightBasedRateIsNotTheDose() {
        VisitModel v = Visits.read(
                "[doctor] on exam, his tonsils are big and red, with white patches.",
                "[doctor] so this is strep throat.",
                "[doctor] amoxicillin, once a day. the dose is 50 milligrams per kilo per day, so for 18 kilos that's "
                        + "900 milligrams once a day, for ten days.",
                "[doctor] for the pain and the fever, ibuprofen at 10 milligrams per kilo, so 180 milligrams, every six "
                        + "to eight hours as needed, with food.");
        assertThat(MedicationReaderTest.med(v, "amoxicillin").dose()).isEqualTo("900 mg");
        assertThat(MedicationReaderTest.med(v, "ibuprofen").dose()).isEqualTo("180 mg");
    }
}
