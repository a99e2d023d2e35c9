package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.visit.Measurement;
import org.scribeonfhir.drafting.visit.VisitModel;

/** Values only with a measurement context. */
class MeasurementReaderTest {

    @Test
    void smallTalkNumbersNeverBecomeValues() {
        VisitModel v = Visits.read(
                "[patient] it was 101 degrees yesterday, and the tigers won 6 to 3.",
                "[patient] i shot an 85 on the back nine, and gas is 4.29 a gallon.");
        assertThat(v.measurements()).isEmpty();
    }

    @Test
    void aPastValueTakesTheMonthSaidInTheSentenceBefore() {
        VisitModel v = Visits.read("[doctor] Are you still on the spironolactone?",
                "[patient] No, Dr. Merriweather stopped that in August. My potassium was high, 5.8 she said.");
        assertThat(v.measurements()).extracting(Measurement::name, Measurement::value, Measurement::when)
                .containsExactly(tuple("Potassium", "5.8", "in August"));
    }

    @Test
    void aNumberAfterASecondMeasureNamedIsThatMeasures() {
        VisitModel v = Visits.read("[doctor] your blood pressure was 120 over 80 your heart rate your spo2 was ninety "
                + "eight percent which is good");
        assertThat(v.measurements()).extracting(Measurement::name, Measurement::value)
                .containsExactly(tuple("Blood pressure", "120/80"), tuple("Oxygen saturation", "98"));
    }

    @Test
    void aNumberInAnotherTestsNameIsNoValueButOneSaidOnTheLabsIs() {
        VisitModel v = Visits.read("[doctor] for your diabetes i am going to order a hemoglobin a1c and also a cbc and a "
                + "chem-12 .", "[doctor] your a1c on the labs was 7.2 .");
        assertThat(v.measurements()).extracting(Measurement::name, Measurement::value)
                .containsExactly(tuple("Hemoglobin A1c", "7.2"));
    }

    @Test
    void poundsGainedOrLostAreAChangeNotTheWeight() {
        VisitModel v = Visits.read("[doctor] have you noticed any weight gain or swelling in your legs",
                "[patient] yeah i can't see my ankles and suddenly i gained about ten pounds",
                "[doctor] how much weight have you lost since the spring?", "[patient] about 12 pounds.",
                "[doctor] your a1c went up by 2 since last time");
        assertThat(v.measurements()).isEmpty();
    }

    @Test
    void aSpokenDecimalIsReadAsOneNumber() {
        VisitModel v = Visits.read("[doctor] your a1c now was six . seven , down from eight .");
        assertThat(v.measurements()).extracting(Measurement::name, Measurement::value)
                .contains(tuple("Hemoglobin A1c", "6.7"));
    }

    @Test
    void bloodPressureSaidOverIsARatio() {
        VisitModel v = Visits.read("[doctor] your blood pressure today is one forty two over eighty eight, heart rate 72.");
        assertThat(v.measurements()).extracting(Measurement::name, Measurement::value, Measurement::unit)
                .containsExactly(tuple("Blood pressure", "142/88", "mmHg"),
                        tuple("Heart rate", "72", "bpm"));
    }

    @Test
    void aReadingSaidRightAfterBloodPressureWasNamedIsTheBloodPressureButAGoalIsNot() {
        VisitModel v = Visits.read(
                "[patient] i did the blood pressure machine at the pharmacy and it said one fifty two over ninety six",
                "[doctor] okay well we got one here too. the nurse had you at 146 over 94 and it's basically the same.",
                "[doctor] you're above 140 over 90 here today.");
        assertThat(v.measurements()).filteredOn(m -> m.name().equals("Blood pressure")).extracting(Measurement::value)
                .containsExactlyInAnyOrder("152/96", "146/94");
    }

    @Test
    void aValueTheSpeakerTookBackIsDropped() {
        VisitModel v = Visits.read("[doctor] lithium level 1.4 — wait, that's not yours, sorry. your lithium level is 0.8.");
        assertThat(v.measurements()).extracting(Measurement::value).containsExactly("0.8");
    }

    @Test
    void aGoalIsNotAMeasurement() {
        VisitModel v = Visits.read("[doctor] if your a1c isn't under 7.5 in three months, we'd add insulin.");
        assertThat(v.measurements()).isEmpty();
    }

    @Test
    void aScoreSaidAfterItsQuestionnaireIsThatQuestionnairesScore() {
        VisitModel v = Visits.read("[doctor] you filled in two questionnaires. the first was the gad-7, the one about worry.",
                "[patient] the one where i ticked nearly every day.",
                "[doctor] that's the one. your score was 16, which is in the severe range. the second was the phq-9.",
                "[patient] i wasn't sure how to answer some of those.",
                "[doctor] you did fine. that score was 8, which is mild.",
                "[doctor] and the sleepiness questionnaire, the epworth one.", "[patient] the one about dozing off?",
                "[doctor] your score was 15 out of 24. her haemoglobin is 9.1.");
        assertThat(v.measurements()).extracting(Measurement::name, Measurement::value).contains(
                tuple("GAD-7 score", "16"), tuple("PHQ-9 score", "8"),
                tuple("Epworth Sleepiness Scale score", "15"),
                tuple("Hemoglobin", "9.1"));
    }

    @Test
    void breathingSixteenTimesAMinuteIsTheRespiratoryRate() {
        VisitModel v = Visits.read("[doctor] your heart rate is 78, and you're breathing 16 times a minute.");
        assertThat(v.measurements()).extracting(Measurement::name, Measurement::value)
                .containsExactly(tuple("Heart rate", "78"), tuple("Respiratory rate", "16"));
    }

    @Test
    void aHomeReadingTakenWhenAskedIsTheBloodPressure() {
        VisitModel v = Visits.read("[doctor] You've got a blood pressure monitor at home, haven't you? Could you do a "
                + "reading for me now?", "[patient] Yes, hang on.",
                "[patient] Right, it says one twenty four over seventy eight, and the pulse is sixty eight.");
        assertThat(v.measurements()).anyMatch(m -> m.name().equals("Blood pressure") && m.value().equals("124/78"));
    }
}
