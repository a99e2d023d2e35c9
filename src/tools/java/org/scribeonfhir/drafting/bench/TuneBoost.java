package org.scribeonfhir.drafting.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.scribeonfhir.drafting.model.ClinicalModel;

/** Prints the dev F1 of the committed entity head for each "O" boost (what TrainHeads picks from). */
public final class TuneBoost {

    public static void main(String[] args) throws Exception {
        try (ClinicalModel model = ClinicalModel.load(TuneBoost.class.getClassLoader(), 2)) {
            HeadEval.EncodedDocs dev = HeadEval.encodeDocs(model.encoder(), model.lexicon(),
                    Bc5cdr.read(Path.of(args[0]), Bc5cdr.DEV));
            List<float[]> rows = new ArrayList<>();
            for (float[][] s : dev.states()) {
                Collections.addAll(rows, s);
            }
            float[][] probs = model.entityHead().predict(rows.toArray(new float[0][]));
            Map<float[], float[]> byRow = new IdentityHashMap<>();
            for (int i = 0; i < probs.length; i++) {
                byRow.put(rows.get(i), probs[i]);
            }
            double best = HeadEval.bestOutsideBoost(dev, byRow::get);
            HeadEval.Prf prf = HeadEval.nerScore(dev, byRow::get, best);
            System.out.printf("best %.1f P %.4f R %.4f F1 %.4f%n", best, prf.precision(), prf.recall(), prf.f1());
        }
    }
}
