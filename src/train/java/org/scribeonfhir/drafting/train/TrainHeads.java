package org.scribeonfhir.drafting.train;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.scribeonfhir.drafting.Transcript;
import org.scribeonfhir.drafting.Turn;
import org.scribeonfhir.drafting.bench.AciBench;
import org.scribeonfhir.drafting.bench.Bc5cdr;
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
 * {@code mvn -Ptrain -T1 compile exec:java}. Uses train splits to fit and valid/dev splits to report;
 * never a test split. Writes the two ONNX heads and model-card.json into the output folder.
 */
public final class TrainHeads {

    static final long SEED = 20261127L;

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Path out = Path.of(args[1]);
        ClassLoader cl = TrainHeads.class.getClassLoader();
        long t0 = System.nanoTime();
        try (Encoder enc = new Encoder(ModelCard.resource(cl, CardWriter.ENCODER_RESOURCE),
                new ByteArrayInputStream(ModelCard.resource(cl, CardWriter.TOKENIZER_RESOURCE)), 2)) {
            Map<String, Object> section = trainSections(enc, data, out);
            Map<String, Object> entity = trainEntities(enc, data, out);
            CardWriter.write(cl, out, section, entity, (System.nanoTime() - t0) / 1e9);
        }
        System.out.printf("Done in %.0f s%n", (System.nanoTime() - t0) / 1e9);
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
        return Map.of("epochs", epochs, "hidden", 128, "train_rows", train.x().size(), "mts_train_dialogues",
                mtsTrain, "aci_train_turns", train.x().size() - mtsTrain, "mts_valid_accuracy", round(mtsAcc),
                "aci_valid_turn_accuracy", round(aciAcc));
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

    static Map<String, Object> trainEntities(Encoder enc, Path data, Path out) throws Exception {
        List<Bc5cdr.Doc> docs = Bc5cdr.read(data, Bc5cdr.TRAIN);
        Map<String, String> full = HeadEval.lexiconOf(docs);
        writeLexicon(full, out.resolve(CardWriter.LEXICON_FILE));
        // Two folds: each half of the training documents sees the lexicon built from the other half, so the
        // head learns how often a lexicon match is right on text the lexicon has not seen.
        List<Bc5cdr.Doc> a = docs.subList(0, docs.size() / 2);
        List<Bc5cdr.Doc> b = docs.subList(docs.size() / 2, docs.size());
        Rows train = new Rows();
        for (HeadEval.TokenRow r : HeadEval.bioRows(enc, new Lexicon(HeadEval.lexiconOf(b)), a)) {
            train.x().add(r.state());
            train.y().add(r.label());
        }
        for (HeadEval.TokenRow r : HeadEval.bioRows(enc, new Lexicon(HeadEval.lexiconOf(a)), b)) {
            train.x().add(r.state());
            train.y().add(r.label());
        }
        List<Bc5cdr.Doc> dev = Bc5cdr.read(data, Bc5cdr.DEV);
        HeadEval.EncodedDocs devEncoded = HeadEval.encodeDocs(enc, new Lexicon(full), dev);
        System.out.printf("entity rows: train %d tokens%n", train.x().size());
        Mlp mlp = new Mlp(Features.ENTITY_DIM, 256, Labels.BIO.size(), SEED);
        mlp.standardise(train.x());
        Mlp.Adam adam = new Mlp.Adam(5e-4, 1e-4);
        Random order = new Random(SEED);
        int epochs = 6;
        HeadEval.Prf prf = null;
        for (int e = 1; e <= epochs; e++) {
            mlp.epoch(train.x(), train.labels(), null, adam, order, 0.2);
            prf = HeadEval.nerScore(devEncoded, mlp::predict);
            System.out.printf("entity epoch %d: BC5CDR dev P %.3f R %.3f F1 %.3f%n", e, prf.precision(), prf.recall(),
                    prf.f1());
        }
        Files.write(out.resolve(CardWriter.ENTITY_FILE), mlp.toOnnx("entity-head"));
        double boost = HeadEval.bestOutsideBoost(devEncoded, mlp::predict);
        prf = HeadEval.nerScore(devEncoded, mlp::predict, boost);
        return Map.of("outside_boost", boost, "epochs", epochs, "hidden", 256, "train_tokens", train.x().size(), "bc5cdr_dev_micro_f1",
                round(prf.f1()), "bc5cdr_dev_precision", round(prf.precision()), "bc5cdr_dev_recall",
                round(prf.recall()));
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
