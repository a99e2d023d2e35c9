package org.scribeonfhir.drafting.train;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.scribeonfhir.drafting.Drafting;
import org.scribeonfhir.drafting.Transcript;
import org.scribeonfhir.drafting.Turn;
import org.scribeonfhir.drafting.bench.AciBench;
import org.scribeonfhir.drafting.bench.NoteSections;
import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.lexicon.Vocabulary;
import org.scribeonfhir.drafting.model.ClinicalModel;
import org.scribeonfhir.drafting.model.ClinicalModel.Sentence;
import org.scribeonfhir.drafting.model.ClinicalModel.TurnAnalysis;
import org.scribeonfhir.drafting.model.Encoder;
import org.scribeonfhir.drafting.model.Features;
import org.scribeonfhir.drafting.speech.Dialogue;
import org.scribeonfhir.drafting.speech.Utterance;

/**
 * The relevance head: is a sentence of the visit clinical content (1) or small talk and logistics (0)?
 * Labels: an ACI-Bench train sentence is clinical when it shares enough IDF-weighted content words with a
 * sentence of the clinicians' reference note; the chatter we wrote ({@code src/train/chatter.txt}) is never
 * clinical and is mixed into the train visits as turns of their own. Valid visits and the last fifth of the
 * chatter measure it; nothing else is read.
 */
final class TrainRelevance {

    static final int HIDDEN = 64;
    static final int EPOCHS = 8;
    /** A sentence is clinical when its best reference sentence scores at least this (IDF-weighted shared words). */
    static final double ALIGNED = 3.0;
    private static final Vocabulary VOCABULARY = Vocabulary.get();

    private TrainRelevance() {
    }

    record Rows(List<float[]> x, List<Integer> y, List<Boolean> chatter) {
        Rows() {
            this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        }
    }

    static Map<String, Object> train(Encoder enc, Path data, Path chatterFile, Path out) throws Exception {
        List<String> chatter = Files.readAllLines(chatterFile).stream().map(String::strip).filter(s -> !s.isEmpty())
                .toList();
        int cut = chatter.size() * 4 / 5;
        List<AciBench.Encounter> train = AciBench.read(data, AciBench.TRAIN);
        List<String> docs = new ArrayList<>();
        for (AciBench.Encounter e : train) {
            docs.add(e.dialogue());
            docs.add(e.note());
        }
        Alignment align = new Alignment(docs);
        Random r = new Random(TrainHeads.SEED);
        Rows rows = new Rows();
        add(enc, align, train, chatter.subList(0, cut), r, rows);
        Rows valid = new Rows();
        add(enc, align, AciBench.read(data, AciBench.VALID), chatter.subList(cut, chatter.size()),
                new Random(TrainHeads.SEED + 1), valid);
        int positives = (int) rows.y().stream().filter(y -> y == 1).count();
        float[] weight = new float[rows.x().size()];
        float wPos = (float) (rows.x().size() / (2.0 * positives));
        float wNeg = (float) (rows.x().size() / (2.0 * (rows.x().size() - positives)));
        for (int i = 0; i < weight.length; i++) {
            weight[i] = rows.y().get(i) == 1 ? wPos : wNeg;
        }
        System.out.printf("relevance rows: train %d (%d clinical), valid %d%n", rows.x().size(), positives,
                valid.x().size());
        Mlp mlp = new Mlp(Features.RELEVANCE_DIM, HIDDEN, 2, TrainHeads.SEED);
        mlp.standardise(rows.x());
        Mlp.Adam adam = new Mlp.Adam(1e-3, 1e-4);
        Random order = new Random(TrainHeads.SEED);
        int[] y = rows.y().stream().mapToInt(Integer::intValue).toArray();
        double[] scores = null;
        for (int e = 1; e <= EPOCHS; e++) {
            mlp.epoch(rows.x(), y, weight, adam, order, 0.3);
            scores = scores(mlp, valid);
            System.out.printf("relevance epoch %d: valid accuracy %.3f, chatter kept %.3f%n", e, scores[0], scores[1]);
        }
        Files.write(out.resolve(CardWriter.RELEVANCE_FILE), mlp.toOnnx("relevance-head"));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("architecture", "MLP " + Features.RELEVANCE_DIM + "→" + HIDDEN + "→2 per sentence (mean state of the "
                + "sentence, of its turn and of the turn before; speaker; question; position)");
        m.put("hidden", HIDDEN);
        m.put("epochs", EPOCHS);
        m.put("train_sentences", rows.x().size());
        m.put("train_clinical", positives);
        m.put("chatter_lines_train", cut);
        m.put("label", "clinical when the sentence shares IDF-weighted content words (score ≥ " + ALIGNED
                + ", ≥ 2 words) with a sentence of the reference note or names a symptom, condition, drug, test or "
                + "measurement of the drafting vocabulary; chatter lines are never clinical");
        m.put("aci_valid_and_chatter_accuracy", TrainHeads.round(scores[0]));
        m.put("held_out_chatter_called_clinical", TrainHeads.round(scores[1]));
        return m;
    }

