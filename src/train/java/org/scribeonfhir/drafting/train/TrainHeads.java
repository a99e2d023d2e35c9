package org.scribeonfhir.drafting.train;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.scribeonfhir.drafting.Drafting;
import org.scribeonfhir.drafting.Transcript;
import org.scribeonfhir.drafting.Turn;
import org.scribeonfhir.drafting.bench.AciBench;
import org.scribeonfhir.drafting.bench.Bc5cdr;
import org.scribeonfhir.drafting.bench.ConfidenceFit;
import org.scribeonfhir.drafting.bench.HeadEval;
import org.scribeonfhir.drafting.bench.MtsDialog;
import org.scribeonfhir.drafting.model.ClinicalModel;
import org.scribeonfhir.drafting.model.Encoder;
import org.scribeonfhir.drafting.model.Features;
import org.scribeonfhir.drafting.model.Labels;
import org.scribeonfhir.drafting.model.Lexicon;
import org.scribeonfhir.drafting.model.ModelCard;

/**
 * Reproduces the committed drafting heads from the public data beside the repo:
 * {@code mvn -Ptrain -T1 compile exec:java}. Uses train splits to fit and valid/dev splits to choose and
 * report; never a test split. Writes the two ONNX heads, the lexicon and model-card.json into the output
 * folder and says, file by file, whether they are byte for byte the committed ones. Deterministic: fixed
 * seeds, one training thread, encoder sessions with one thread each (the same bytes on the same CPU family
 * and onnxruntime version).
 */
public final class TrainHeads {

    static final long SEED = 20261127L;

