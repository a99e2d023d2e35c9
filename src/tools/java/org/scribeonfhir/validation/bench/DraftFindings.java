package org.scribeonfhir.validation.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.hl7.fhir.r4.model.Bundle;
import org.scribeonfhir.drafting.Drafting;
import org.scribeonfhir.drafting.bench.AciBench;
import org.scribeonfhir.drafting.bench.ChallengeSet;
import org.scribeonfhir.drafting.bench.Csv;
import org.scribeonfhir.drafting.model.ClinicalModel;
import org.scribeonfhir.ehr.BundleChart;
import org.scribeonfhir.ehr.EncounterContext;
import org.scribeonfhir.validation.Finding;

import ca.uhn.fhir.context.FhirContext;

/**
 * The safety checks on the model's own drafts, a second and independent view of their faithfulness: ACI-Bench
 * test1 (paired with a sandbox chart as in the injection run) and the Notes challenge set's test half.
 */
final class DraftFindings {

    private DraftFindings() {
    }

    static Map<String, Object> run(Path data, List<EncounterContext> charts) throws IOException {
        Map<String, Object> out = new LinkedHashMap<>();
        try (ClinicalModel model = ClinicalModel.load(DraftFindings.class.getClassLoader(), 2)) {
            Drafting drafting = new Drafting(model);
            Counts test1 = new Counts();
            Map<String, Map<String, String>> people = new LinkedHashMap<>();
            for (Map<String, String> r : Csv.read(data.resolve("aci-bench/challenge_data/" + AciBench.TEST1
                    + "_metadata.csv"))) {
                people.put(r.get("encounter_id"), r);
            }
            int i = 0;
            for (AciBench.Encounter e : AciBench.read(data, AciBench.TEST1)) {
                EncounterContext chart = ValidationBench.paired(charts.get(i++ % charts.size()), people.get(e.id()), e);
                test1.add(ValidationBench.check(drafting.draft(e.dialogue(), null).note().texts(), chart));
            }
            out.put("aci_bench_test1", test1.figures());
            Counts sandbox = new Counts();
            for (Path f : ValidationBench.files(Path.of("smart-launch/sandbox/patients"))) {
                Path transcript = Path.of("smart-launch/sandbox/transcripts", "sbx-enc-" + f.getFileName().toString()
                        .substring(0, 2) + ".txt");
                if (Files.exists(transcript)) {
                    EncounterContext chart = BundleChart.of(FhirContext.forR4Cached().newJsonParser()
                            .parseResource(Bundle.class, Files.readString(f)), Files.readString(transcript));
                    List<Finding> found = ValidationBench.check(drafting.draft(chart.transcript(), chart).note()
                            .texts(), chart);
                    sandbox.add(found);
                    found.forEach(x -> System.out.printf("SANDBOX %s %s %s | %s | %s%n", transcript.getFileName(),
                            x.severity().code(), x.kind(), x.line(), x.message()));
                }
            }
            out.put("sandbox", sandbox.figures());
            Path challenge = Path.of("src/challenge");
            if (Files.isDirectory(challenge.resolve("test"))) {
                Counts c = new Counts();
                for (ChallengeSet.Visit v : ChallengeSet.read(challenge, "test")) {
                    EncounterContext chart = v.chart().withTranscript(v.transcript(), "challenge");
                    c.add(ValidationBench.check(drafting.draft(v.transcript(), chart).note().texts(), chart));
                }
                out.put("challenge_test", c.figures());
            }
        }
        return out;
    }

    /** Findings per note by kind and severity. */
    private static final class Counts {
        private int notes;
        private int findings;
        private int critical;
        private final Map<String, Integer> byKind = new TreeMap<>();

        void add(List<Finding> f) {
            notes++;
            findings += f.size();
            for (Finding x : f) {
                critical += x.severity() == Finding.Severity.CRITICAL ? 1 : 0;
                byKind.merge(x.kind() + " (" + x.severity().code() + ")", 1, Integer::sum);
            }
        }

        Map<String, Object> figures() {
            return Map.of("notes", notes, "findings_per_note", Math.round(100.0 * findings / Math.max(1, notes)) / 100.0,
                    "critical_per_note", Math.round(100.0 * critical / Math.max(1, notes)) / 100.0, "by_kind", byKind);
        }
    }
}