    /** Each visit read as the app reads it, with three chatter lines added as turns of their own. */
    static void add(Encoder enc, Alignment align, List<AciBench.Encounter> visits, List<String> chatter, Random r,
            Rows rows) {
        int next = 0;
        for (AciBench.Encounter e : visits) {
            List<Turn> raw = new ArrayList<>(Transcript.parse(e.dialogue()));
            Set<Integer> inserted = new HashSet<>();
            for (int k = 0; k < 3 && !chatter.isEmpty(); k++) {
                int at = raw.isEmpty() ? 0 : r.nextInt(raw.size() + 1);
                String speaker = r.nextBoolean() ? "doctor" : "patient";
                raw.add(at, new Turn(0, speaker, chatter.get(next++ % chatter.size())));
                Set<Integer> shifted = new HashSet<>();
                inserted.forEach(i -> shifted.add(i >= at ? i + 1 : i));
                inserted = shifted;
                inserted.add(at);
            }
            List<Turn> turns = new ArrayList<>();
            for (int i = 0; i < raw.size(); i++) {
                turns.add(new Turn(i + 1, raw.get(i).speaker(), raw.get(i).text()));
            }
            Dialogue d = Dialogue.of(turns);
            List<Encoder.Pieces> pieces = new ArrayList<>();
            for (Turn t : d.turns()) {
                pieces.add(enc.tokenize(t.text()));
            }
            float[][][] states = enc.encode(pieces);
            List<TurnAnalysis> analysis = new ArrayList<>();
            for (int t = 0; t < d.turns().size(); t++) {
                analysis.add(new TurnAnalysis(d.turns().get(t), pieces.get(t), null, List.of(), states[t]));
            }
            List<Sentence> sentences = Drafting.sentences(d);
            float[][] features = ClinicalModel.relevanceFeatures(analysis, sentences);
            List<String> lines = new ArrayList<>();
            for (NoteSections.Line l : NoteSections.lines(e.note())) {
                for (String s : l.text().split("(?<=[.!?])\\s+")) {
                    lines.add(s);
                }
            }
            List<Utterance> all = d.utterances();
            for (int i = 0; i < all.size(); i++) {
                boolean chat = inserted.contains(all.get(i).turn() - 1);
                rows.x().add(features[i]);
                boolean clinical = align.best(all.get(i).text(), lines) >= ALIGNED || !VOCABULARY.find(all.get(i).text(),
                        Term.Kind.SYMPTOM, Term.Kind.CONDITION, Term.Kind.DRUG, Term.Kind.TEST, Term.Kind.MEASURE).isEmpty();
                rows.y().add(!chat && clinical ? 1 : 0);
                rows.chatter().add(chat);
            }
        }
    }

    /** Accuracy on the valid rows, and the share of held-out chatter called clinical (should be near 0). */
    private static double[] scores(Mlp mlp, Rows valid) {
        int ok = 0;
        int chat = 0;
        int chatKept = 0;
        for (int i = 0; i < valid.x().size(); i++) {
            float[] p = mlp.predict(valid.x().get(i));
            ok += (p[1] >= 0.5 ? 1 : 0) == valid.y().get(i) ? 1 : 0;
            if (valid.chatter().get(i)) {
                chat++;
                chatKept += p[1] >= 0.5 ? 1 : 0;
            }
        }
        return new double[] {(double) ok / valid.x().size(), chat == 0 ? 0 : (double) chatKept / chat};
    }
}
