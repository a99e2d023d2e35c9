package org.scribeonfhir.drafting.model;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Turns the composer's raw score of a transcript statement into the chance that a clinician keeps it: a
 * logistic regression over the raw score, the note part and the statement's shape, fitted by the training
 * run on notes clinicians wrote ({@code confidence-calibration.json}). Without a fitted file (the training
 * run's first pass) the raw score is passed through.
 */
public final class Calibration {

    /** The feature names, in the order of the weights; the file must list exactly these. */
    public static final List<String> FEATURES = List.of("bias", "raw", "raw_squared", "chief_complaint",
            "history_of_present_illness", "review_of_systems", "physical_exam", "results", "log_words",
            "evidence_turns", "has_number", "negation");

    private static final List<String> HEADERS = List.of("CHIEF COMPLAINT", "HISTORY OF PRESENT ILLNESS",
            "REVIEW OF SYSTEMS", "PHYSICAL EXAM", "RESULTS");

    public static final Calibration NONE = new Calibration(null);

    private final double[] weights;

    public Calibration(double[] weights) {
        if (weights != null && weights.length != FEATURES.size()) {
            throw new IllegalArgumentException("Calibration needs " + FEATURES.size() + " weights");
        }
        this.weights = weights == null ? null : weights.clone();
    }

    public static Calibration parse(byte[] json) {
        try {
            JsonNode root = new ObjectMapper().readTree(json);
            List<String> names = new java.util.ArrayList<>();
            root.path("features").forEach(n -> names.add(n.asText()));
            if (!names.equals(FEATURES)) {
                throw new IllegalStateException("The confidence calibration lists features " + names + ", expected "
                        + FEATURES);
            }
            double[] w = new double[FEATURES.size()];
            for (int i = 0; i < w.length; i++) {
                w[i] = root.path("weights").path(i).asDouble(Double.NaN);
                if (!Double.isFinite(w[i])) {
                    throw new IllegalStateException("The confidence calibration has no weight for " + FEATURES.get(i));
                }
            }
            return new Calibration(w);
        } catch (IOException e) {
            throw new IllegalStateException("The confidence calibration is not valid JSON", e);
        }
    }

    public boolean fitted() {
        return weights != null;
    }

    /**
     * What the calibration reads of one statement.
     *
     * @param raw the composer's score
     * @param evidenceTurns how many transcript turns the statement cites
     */
    public record Input(double raw, String header, String text, int evidenceTurns) {
    }

    /** Probability (0–1, two decimals) that the statement is kept; the raw score when nothing was fitted. */
    public double probability(Input in) {
        if (weights == null) {
            return in.raw();
        }
        return probability(features(in));
    }

    /** The same from features already computed ({@link #features}); needs a fitted calibration. */
    public double probability(double[] x) {
        double z = 0;
        for (int i = 0; i < x.length; i++) {
            z += weights[i] * x[i];
        }
        return Math.round(100 / (1 + Math.exp(-z))) / 100.0;
    }

    public static double[] features(Input in) {
        double[] x = new double[FEATURES.size()];
        x[0] = 1;
        x[1] = in.raw();
        x[2] = in.raw() * in.raw();
        int h = HEADERS.indexOf(in.header());
        if (h >= 0) {
            x[3 + h] = 1;
        }
        String lower = in.text().toLowerCase(Locale.ROOT);
        int words = 0;
        for (String w : lower.split("[^a-z0-9]+")) {
            words += w.isEmpty() ? 0 : 1;
        }
        x[8] = Math.log1p(words) / 3;
        x[9] = Math.min(in.evidenceTurns(), 4) / 4.0;
        x[10] = lower.matches("(?s).*\\d.*") ? 1 : 0;
        x[11] = lower.matches("(?s).*\\b(denies|denied|no|not|never|without)\\b.*") ? 1 : 0;
        return x;
    }
}
