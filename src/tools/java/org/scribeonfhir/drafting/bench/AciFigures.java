package org.scribeonfhir.drafting.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.scribeonfhir.drafting.DraftNote;
import org.scribeonfhir.drafting.Drafted;
import org.scribeonfhir.drafting.Drafting;
import org.scribeonfhir.drafting.Transcript;
import org.scribeonfhir.drafting.check.Faithfulness;
import org.scribeonfhir.drafting.eval.Rouge;
import org.scribeonfhir.drafting.speech.Dialogue;

/**
 * The figures of one ACI-Bench split: ROUGE, concept F1, how the drafts read (first person, empty sections),
 * the faithfulness check's unsupported statements with examples, and (for test1) error injection into the
 * check and the latency per visit.
 */
final class AciFigures {

    private AciFigures() {
    }

    static Map<String, Object> of(Drafting drafting, Concepts concepts, List<AciBench.Encounter> encounters,
            List<Double> latencies, List<ConfidenceFit.Example> labelled, ErrorInjection injection) {
        List<Rouge.Scores> scores = new ArrayList<>();
        Register register = new Register();
        double conceptF1 = 0;
        int statements = 0;
        List<Faithfulness.Problem> problems = new ArrayList<>();
        int unsupported = 0;
        int restated = 0;
        int[] reference = new int[2];
        for (AciBench.Encounter e : encounters) {
            long t0 = System.nanoTime();
            Drafted d = drafting.draft(e.dialogue(), null);
            if (latencies != null) {
                latencies.add((System.nanoTime() - t0) / 1e6);
            }
            String text = DraftNote.render(d.note().texts());
            scores.add(Rouge.score(e.note(), text));
            register.add(d.note(), e.note());
            restated += Restated.count(d.note(), e.dialogue());
            int[] r = Restated.countReference(e.note(), e.dialogue());
            reference[0] += r[0];
            reference[1] += r[1];
            conceptF1 += Concepts.f1(concepts.of(text), concepts.of(e.note()));
            statements += d.check().statements();
            unsupported += d.check().unsupported();
            problems.addAll(d.check().problems());
            if (labelled != null) {
                ConfidenceFit.add(d.note(), e.note(), labelled);
            }
            if (injection != null) {
                injection.add(d.note().sections(), Dialogue.of(Transcript.parse(e.dialogue())));
            }
        }
        Map<String, Object> m = Benchmark.mean(scores);
        m.put("n", encounters.size());
        m.put("statements", statements);
        m.put("unsupported_statements", unsupported);
        m.put("unsupported_rate", Benchmark.round4(statements == 0 ? 0 : (double) unsupported / statements));
        m.put("concept_f1", Benchmark.round2(100 * conceptF1 / encounters.size()));
        m.put("first_person_statements", register.firstPerson);
        m.put("spoken_register_statements", register.spoken);
        m.put("narrator_statements", register.narrator);
        m.put("restated_statements", restated);
        m.put("reference_restated_lines", reference[1] + "/" + reference[0]);
        m.put("empty_chief_complaint", register.emptyChiefComplaint);
        m.put("empty_ros_where_reference_has_one", register.emptyRos + "/" + register.referenceRos);
        m.put("empty_exam_where_reference_has_one", register.emptyExam + "/" + register.referenceExam);
        List<String> examples = new ArrayList<>();
        for (Faithfulness.Problem p : problems) {
            if (examples.size() < 12) {
                examples.add(p.kind() + ": " + p.detail() + " | " + p.statement());
            }
        }
        m.put("unsupported_examples", examples);
        Map<String, Integer> kinds = new LinkedHashMap<>();
        problems.forEach(p -> kinds.merge(p.kind(), 1, Integer::sum));
        m.put("unsupported_by_kind", kinds);
        return m;
    }
}