    /**
     * @param args the data folder, the folder to write the heads and the card into, and (optional) the folder
     *             of the committed model to compare the result with, file by file
     */
    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Path committed = args.length > 2 ? Path.of(args[2]) : out;
        Map<String, String> before = CardWriter.hashes(committed);
        Files.createDirectories(out);
        ClassLoader cl = TrainHeads.class.getClassLoader();
        long t0 = System.nanoTime();
        Map<String, Object> section;
        Map<String, Object> entity;
        Map<String, Object> relevance;
        try (Encoder enc = new Encoder(ModelCard.resource(cl, CardWriter.ENCODER_RESOURCE),
                new ByteArrayInputStream(ModelCard.resource(cl, CardWriter.TOKENIZER_RESOURCE)), 2)) {
            section = trainSections(enc, data, out);
            entity = trainEntities(enc, data, out);
            relevance = TrainRelevance.train(enc, data, Path.of("src/train/chatter.txt"), out);
            CardWriter.write(cl, out, section, entity, relevance, null);
        }
        // The calibration is fitted on what the new heads draft, so it needs them (and their first card) first.
        ClassLoader trained = new TrainedModelLoader(out, cl);
        Map<String, Object> calibration;
        try (ClinicalModel model = ClinicalModel.open(ModelCard.read(trained), trained, 2)) {
            calibration = ConfidenceFit.fitAndWrite(new Drafting(model), data,
                    out.resolve(CardWriter.CALIBRATION_FILE));
        }
        System.out.println("confidence calibration: " + calibration);
        CardWriter.write(cl, out, section, entity, relevance, calibration);
        System.out.printf("Done in %.0f s%n", (System.nanoTime() - t0) / 1e9);
        boolean same = CardWriter.report(before, CardWriter.hashes(out), committed);
        System.out.println(same ? "Reproduced the committed model byte for byte."
                : "The trained files differ from the committed ones (see above).");
    }

    // ---- section head -------------------------------------------------------------------------------

    record Rows(List<float[]> x, List<Integer> y) {
        Rows() {
            this(new ArrayList<>(), new ArrayList<>());
        }

        int[] labels() {
            return y.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    static Map<String, Object> trainSections(Encoder enc, Path data, Path out) throws Exception {
        Rows train = new Rows();
        // The augmented file holds the 1,201 training dialogues and their French and Spanish back-translations.
        addMts(enc, MtsDialog.read(data, MtsDialog.AUGMENTED), train);
        int mtsTrain = train.x().size();
        List<AciBench.Encounter> aciTrain = AciBench.read(data, AciBench.TRAIN);
        List<AciBench.Encounter> aciValid = AciBench.read(data, AciBench.VALID);
        List<String> docs = new ArrayList<>();
        for (AciBench.Encounter e : aciTrain) {
            docs.add(e.dialogue());
            docs.add(e.note());
        }
        Alignment align = new Alignment(docs);
        addAci(enc, align, aciTrain, train);
        Rows mtsValid = new Rows();
        addMts(enc, MtsDialog.read(data, MtsDialog.VALID), mtsValid);
        Rows aciValidRows = new Rows();
        addAci(enc, align, aciValid, aciValidRows);
        System.out.printf("section rows: train %d (MTS %d, ACI turns %d), valid MTS %d, ACI %d%n", train.x().size(),
                mtsTrain, train.x().size() - mtsTrain, mtsValid.x().size(), aciValidRows.x().size());

                float[] weight = new float[train.x().size()];
        for (int i = 0; i < weight.length; i++) {
            weight[i] = 1f;
        }
        Mlp mlp = new Mlp(Features.SECTION_DIM, 128, Labels.SECTIONS.size(), SEED);
        mlp.standardise(train.x());
        Mlp.Adam adam = new Mlp.Adam(1e-3, 1e-4);
        Random order = new Random(SEED);
        int epochs = 12;
        double mtsAcc = 0;
        double aciAcc = 0;
        for (int e = 1; e <= epochs; e++) {
            mlp.epoch(train.x(), train.labels(), weight, adam, order, 0.2);
            mtsAcc = accuracy(mlp, mtsValid);
            aciAcc = accuracy(mlp, aciValidRows);
            System.out.printf("section epoch %d: MTS valid acc %.3f, ACI valid turn acc %.3f%n", e, mtsAcc, aciAcc);
        }
        Files.write(out.resolve(CardWriter.SECTION_FILE), mlp.toOnnx("section-head"));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("architecture", "MLP " + Features.SECTION_DIM + "→128→" + Labels.SECTIONS.size() + " per turn");
        m.put("hidden", 128);
        m.put("epochs", epochs);
        m.put("train_rows", train.x().size());
        m.put("mts_train_dialogues", mtsTrain);
        m.put("aci_train_turns", train.x().size() - mtsTrain);
        m.put("mts_valid_accuracy", round(mtsAcc));
        m.put("aci_valid_turn_accuracy", round(aciAcc));
        return m;
    }

    static void addMts(Encoder enc, List<MtsDialog.Example> examples, Rows rows) {
        List<Encoder.Pieces> pieces = new ArrayList<>();
        for (MtsDialog.Example e : examples) {
            pieces.add(enc.tokenize(MtsDialog.flat(e)));
        }
        float[][][] states = enc.encode(pieces);
        for (int i = 0; i < examples.size(); i++) {
            rows.x().add(HeadEval.mtsFeatures(states[i]));
            rows.y().add(Labels.SECTIONS.indexOf(examples.get(i).section()));
        }
    }

    static void addAci(Encoder enc, Alignment align, List<AciBench.Encounter> encounters, Rows rows) {
        for (AciBench.Encounter e : encounters) {
            List<Turn> turns = Transcript.parse(e.dialogue());
            List<String> labels = align.label(turns, e.note());
            List<Encoder.Pieces> pieces = new ArrayList<>();
            for (Turn t : turns) {
                pieces.add(enc.tokenize(t.text()));
            }
            float[][] feats = ClinicalModel.sectionFeatures(turns, enc.encode(pieces));
            for (int i = 0; i < turns.size(); i++) {
                rows.x().add(feats[i]);
                rows.y().add(Labels.SECTIONS.indexOf(labels.get(i)));
            }
        }
    }

    static double accuracy(Mlp mlp, Rows rows) {
        int ok = 0;
        for (int i = 0; i < rows.x().size(); i++) {
            float[] p = mlp.predict(rows.x().get(i));
            int best = 0;
            for (int c = 1; c < p.length; c++) {
                if (p[c] > p[best]) {
                    best = c;
                }
            }
            ok += best == rows.y().get(i) ? 1 : 0;
        }
        return (double) ok / rows.x().size();
    }

    // ---- entity head ---------------------------------------------------------------------------------

    static final int ENTITY_HIDDEN = 256;
    static final int ENTITY_EPOCHS = 6;
    static final double ENTITY_DROPOUT = 0.4;

    /**
     * The entity head: an MLP over each token's features whose logits feed a linear-chain CRF over the
     * sentence (transition scores between BIO tags), trained together on BC5CDR train. Dev decides the "O"
     * boost of the decoder and is reported after each epoch; test is never read.
     */
    static Map<String, Object> trainEntities(Encoder enc, Path data, Path out) throws Exception {
        List<Bc5cdr.Doc> docs = Bc5cdr.read(data, Bc5cdr.TRAIN);
        Map<String, String> full = HeadEval.lexiconOf(docs);
        writeLexicon(full, out.resolve(CardWriter.LEXICON_FILE));
        // Two folds: each half of the training documents sees the lexicon built from the other half, so the
        // head learns how often a lexicon match is right on text the lexicon has not seen.
        List<Bc5cdr.Doc> a = docs.subList(0, docs.size() / 2);
        List<Bc5cdr.Doc> b = docs.subList(docs.size() / 2, docs.size());
        List<float[][]> x = new ArrayList<>();
        List<int[]> y = new ArrayList<>();
        for (HeadEval.EncodedDocs half : List.of(HeadEval.encodeDocs(enc, new Lexicon(HeadEval.lexiconOf(b)), a),
                HeadEval.encodeDocs(enc, new Lexicon(HeadEval.lexiconOf(a)), b))) {
            java.util.Collections.addAll(x, half.states());
            y.addAll(HeadEval.bioLabels(half));
        }
        List<float[]> tokens = new ArrayList<>();
        for (float[][] sentence : x) {
            java.util.Collections.addAll(tokens, sentence);
        }
        List<Bc5cdr.Doc> dev = Bc5cdr.read(data, Bc5cdr.DEV);
        HeadEval.EncodedDocs devEncoded = HeadEval.encodeDocs(enc, new Lexicon(full), dev);
        System.out.printf("entity rows: train %d sentences, %d tokens%n", x.size(), tokens.size());
        int k = Labels.BIO.size();
        Mlp mlp = new Mlp(Features.ENTITY_DIM, ENTITY_HIDDEN, k, SEED);
        mlp.standardise(tokens);
        float[] transitions = new float[(k + 1) * k];
        Mlp.Adam adam = new Mlp.Adam(5e-4, 1e-4);
        Random order = new Random(SEED);
        long steps = (long) ENTITY_EPOCHS * tokens.size() / 64;
        HeadEval.Prf prf = null;
        for (int e = 1; e <= ENTITY_EPOCHS; e++) {
            double loss = mlp.crfEpoch(x, y, transitions, adam, order, ENTITY_DROPOUT, steps);
            prf = HeadEval.nerScore(devEncoded, mlp::predict, 1.0, square(transitions, k));
            System.out.printf("entity epoch %d: loss %.1f, BC5CDR dev P %.4f R %.4f F1 %.4f%n", e, loss,
                    prf.precision(), prf.recall(), prf.f1());
        }
        Files.write(out.resolve(CardWriter.ENTITY_FILE), mlp.toOnnx("entity-head", transitions));
        double boost = HeadEval.bestOutsideBoost(devEncoded, mlp::predict, square(transitions, k));
        prf = HeadEval.nerScore(devEncoded, mlp::predict, boost, square(transitions, k));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("architecture", "MLP " + Features.ENTITY_DIM + "→" + ENTITY_HIDDEN + "→" + k
                + " per WordPiece token + linear-chain CRF (transition scores) over the sentence");
        m.put("encoder_layers", layers());
        m.put("hidden", ENTITY_HIDDEN);
        m.put("epochs", ENTITY_EPOCHS);
        m.put("dropout", ENTITY_DROPOUT);
        m.put("train_sentences", x.size());
        m.put("train_tokens", tokens.size());
        m.put("outside_boost", boost);
        m.put("bc5cdr_dev_micro_f1", round(prf.f1()));
        m.put("bc5cdr_dev_precision", round(prf.precision()));
        m.put("bc5cdr_dev_recall", round(prf.recall()));
        return m;
    }

    /** Encoder layers (1-based, of 12) the entity head reads, in feature order. */
    static List<Integer> layers() {
        List<Integer> l = new ArrayList<>();
        for (int layer : Encoder.LAYERS) {
            l.add(layer + 1);
        }
        return l;
    }

    static float[][] square(float[] transitions, int k) {
        float[][] t = new float[k + 1][k];
        for (int i = 0; i <= k; i++) {
            System.arraycopy(transitions, i * k, t[i], 0, k);
        }
        return t;
    }

    static void writeLexicon(Map<String, String> lexicon, Path file) throws java.io.IOException {
        StringBuilder s = new StringBuilder();
        lexicon.forEach((phrase, type) -> s.append(type).append('\t').append(phrase).append('\n'));
        Files.writeString(file, s.toString());
    }

    static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
