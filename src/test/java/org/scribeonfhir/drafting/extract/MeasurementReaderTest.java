package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

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
    void aSpokenDecimalIsReadAsOneNumber() {
        VisitModel v = Visits.read("[doctor] your a1c now was six . seven , down from eight .");
        assertThat(v.measurements()).extracting(Measurement::name, Measurement::value)
                .contains(org.assertj.core.groups.Tuple.tuple("Hemoglobin A1c", "6.7"));
    }

    @Test
    void bloodPressureSaidOverIsARatio() {
        VisitModel v = Visits.read("[doctor] your blood pressure today is one forty two over eighty eight, heart rate 72.");
        assertThat(v.measurements()).extracting(Measurement::name, Measurement::value, Measurement::unit)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Blood pressure", "142/88", "mmHg"),
                        org.assertj.core.groups.Tuple.tuple("Heart rate", "72", "bpm"));
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
}
