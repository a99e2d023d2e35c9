package org.scribeonfhir.drafting.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.scribeonfhir.drafting.DraftNote;
import org.scribeonfhir.drafting.Drafted;
import org.scribeonfhir.drafting.Drafting;
import org.scribeonfhir.drafting.Evidence;
import org.scribeonfhir.drafting.Section;
import org.scribeonfhir.drafting.Statement;
import org.scribeonfhir.drafting.Transcript;
import org.scribeonfhir.drafting.eval.Rouge;
import org.scribeonfhir.drafting.model.ClinicalModel;
import org.scribeonfhir.drafting.model.Encoder;
import org.scribeonfhir.drafting.model.Labels;
import org.scribeonfhir.drafting.model.ModelCard;

/**
 * {@code mvn -Pbenchmark verify}: every figure of the drafting model in {@code target/benchmarks/drafting.json}.
 * ACI-Bench valid is drafted first (it doubles as the warm-up), then test1 once, timed per encounter.
 */
public final class Benchmark {

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Path out = Path.of(args[1]);
        long start = System.nanoTime();
        String mode = args.length > 2 ? args[2] : "all";
        if (mode.startsWith("validation")) {
            return; // the safety checks' benchmark only (validation/bench/ValidationBench)
        }
        if (mode.equals("--rouge-check")) {
            System.out.println(referenceCheck(data));
            return;
        }
        if (mode.equals("calibrate")) {
            try (ClinicalModel model = ClinicalModel.load(Benchmark.class.getClassLoader(), 2)) {
                ConfidenceFit.explore(new Drafting(model), data);
            }
            return;
        }
        if (mode.equals("valid")) {
            validLoop(data, out.resolveSibling("valid"));
            return;
        }
        if (mode.startsWith("explain:")) {
            Explain.run(mode.substring("explain:".length()), data);
            return;
        }
        if (mode.equals("sandbox") || mode.startsWith("drafts:")) {
            // drafts:<folder>[:<how many>] drafts any folder of transcripts for reading, e.g. PriMock57 (test only)
            String[] p = mode.split(":");
            Path folder = Path.of(mode.equals("sandbox") ? "smart-launch/sandbox/transcripts" : p[1]);
            try (ClinicalModel model = ClinicalModel.load(Benchmark.class.getClassLoader(), 2)) {
                DraftFolder.run(new Drafting(model), folder, out.resolveSibling("drafts-" + folder.getFileName()),
                        p.length > 2 ? Integer.parseInt(p[2]) : Integer.MAX_VALUE);
            }
            return;
        }
        if (mode.equals("inject")) {
            try (ClinicalModel model = ClinicalModel.load(Benchmark.class.getClassLoader(), 2)) {
                Drafting drafting = new Drafting(model);
                ErrorInjection injection = new ErrorInjection();
                for (AciBench.Encounter e : AciBench.read(data, AciBench.VALID)) {
                    injection.add(drafting.draft(e.dialogue(), null).note().sections(),
                            org.scribeonfhir.drafting.speech.Dialogue.of(Transcript.parse(e.dialogue())));
                }
                System.out.println("valid error injection " + injection.figures());
            }
            return;
        }
        if (mode.equals("challenge")) {
            try (ClinicalModel model = ClinicalModel.load(Benchmark.class.getClassLoader(), 2)) {
                ChallengeLoop.run(new Drafting(model), Path.of("src/challenge"), ChallengeSet.DEV,
                        out.resolveSibling("challenge-dev"), true);
            }
            return;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        List<AciBench.Encounter> test1 = AciBench.read(data, AciBench.TEST1);
        try (ClinicalModel model = ClinicalModel.load(Benchmark.class.getClassLoader(), 2)) {
            Drafting drafting = new Drafting(model);
            Concepts concepts = new Concepts(model);
            json.put("aci_bench_reference_check", Map.of("gpt4", referenceCheck(data)));
            List<ConfidenceFit.Example> validStatements = new ArrayList<>();
            json.put("aci_bench_valid", AciFigures.of(drafting, concepts, AciBench.read(data, AciBench.VALID), null,
                    validStatements, null));
            List<Double> latencies = new ArrayList<>();
            List<ConfidenceFit.Example> testStatements = new ArrayList<>();
            ErrorInjection injection = new ErrorInjection();
            json.put("aci_bench_test1", AciFigures.of(drafting, concepts, test1, latencies, testStatements, injection));
            json.put("latency_ms", latency(latencies));
            json.put("faithfulness_error_injection_test1", injection.figures());
            Map<String, Object> calibration = new LinkedHashMap<>();
            calibration.put("aci_bench_valid", ConfidenceFit.measure(validStatements, null));
            calibration.put("aci_bench_test1", ConfidenceFit.measure(testStatements, null));
            json.put("confidence_calibration", calibration);
            Path challenge = Path.of("src/challenge");
            json.put("challenge_dev", ChallengeLoop.run(drafting, challenge, ChallengeSet.DEV, null, false));
            json.put("challenge_test", ChallengeLoop.run(drafting, challenge, ChallengeSet.TEST, null, false));
            json.put("primock57", PriMock.figures(drafting, concepts, data));
            Map<String, Object> rss = rss();
            json.put("rss_mb", rss.get("peak"));
            json.put("rss_note", "peak resident set of the benchmark JVM (MB); current " + rss.get("current") + " MB");
            json.put("mts_dialog_test1", mts(model, data));
            json.put("bc5cdr_test", bc5cdr(model, data));
            ModelCard card = model.card();
            Map<String, Object> block = new LinkedHashMap<>();
            block.put("name", card.name());
            block.put("version", card.version());
            block.put("sha256", card.sha256());
            json.put("model", block);
        }
        Map<String, Object> app = AppRss.measure(test1);
        json.put("app_rss_mb", app.get("app_rss_mb"));
        json.put("app_rss", app);
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("java", System.getProperty("java.version"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        machine.put("encoder_sessions", 2);
        machine.put("intra_op_threads", 1);
        json.put("machine", machine);
        json.put("benchmark_seconds", Math.round((System.nanoTime() - start) / 1e9));
        Files.createDirectories(out.getParent());
        String text = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json);
        Files.writeString(out, text + "\n");
        System.out.println(text);
    }

    /**
     * The composer's development loop ({@code mvn -Pbenchmark verify -Dscribe.bench=valid}): drafts ACI-Bench
     * valid only, prints each encounter's ROUGE and the mean, and writes each draft beside its reference note
     * into {@code target/benchmarks/valid/} for reading. Never touches a test split.
     */
    static void validLoop(Path data, Path dump) throws IOException {
        Files.createDirectories(dump);
        try (ClinicalModel model = ClinicalModel.load(Benchmark.class.getClassLoader(), 2)) {
            Drafting drafting = new Drafting(model);
            List<Rouge.Scores> scores = new ArrayList<>();
            int statements = 0;
            int unsupported = 0;
            for (AciBench.Encounter e : AciBench.read(data, AciBench.VALID)) {
                Drafted d = drafting.draft(e.dialogue(), null);
                String text = DraftNote.render(d.note().texts());
                Rouge.Scores s = Rouge.score(e.note(), text);
                scores.add(s);
                StringBuilder evidence = new StringBuilder();
                for (Section section : d.note().sections()) {
                    for (Statement st : section.statements()) {
                        evidence.append(st.evidence()).append("  ").append(st.text()).append('\n');
                    }
                }
                StringBuilder check = new StringBuilder();
                d.check().problems().forEach(p -> check.append(p.kind()).append(": ").append(p.detail()).append(" | ")
                        .append(p.statement()).append('\n'));
                statements += d.check().statements();
                unsupported += d.check().unsupported();
                Files.writeString(dump.resolve(e.id() + ".txt"), text + "\n=== REFERENCE\n" + e.note()
                        + "\n\n=== CHECK\n" + check + "\n=== EVIDENCE\n" + evidence);
                System.out.printf("%s %-10s R1 %.2f R2 %.2f RLsum %.2f%n", e.id(), e.dataset(), 100 * s.rouge1(),
                        100 * s.rouge2(), 100 * s.rougeLsum());
            }
            System.out.println("valid mean " + mean(scores) + "; unsupported " + unsupported + " of " + statements
                    + " statements; drafts in " + dump);
        }
    }

    /** Re-scores the published GPT-4 test1 notes: must give 51.76 / 22.58 / 45.97 if our ROUGE is right. */
    static Map<String, Object> referenceCheck(Path data) throws IOException {
        Map<String, String> reference = new HashMap<>();
        for (AciBench.Encounter e : AciBench.read(data, AciBench.TEST1)) {
            reference.put(e.id(), e.note());
        }
        List<Rouge.Scores> scores = new ArrayList<>();
        for (Map<String, String> r : Csv.read(data.resolve("aci-bench/reference_predictions_test1/test1GPT-4_.csv"))) {
            scores.add(Rouge.score(reference.get(r.get("encounter_id")), r.get("note")));
        }
        Map<String, Object> m = mean(scores);
        Map<String, Object> published = new LinkedHashMap<>();
        published.put("rouge1", 51.76);
        published.put("rouge2", 22.58);
        published.put("rougeLsum", 45.97);
        m.put("published", published);
        return m;
    }

    static Map<String, Object> mean(List<Rouge.Scores> scores) {
        double r1 = 0;
        double r2 = 0;
        double rl = 0;
        for (Rouge.Scores s : scores) {
            r1 += s.rouge1();
            r2 += s.rouge2();
            rl += s.rougeLsum();
        }
        int n = scores.size();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rouge1", round2(100 * r1 / n));
        m.put("rouge2", round2(100 * r2 / n));
        m.put("rougeLsum", round2(100 * rl / n));
        return m;
    }

    static Map<String, Object> latency(List<Double> ms) {
        List<Double> sorted = new ArrayList<>(ms);
        Collections.sort(sorted);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("p50", round2(percentile(sorted, 50)));
        m.put("p95", round2(percentile(sorted, 95)));
        m.put("max", round2(sorted.get(sorted.size() - 1)));
        m.put("n", sorted.size());
        return m;
    }

    /** Nearest-rank percentile. */
    static double percentile(List<Double> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    static Map<String, Object> mts(ClinicalModel model, Path data) throws IOException {
        List<MtsDialog.Example> test = MtsDialog.read(data, MtsDialog.TEST1);
        Encoder enc = model.encoder();
        List<Encoder.Pieces> pieces = new ArrayList<>();
        for (MtsDialog.Example e : test) {
            pieces.add(enc.tokenize(MtsDialog.flat(e)));
        }
        float[][][] states = enc.encode(pieces);
        float[][] rows = new float[test.size()][];
        for (int i = 0; i < test.size(); i++) {
            rows[i] = HeadEval.mtsFeatures(states[i]);
        }
        float[][] probs = model.sectionHead().predict(rows);
        int ok = 0;
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, int[]> perClass = new LinkedHashMap<>();
        for (int i = 0; i < test.size(); i++) {
            int best = 0;
            for (int c = 1; c < probs[i].length; c++) {
                if (probs[i][c] > probs[i][best]) {
                    best = c;
                }
            }
            String gold = test.get(i).section();
            boolean hit = Labels.SECTIONS.get(best).equals(gold);
            ok += hit ? 1 : 0;
            counts.merge(gold, 1, Integer::sum);
            int[] pc = perClass.computeIfAbsent(gold, k -> new int[2]);
            pc[0] += hit ? 1 : 0;
            pc[1]++;
        }
        int majority = Collections.max(counts.values());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("accuracy", round4((double) ok / test.size()));
        m.put("n", test.size());
        m.put("majority_baseline", round4((double) majority / test.size()));
        Map<String, String> recall = new LinkedHashMap<>();
        perClass.forEach((k, v) -> recall.put(k, v[0] + "/" + v[1]));
        m.put("per_class_correct", recall);
        m.put("mapping", "20 MTS headers onto our 6 (see MtsDialog.HEADER_MAP and drafting/README.md)");
        return m;
    }

    private static final int HEAD_SLICE = 4096;

    static Map<String, Object> bc5cdr(ClinicalModel model, Path data) throws IOException {
        HeadEval.EncodedDocs docs = HeadEval.encodeDocs(model.encoder(), model.lexicon(),
                Bc5cdr.read(data, Bc5cdr.TEST));
        float[][] all;
        List<float[]> rows = new ArrayList<>();
        for (float[][] s : docs.states()) {
            Collections.addAll(rows, s);
        }
        // in slices: one tensor of every token of the test set ran the 2 GB benchmark heap out twice; the head
        // scores each token on its own, so slicing changes no score
        all = new float[rows.size()][];
        for (int from = 0; from < rows.size(); from += HEAD_SLICE) {
            int to = Math.min(rows.size(), from + HEAD_SLICE);
            float[][] part = model.entityHead().predict(rows.subList(from, to).toArray(new float[0][]));
            System.arraycopy(part, 0, all, from, part.length);
        }
        Map<float[], float[]> byRow = new java.util.IdentityHashMap<>();
        for (int i = 0; i < all.length; i++) {
            byRow.put(rows.get(i), all[i]);
        }
        HeadEval.Prf prf = HeadEval.nerScore(docs, byRow::get, model.outsideBoost(), model.transitions());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("micro_f1", round4(prf.f1()));
        m.put("precision", round4(prf.precision()));
        m.put("recall", round4(prf.recall()));
        m.put("gold_mentions", prf.gold());
        m.put("outside_boost", model.outsideBoost());
        m.put("decoder", "Viterbi over the head's CRF transitions, BIO-constrained");
        m.put("matching", "exact (type, start, end) over Chemical→MEDICATION and Disease→PROBLEM mentions");
        return m;
    }

    static Map<String, Object> rss() throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:") || line.startsWith("VmHWM:")) {
                long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                m.put(line.startsWith("VmRSS") ? "current" : "peak", Math.round(kb / 1024.0));
            }
        }
        return m;
    }

    static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }

    static double round4(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
