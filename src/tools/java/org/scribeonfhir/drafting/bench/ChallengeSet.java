package org.scribeonfhir.drafting.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.scribeonfhir.ehr.ChartFact;
import org.scribeonfhir.ehr.EncounterContext;
import org.scribeonfhir.ehr.EncounterFacts;
import org.scribeonfhir.ehr.PatientFacts;

/** The challenge visits we wrote ({@code src/challenge/<split>/*.json}; format in its README). */
public final class ChallengeSet {

    public static final String DEV = "dev";
    public static final String TEST = "test";
    /** The day the benchmark pretends the visits happen (ages become birth dates against it). */
    static final LocalDate VISIT_DAY = LocalDate.of(2026, 11, 30);

    /** One visit: its transcript, the chart the benchmark hands the drafter, and its gold facts and traps. */
    public record Visit(String id, String specialty, String transcript, EncounterContext chart, JsonNode facts,
            JsonNode traps) {
    }

    private ChallengeSet() {
    }

    public static List<Visit> read(Path root, String split) throws IOException {
        List<Visit> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(root.resolve(split))) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        ObjectMapper json = new ObjectMapper();
        for (Path f : files) {
            JsonNode v = json.readTree(f.toFile());
            List<String> lines = new ArrayList<>();
            v.path("transcript").forEach(t -> lines.add(t.asText()));
            out.add(new Visit(v.path("id").asText(), v.path("specialty").asText(), String.join("\n", lines),
                    chart(v), v.path("facts"), v.path("traps")));
        }
        return out;
    }

    /** What the chart would hold: the patient, an open encounter today, and the optional chart block. */
    private static EncounterContext chart(JsonNode v) {
        String id = v.path("id").asText();
        JsonNode p = v.path("patient");
        String birth = p.has("age") ? VISIT_DAY.minusYears(p.path("age").asInt()).minusDays(30).toString() : null;
        PatientFacts patient = new PatientFacts(id, p.path("name").asText(null), birth, p.path("sex").asText(null), null);
        EncounterFacts encounter = new EncounterFacts(id + "-enc", "in-progress", null, null, VISIT_DAY.toString(),
                List.of());
        JsonNode c = v.path("chart");
        List<ChartFact> meds = new ArrayList<>();
        int i = 0;
        for (JsonNode m : c.path("medications")) {
            meds.add(new ChartFact("MedicationRequest/" + id + "-m" + (++i), "medication", m.path("label").asText(),
                    m.path("sig").asText(""), null, null));
        }
        List<ChartFact> allergies = new ArrayList<>();
        for (JsonNode a : c.path("allergies")) {
            allergies.add(new ChartFact("AllergyIntolerance/" + id + "-a" + (++i), "allergy", a.path("label").asText(),
                    a.path("reaction").asText(""), null, null));
        }
        List<ChartFact> conditions = new ArrayList<>();
        for (JsonNode x : c.path("conditions")) {
            conditions.add(new ChartFact("Condition/" + id + "-c" + (++i), "condition", x.asText(), "active", null,
                    null));
        }
        return new EncounterContext(patient, encounter, conditions, List.of(), List.of(), meds, allergies, List.of(),
                null, null, List.of());
    }
}
