package org.scribeonfhir.drafting.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.scribeonfhir.drafting.DraftNote;
import org.scribeonfhir.drafting.Drafted;
import org.scribeonfhir.drafting.Drafting;

/**
 * PriMock57, out of domain only (UK primary care, never tuned on): the share of the clinicians' notes'
 * concepts the drafts hold. The notes are short and abbreviated, so recall, not F1, is what compares.
 */
final class PriMock {

    private PriMock() {
    }

    static Map<String, Object> figures(Drafting drafting, Concepts concepts, Path data) throws IOException {
        Path file = data.resolve("primock57/primock57_dialogue_note.jsonl");
        ObjectMapper json = new ObjectMapper();
        double recall = 0;
        double f1 = 0;
        int n = 0;
        int statements = 0;
        int restated = 0;
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode r = json.readTree(line);
            Drafted d = drafting.draft(r.path("dialogue").asText(), null);
            statements += d.check().statements();
            restated += Restated.count(d.note(), r.path("dialogue").asText());
            var draft = concepts.of(DraftNote.render(d.note().texts()));
            var reference = concepts.of(r.path("note").asText());
            recall += Concepts.recall(draft, reference);
            f1 += Concepts.f1(draft, reference);
            n++;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("n", n);
        m.put("concept_recall", Benchmark.round4(n == 0 ? 0 : recall / n));
        m.put("concept_f1", Benchmark.round4(n == 0 ? 0 : f1 / n));
        m.put("statements", statements);
        m.put("restated_statements", restated);
        m.put("note", "out-of-domain test only; concepts as in aci_bench_test1.concept_f1; restated as in aci_bench_test1");
        return m;
    }
}
