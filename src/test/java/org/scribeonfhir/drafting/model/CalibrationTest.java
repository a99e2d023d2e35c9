package org.scribeonfhir.drafting.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The confidence calibration: its features, its arithmetic, and the committed file. */
class CalibrationTest {

    private static final String HPI = "HISTORY OF PRESENT ILLNESS";

    @Test
    void featuresDescribeTheStatement() {
        double[] x = Calibration.features(new Calibration.Input(0.5, "REVIEW OF SYSTEMS",
                "• Respiratory: Denies cough or 2 wheezes.", 3));
        // bias, raw, raw², CC, HPI, ROS, PE, RESULTS, log(1+words)/3, turns/4, number, negation
        assertThat(x).containsExactly(new double[] {1, 0.5, 0.25, 0, 0, 1, 0, 0, Math.log1p(6) / 3, 0.75, 1, 1},
                org.assertj.core.data.Offset.offset(1e-9));
        double[] plan = Calibration.features(new Calibration.Input(1.2, "ASSESSMENT AND PLAN", "Start lisinopril.", 9));
        assertThat(plan[3] + plan[4] + plan[5] + plan[6] + plan[7]).isZero();
        assertThat(plan[9]).isEqualTo(1.0);
        assertThat(plan[10]).isZero();
        assertThat(plan[11]).isZero();
    }

    @Test
    void probabilityIsTheLogisticOfTheWeightedFeaturesRoundedToTwoDecimals() {
        double[] w = new double[Calibration.FEATURES.size()];
        w[0] = Math.log(3); // bias alone: odds 3 to 1
        assertThat(new Calibration(w).probability(new Calibration.Input(0.1, HPI, "Cough for a week.", 1)))
                .isEqualTo(0.75);
        w[1] = -2 * Math.log(3); // raw 0.5 cancels the bias
        assertThat(new Calibration(w).probability(new Calibration.Input(0.5, HPI, "Cough for a week.", 1)))
                .isEqualTo(0.5);
    }

    @Test
    void withoutAFittedFileTheRawScoreIsKept() {
        assertThat(Calibration.NONE.fitted()).isFalse();
        assertThat(Calibration.NONE.probability(new Calibration.Input(0.37, HPI, "Cough.", 1))).isEqualTo(0.37);
    }

    @Test
    void aFileWithOtherFeaturesIsRefused() {
        byte[] json = "{\"features\": [\"bias\", \"raw\"], \"weights\": [0.1, 0.2]}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Calibration.parse(json)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("expected");
    }

    @Test
    void theCommittedCalibrationIsFittedAndRaisesConfidenceWithTheRawScore() {
        ModelCard card = ModelCard.read(getClass().getClassLoader());
        Calibration c = Calibration.parse(ModelCard.resource(getClass().getClassLoader(),
                card.file(ClinicalModel.CALIBRATION).resource()));
        assertThat(c.fitted()).isTrue();
        double low = c.probability(new Calibration.Input(0.2, HPI, "She reports that it started on Monday.", 1));
        double high = c.probability(new Calibration.Input(0.8, HPI, "She reports that it started on Monday.", 1));
        assertThat(low).isBetween(0.0, 1.0);
        assertThat(high).isGreaterThan(low);
    }
}
