package org.scribeonfhir.drafting.bench;

import java.nio.file.Path;

import org.scribeonfhir.drafting.Drafting;
import org.scribeonfhir.drafting.Transcript;
import org.scribeonfhir.drafting.extract.VisitReader;
import org.scribeonfhir.drafting.model.ClinicalModel;
import org.scribeonfhir.drafting.speech.Dialogue;

/**
 * {@code -Dscribe.bench=explain:<challenge dev id, ACI-Bench train/valid id or file:<probe transcript>>}: how the
 * drafter read one dev visit, sentence by sentence (role, part of the visit, relevance), then the visit model. For
 * development; never reads the test half.
 */
final class Explain {

    private Explain() {
    }

    static void run(String id, Path data) throws Exception {
        ChallengeSet.Visit visit = id.startsWith("file:") ? probe(Path.of(id.substring(5)))
                : id.startsWith("D2N") ? aciValid(id, data) : ChallengeSet.read(Path.of("src/challenge"),
                ChallengeSet.DEV).stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow();
        try (ClinicalModel model = ClinicalModel.load(Explain.class.getClassLoader(), 2)) {
            Drafting drafting = new Drafting(model);
            Dialogue d = Dialogue.of(Transcript.parse(visit.transcript()));
            Drafting.Reading r = drafting.read(d);
            for (String line : VisitReader.explain(d, r.analysis(), r.relevance(), visit.chart())) {
                System.out.println(line);
            }
            System.out.println(VisitReader.read(d, r.analysis(), r.relevance(), visit.chart()));
        }
    }

    /** A transcript we wrote to probe one rule ({@code explain:file:<path>}), without a chart. */
    private static ChallengeSet.Visit probe(Path file) throws java.io.IOException {
        return new ChallengeSet.Visit(file.getFileName().toString(), "probe", java.nio.file.Files.readString(file),
                null, null, null);
    }

    /** An ACI-Bench valid or train encounter (never a test split) as a visit without a chart. */
    private static ChallengeSet.Visit aciValid(String id, Path data) throws java.io.IOException {
        java.util.List<AciBench.Encounter> all = new java.util.ArrayList<>(AciBench.read(data, AciBench.VALID));
        all.addAll(AciBench.read(data, AciBench.TRAIN));
        AciBench.Encounter e = all.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        return new ChallengeSet.Visit(id, e.dataset(), e.dialogue(), null, null, null);
    }
}
