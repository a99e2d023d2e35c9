package org.scribeonfhir.drafting.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns per-token BIO probabilities into character spans. A span starts at a B tag, or at an I tag that
 * follows O or another type (the usual lenient repair), and grows over I tags of its type; WordPiece
 * continuations ({@code ##…}) always join the span of the word they belong to, so a word is never cut.
 */
public final class BioDecoder {

    private BioDecoder() {
    }

    public static List<Span> decode(Encoder.Pieces pieces, float[][] probs, List<String> labels) {
        return decode(pieces, probs, labels, 1.0);
    }

    /**
     * @param outsideBoost the "O" probability is multiplied by this before the arg-max: above 1 trades recall
     *                     for precision (chosen on BC5CDR dev by the training run and kept in the model card)
     */
    public static List<Span> decode(Encoder.Pieces pieces, float[][] probs, List<String> labels, double outsideBoost) {
        List<Span> spans = new ArrayList<>();
        String type = null;
        int start = -1;
        int end = -1;
        double confSum = 0;
        int confN = 0;
        for (int i = 0; i < pieces.size(); i++) {
            int best = argmax(probs[i], outsideBoost);
            String label = labels.get(best);
            boolean continuation = pieces.tokens()[i].startsWith("##");
            if (continuation && type != null) {
                end = pieces.end()[i];
                confSum += probs[i][best];
                confN++;
                continue;
            }
            boolean inside = label.startsWith("I-") && label.substring(2).equals(type);
            if (inside) {
                end = pieces.end()[i];
                confSum += probs[i][best];
                confN++;
                continue;
            }
            if (type != null) {
                spans.add(new Span(type, start, end, confSum / confN));
                type = null;
            }
            if (!label.equals("O") && !continuation) {
                type = label.substring(2);
                start = pieces.start()[i];
                end = pieces.end()[i];
                confSum = probs[i][best];
                confN = 1;
            }
        }
        if (type != null) {
            spans.add(new Span(type, start, end, confSum / confN));
        }
        return spans;
    }

    static int argmax(float[] p, double outsideBoost) {
        int best = 0;
        double bestScore = p[0] * outsideBoost;
        for (int k = 1; k < p.length; k++) {
            if (p[k] > bestScore) {
                best = k;
                bestScore = p[k];
            }
        }
        return best;
    }
}
