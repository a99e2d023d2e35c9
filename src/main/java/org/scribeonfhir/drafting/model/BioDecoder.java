package org.scribeonfhir.drafting.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns per-token BIO probabilities into character spans with a Viterbi search: the best-scoring sequence
 * of tags under the entity head's learned transition scores (a linear-chain CRF layer trained with it), in
 * which an I tag may only follow a B or I tag of its own type. WordPiece continuations ({@code ##…}) always
 * join the span of the word they belong to, so a word is never cut, and a span never starts inside a word.
 */
public final class BioDecoder {

    private static final double FLOOR = 1e-9;

    private BioDecoder() {
    }

    /** Viterbi with the BIO constraints only (no learned transitions, no bias towards "O"). */
    public static List<Span> decode(Encoder.Pieces pieces, float[][] probs, List<String> labels) {
        return decode(pieces, probs, labels, 1.0, null);
    }

    /**
     * @param outsideBoost the "O" probability is multiplied by this in the search: above 1 trades recall for
     *                     precision (chosen on BC5CDR dev by the training run and kept in the model card)
     * @param transitions  {@code [labels + 1][labels]} scores of moving from tag i (row; the last row is the
     *                     start of the text) to tag j, added to the tags' log-probabilities; null for none
     */
    public static List<Span> decode(Encoder.Pieces pieces, float[][] probs, List<String> labels, double outsideBoost,
            float[][] transitions) {
        int[] tags = viterbi(probs, labels, outsideBoost, transitions);
        return spans(pieces, probs, labels, tags);
    }

    /** The best tag sequence; an I tag never follows O, the start, or a tag of another type. */
    static int[] viterbi(float[][] probs, List<String> labels, double outsideBoost, float[][] transitions) {
        int n = probs.length;
        int k = labels.size();
        int[] tags = new int[n];
        if (n == 0) {
            return tags;
        }
        int outside = labels.indexOf("O");
        double[][] score = new double[n][k];
        int[][] back = new int[n][k];
        for (int j = 0; j < k; j++) {
            score[0][j] = allowed(labels, -1, j) ? emission(probs[0], j, outside, outsideBoost) + transition(transitions,
                    k, j) : Double.NEGATIVE_INFINITY;
        }
        for (int t = 1; t < n; t++) {
            for (int j = 0; j < k; j++) {
                double best = Double.NEGATIVE_INFINITY;
                int arg = outside;
                for (int i = 0; i < k; i++) {
                    if (!allowed(labels, i, j) || score[t - 1][i] == Double.NEGATIVE_INFINITY) {
                        continue;
                    }
                    double s = score[t - 1][i] + transition(transitions, i, j);
                    if (s > best) {
                        best = s;
                        arg = i;
                    }
                }
                score[t][j] = best == Double.NEGATIVE_INFINITY ? best : best + emission(probs[t], j, outside,
                        outsideBoost);
                back[t][j] = arg;
            }
        }
        int arg = outside;
        for (int j = 0; j < k; j++) {
            if (score[n - 1][j] > score[n - 1][arg]) {
                arg = j;
            }
        }
        tags[n - 1] = arg;
        for (int t = n - 1; t > 0; t--) {
            tags[t - 1] = back[t][tags[t]];
        }
        return tags;
    }

    private static double emission(float[] p, int j, int outside, double outsideBoost) {
        double v = Math.log(Math.max(FLOOR, p[j]));
        return j == outside ? v + Math.log(outsideBoost) : v;
    }

    private static double transition(float[][] transitions, int from, int to) {
        return transitions == null ? 0 : transitions[from][to];
    }

    /** May tag j follow tag i ({@code i < 0}: the start of the text)? */
    static boolean allowed(List<String> labels, int i, int j) {
        String to = labels.get(j);
        if (!to.startsWith("I-")) {
            return true;
        }
        if (i < 0) {
            return false;
        }
        String from = labels.get(i);
        return !from.equals("O") && from.substring(2).equals(to.substring(2));
    }

    private static List<Span> spans(Encoder.Pieces pieces, float[][] probs, List<String> labels, int[] tags) {
        List<Span> spans = new ArrayList<>();
        String type = null;
        int start = -1;
        int end = -1;
        double confSum = 0;
        int confN = 0;
        int wordStart = 0;
        for (int i = 0; i < pieces.size(); i++) {
            String label = labels.get(tags[i]);
            boolean continuation = pieces.tokens()[i].startsWith("##");
            if (!continuation) {
                wordStart = pieces.start()[i];
            }
            boolean inside = label.startsWith("I-") && label.substring(2).equals(type);
            if (type != null && (continuation || inside)) {
                end = pieces.end()[i];
                confSum += probs[i][tags[i]];
                confN++;
                continue;
            }
            if (type != null) {
                spans.add(new Span(type, start, end, confSum / confN));
                type = null;
            }
            if (label.startsWith("B-")) {
                type = label.substring(2);
                start = continuation ? wordStart : pieces.start()[i];
                end = pieces.end()[i];
                confSum = probs[i][tags[i]];
                confN = 1;
            }
        }
        if (type != null) {
            spans.add(new Span(type, start, end, confSum / confN));
        }
        return spans;
    }
}
