package org.scribeonfhir.drafting.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.scribeonfhir.drafting.DraftNote;
import org.scribeonfhir.drafting.Drafting;
import org.scribeonfhir.drafting.Section;
import org.scribeonfhir.drafting.Statement;
import org.scribeonfhir.drafting.model.Calibration;

/**
 * Fits and measures the statement confidence calibration on ACI-Bench: each drafted statement is labelled
 * kept or not by {@link KeptLabel} against the encounter's reference note, and a logistic regression maps the
 * composer's raw score and the statement's shape to the chance of being kept.
 */
public final class ConfidenceFit {

    /** Below this the review pane marks a statement "check" (PaneView.LOW_CONFIDENCE). */
    static final double CHECK_BELOW = 0.5;
    private static final double L2 = 1e-3;
    private static final int ITERATIONS = 4000;
    private static final double STEP = 0.5;

    /** One drafted statement: its features, its label, and the confidence the model gave it. */
    record Example(double[] x, boolean kept, double confidence) {
    }

    private ConfidenceFit() {
    }

    static List<Example> examples(Drafting drafting, List<AciBench.Encounter> encounters) {
        List<Example> out = new ArrayList<>();
        for (AciBench.Encounter e : encounters) {
            add(drafting.draft(e.dialogue(), null).note(), e.note(), out);
        }
        return out;
    }

    /** The statements of one drafted note, labelled against the clinician's note of the same visit. */
    static void add(DraftNote note, String reference, List<Example> out) {
        KeptLabel label = new KeptLabel(reference);
        for (Section section : note.sections()) {
            for (Statement s : section.statements()) {
                Boolean kept = label.kept(s.text());
                if (kept != null) {
                    out.add(new Example(Calibration.features(Drafting.calibrationInput(s, section.header())), kept,
                            s.confidence()));
                }
            }
        }
    }

    /** L2-regularised logistic regression by full-batch gradient descent: deterministic, no dependencies. */
    static double[] fit(List<Example> examples) {
        int d = Calibration.FEATURES.size();
        double[] w = new double[d];
        double[] grad = new double[d];
        for (int it = 0; it < ITERATIONS; it++) {
            java.util.Arrays.fill(grad, 0);
            for (Example e : examples) {
                double err = sigmoid(dot(w, e.x())) - (e.kept() ? 1 : 0);
                for (int i = 0; i < d; i++) {
                    grad[i] += err * e.x()[i];
                }
            }
            for (int i = 0; i < d; i++) {
                double reg = i == 0 ? 0 : L2 * w[i];
                w[i] -= STEP * (grad[i] / examples.size() + reg);
            }
        }
        for (int i = 0; i < d; i++) {
            w[i] = Math.round(w[i] * 1e6) / 1e6;
        }
        return w;
    }

    /** Brier score, expected calibration error (10 bins) and what the pane's "check" mark singles out. */
    static Map<String, Object> measure(List<Example> examples, double[] weights) {
        Calibration c = weights == null ? null : new Calibration(weights);
        double brier = 0;
        int[] binN = new int[10];
        double[] binP = new double[10];
        double[] binY = new double[10];
        int kept = 0;
        int flagged = 0;
        int flaggedKept = 0;
        for (Example e : examples) {
            double p = c == null ? e.confidence() : c.probability(e.x());
            int y = e.kept() ? 1 : 0;
            brier += (p - y) * (p - y);
            int b = Math.min(9, (int) (p * 10));
            binN[b]++;
            binP[b] += p;
            binY[b] += y;
            kept += y;
            if (p < CHECK_BELOW) {
                flagged++;
                flaggedKept += y;
            }
        }
        int n = examples.size();
        double ece = 0;
        for (int b = 0; b < 10; b++) {
            if (binN[b] > 0) {
                ece += Math.abs(binP[b] - binY[b]) / n;
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("statements", n);
        m.put("kept_rate", round3((double) kept / n));
        m.put("brier", round3(brier / n));
        m.put("ece", round3(ece));
        m.put("marked_check_share", round3((double) flagged / n));
        m.put("kept_rate_marked_check", flagged == 0 ? null : round3((double) flaggedKept / flagged));
        m.put("kept_rate_not_marked", flagged == n ? null : round3((double) (kept - flaggedKept) / (n - flagged)));
        return m;
    }

    static String json(double[] w, String fittedOn) {
        StringBuilder s = new StringBuilder("{\n  \"features\": [");
        for (int i = 0; i < w.length; i++) {
            s.append(i == 0 ? "" : ", ").append('"').append(Calibration.FEATURES.get(i)).append('"');
        }
        s.append("],\n  \"weights\": [");
        for (int i = 0; i < w.length; i++) {
            s.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.6f", w[i]));
        }
        s.append("],\n  \"fitted_on\": \"").append(fittedOn).append("\",\n  \"label\": \"kept: at least half of the "
                + "statement's content words and one pair of consecutive content words occur in the clinician's note\"\n}\n");
        return s.toString();
    }

    /**
     * The training run's step: fits on ACI-Bench train (drafted by a model whose card has no calibration yet,
     * so the statements carry raw scores), writes the file, and returns the weights and figures for the card.
     * ACI-Bench valid is only measured; the test splits are not read.
     */
    public static Map<String, Object> fitAndWrite(Drafting drafting, Path data, Path file) throws IOException {
        if (drafting.model().calibration().fitted()) {
            throw new IllegalStateException("Calibration must be fitted on raw scores, not on calibrated ones");
        }
        List<Example> train = examples(drafting, AciBench.read(data, AciBench.TRAIN));
        List<Example> valid = examples(drafting, AciBench.read(data, AciBench.VALID));
        double[] w = fit(train);
        java.nio.file.Files.writeString(file, json(w, "ACI-Bench train (" + train.size() + " statements)"));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fitted_on", "ACI-Bench train, statements drafted with the raw composer scores");
        m.put("label", "kept: at least half of the statement's content words and one pair of consecutive content "
                + "words occur in the clinician's reference note");
        m.put("raw_scores_valid", measure(valid, null));
        m.put("calibrated_train", measure(train, w));
        m.put("calibrated_valid", measure(valid, w));
        m.put("check_mark_below", CHECK_BELOW);
        return m;
    }

    /** {@code -Dscribe.bench=calibrate}: fits on each of train and valid and measures on the other; writes nothing. */
    static void explore(Drafting drafting, Path data) throws IOException {
        List<Example> train = examples(drafting, AciBench.read(data, AciBench.TRAIN));
        List<Example> valid = examples(drafting, AciBench.read(data, AciBench.VALID));
        System.out.println("raw scores   train " + measure(train, null) + "\n             valid " + measure(valid, null));
        double[] onTrain = fit(train);
        System.out.println("fit on train: train " + measure(train, onTrain) + "\n              valid "
                + measure(valid, onTrain) + "\n  weights " + java.util.Arrays.toString(onTrain));
        double[] onValid = fit(valid);
        System.out.println("fit on valid: valid " + measure(valid, onValid) + "\n              train "
                + measure(train, onValid) + "\n  weights " + java.util.Arrays.toString(onValid));
    }

    private static double dot(double[] w, double[] x) {
        double z = 0;
        for (int i = 0; i < w.length; i++) {
            z += w[i] * x[i];
        }
        return z;
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    private static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
