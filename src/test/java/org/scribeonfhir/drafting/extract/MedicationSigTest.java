package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.visit.Medication;
import org.scribeonfhir.drafting.visit.VisitModel;

/** How a drug is taken, as said over the visit: strength and count, how often before and after the plan. */
class MedicationSigTest {

    private static final String EXAM = "[doctor] on exam your lungs are clear and your heart is regular.";

    @Test
    void aStrengthAndItsPuffsAreOneDose() {
        VisitModel v = Visits.read(EXAM, "[doctor] here's the plan. restart the fluticasone 44 micrograms, two puffs "
                + "twice a day, every day, even after you feel better.");
        Medication m = MedicationReaderTest.med(v, "fluticasone");
        assertThat(m.dose()).isEqualTo("44 mcg 2 puffs");
        assertThat(m.frequency()).isEqualTo("twice daily");
    }

    @Test
    void millilitresSaidAsMlsAreNeverMilligrams() {
        VisitModel v = Visits.read(EXAM, "[doctor] here's the plan. Or children's ibuprofen, seven and a half mls every "
                + "six to eight hours with some food.", "[doctor] and children's paracetamol, two sachets at night.");
        assertThat(MedicationReaderTest.med(v, "ibuprofen").dose()).isEqualTo("7.5 mL");
        assertThat(v.medications()).noneMatch(m -> m.dose() != null && m.dose().equals("2 mg"));
    }

    @Test
    void theCurrentMedicationsLineSaysHowOftenItWasTakenBeforeTheIncrease() {
        var note = Visits.draft("[doctor] and you're taking the metformin 500 milligrams twice a day with meals?",
                "[patient] yeah, one with breakfast and one with dinner.", EXAM,
                "[doctor] for the diabetes, i'd like to increase the metformin to 1000 milligrams twice a day.");
        assertThat(Visits.lines(note)).anySatisfy(l -> assertThat(l)
                .startsWith("Current medications: metformin 500 mg twice daily with meals"));
        assertThat(Visits.lines(note)).anySatisfy(l -> assertThat(l)
                .contains("Increase metformin from 500 mg to 1000 mg twice daily"));
    }

    @Test
    void anAsideAboutABedtimeDoseDoesNotReplaceTheSig() {
        VisitModel v = Visits.read("[doctor] are you taking the hydroxyzine 25 milligrams as needed?",
                "[patient] yes, a couple of times a week when it gets bad.", EXAM,
                "[doctor] for the anxiety, i'd like to start sertraline 25 milligrams once a day.", "[patient] okay.",
                "[doctor] you can keep using the hydroxyzine 25 milligrams every 8 hours as needed while the "
                        + "sertraline kicks in.",
                "[patient] okay.",
                "[doctor] for sleep, keep a regular bedtime. a dose of hydroxyzine at bedtime on bad nights is fine.");
        Medication m = MedicationReaderTest.med(v, "hydroxyzine");
        assertThat(m.frequency()).isEqualTo("every 8 hours as needed");
        assertThat(m.previousFrequency()).isEqualTo("as needed");
    }

    @Test
    void aRangeOfTimesADayIsKeptAsARange() {
        assertThat(Sig.frequency("like three or four times a day now")).isEqualTo("3 to 4 times daily");
        assertThat(Sig.frequency("2 to 3 times a day")).isEqualTo("2 to 3 times daily");
        assertThat(Sig.frequency("four times a day")).isEqualTo("four times daily");
    }

    @Test
    void aHoldBeforeSurgeryKeepsHowLongAndBeforeWhat() {
        VisitModel v = Visits.read(EXAM, "[doctor] so here's my plan. for your knee osteoarthritis, we'll schedule the "
                + "knee replacement. you need to hold your clopidogrel for a week before the surgery.");
        Medication m = MedicationReaderTest.med(v, "clopidogrel");
        assertThat(m.action()).isEqualTo("hold");
        assertThat(m.duration()).isEqualTo("1 week before the surgery");
        assertThat(Sig.duration("for 10 days")).isEqualTo("10 days");
    }
}
