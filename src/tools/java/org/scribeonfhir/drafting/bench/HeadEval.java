package org.scribeonfhir.drafting.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.scribeonfhir.drafting.model.BioDecoder;
import org.scribeonfhir.drafting.model.Encoder;
import org.scribeonfhir.drafting.model.Features;
import org.scribeonfhir.drafting.model.Labels;
import org.scribeonfhir.drafting.model.Lexicon;
import org.scribeonfhir.drafting.model.Span;

/** Shared by training (valid/dev figures) and the benchmark (test figures): same features, same scoring. */
public final class HeadEval {

    private HeadEval() {
    }

    /** An MTS-Dialog dialogue is one unit: its mean state, no neighbours, no speaker, no position. */
    public static float[] mtsFeatures(float[][] states) {
        return Features.section(Features.mean(states), null, null, "other", -1);
    }

    /** Sentences with their tokens and entity-head inputs (states + lexicon flags). */
    public record EncodedDocs(List<Bc5cdr.Sentence> sentences, List<Encoder.Pieces> pieces, float[][][] states) {
    }

    /** Exact-match micro figures, with the counts they come from. */
    public record Prf(double precision, double recall, double f1, int gold, int predicted, int correct) {
    }

    public static EncodedDocs encodeDocs(Encoder enc, Lexicon lexicon, List<Bc5cdr.Doc> docs) {
        List<Bc5cdr.Sentence> sentences = new ArrayList<>();
        for (Bc5cdr.Doc d : docs) {
            sentences.addAll(Bc5cdr.sentences(d));
        }
        List<Encoder.Pieces> pieces = new ArrayList<>();
        for (Bc5cdr.Sentence s : sentences) {
            pieces.add(enc.tokenize(s.text()));
        }
        float[][][] states = enc.encode(pieces);
        for (int s = 0; s < sentences.size(); s++) {
            float[][] flags = lexicon.flags(sentences.get(s).text(), pieces.get(s));
            for (int i = 0; i < states[s].length; i++) {
                states[s][i] = Features.entity(states[s][i], flags[i]);
            }
        }
        return new EncodedDocs(sentences, pieces, states);
    }

    /** Each sentence's BIO labels, one per token (B on the first token of a mention). */
    public static List<int[]> bioLabels(EncodedDocs e) {
        List<int[]> out = new ArrayList<>();
        for (int s = 0; s < e.sentences().size(); s++) {
            Encoder.Pieces p = e.pieces().get(s);
            int[] y = new int[p.size()];
            for (int i = 0; i < p.size(); i++) {
                y[i] = Labels.BIO.indexOf(label(e.sentences().get(s), p, i));
            }
            out.add(y);
        }
        return out;
    }

    static String label(Bc5cdr.Sentence s, Encoder.Pieces p, int i) {
        int start = s.offset() + p.start()[i];
        int end = s.offset() + p.end()[i];
        for (Span m : s.doc().mentions()) {
            if (start < m.end() && end > m.start()) {
                boolean first = start <= m.start() || (i > 0 && s.offset() + p.end()[i - 1] <= m.start());
                return (first ? "B-" : "I-") + m.type();
            }
        }
        return "O";
    }

    /** Mention strings of the documents as a lexicon (type of the most frequent reading wins). */
    public static java.util.Map<String, String> lexiconOf(List<Bc5cdr.Doc> docs) {
        java.util.Map<String, java.util.Map<String, Integer>> counts = new java.util.TreeMap<>();
        for (Bc5cdr.Doc d : docs) {
            for (Span m : d.mentions()) {
                String phrase = Lexicon.normalise(d.text().substring(m.start(), m.end()));
                if (phrase.length() >= 3 && !phrase.matches("[0-9 ]+")) {
                    counts.computeIfAbsent(phrase, k -> new java.util.TreeMap<>()).merge(m.type(), 1, Integer::sum);
                }
            }
        }
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        counts.forEach((p, c) -> out.put(p, c.entrySet().stream().max(java.util.Map.Entry.comparingByValue())
                .orElseThrow().getKey()));
        return out;
    }

    /** The "O" boost with the best dev F1 among a few candidates (1 = no boost). */
    public static double bestOutsideBoost(EncodedDocs dev, Function<float[], float[]> head, float[][] transitions) {
        double best = 1.0;
        double bestF1 = -1;
        for (double boost : new double[] {0.5, 0.75, 1.0, 1.5, 2.0, 3.0, 4.0}) {
            double f1 = nerScore(dev, head, boost, transitions).f1();
            System.out.printf("entity decoding: O boost %.2f -> dev F1 %.4f%n", boost, f1);
            if (f1 > bestF1) {
                bestF1 = f1;
                best = boost;
            }
        }
        return best;
    }

    /**
     * Exact-match (type, start, end) micro P/R/F1 over all mentions of the documents, decoding each sentence
     * as the app does ({@link BioDecoder} with the head's transitions and the "O" boost).
     */
    public static Prf nerScore(EncodedDocs e, Function<float[], float[]> head, double outsideBoost,
            float[][] transitions) {
        Set<String> gold = new HashSet<>();
        Set<Bc5cdr.Doc> seen = new HashSet<>();
        for (Bc5cdr.Sentence s : e.sentences()) {
            if (seen.add(s.doc())) {
                for (Span m : s.doc().mentions()) {
                    gold.add(s.doc().pmid() + ":" + m.type() + ":" + m.start() + ":" + m.end());
                }
            }
        }
        Set<String> predicted = new HashSet<>();
        for (int s = 0; s < e.sentences().size(); s++) {
            Bc5cdr.Sentence sentence = e.sentences().get(s);
            float[][] states = e.states()[s];
            float[][] probs = new float[states.length][];
            for (int i = 0; i < states.length; i++) {
                probs[i] = head.apply(states[i]);
            }
            for (Span sp : BioDecoder.decode(e.pieces().get(s), probs, Labels.BIO, outsideBoost,
                    transitions)) {
                predicted.add(sentence.doc().pmid() + ":" + sp.type() + ":" + (sentence.offset() + sp.start()) + ":"
                        + (sentence.offset() + sp.end()));
            }
        }
        int correct = 0;
        for (String p : predicted) {
            correct += gold.contains(p) ? 1 : 0;
        }
        double precision = predicted.isEmpty() ? 0 : (double) correct / predicted.size();
        double recall = gold.isEmpty() ? 0 : (double) correct / gold.size();
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Prf(precision, recall, f1, gold.size(), predicted.size(), correct);
    }
}
