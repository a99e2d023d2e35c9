package org.scribeonfhir.validation.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.scribeonfhir.ehr.EncounterContext;
import org.scribeonfhir.validation.Finding;

/** Counts of one error-injection run: recall per kind, precision, the clean control's findings, latency. */
final class Tally {

    private final Map<String, int[]> perKind = new LinkedHashMap<>(); // kind → {injected, detected, critical}
    private final Map<String, Integer> cleanByKind = new TreeMap<>();
    private final List<Long> nanos = new ArrayList<>();
    private int cleanNotes;
    private int cleanFindings;
    private int cleanCritical;
    private int otherLines;
    private int otherCritical;
    private int detectedCritical;
    private final boolean verbose;

    /** @param verbose print what was missed and what the clean notes raise (dev only: never for a test split) */
    Tally(boolean verbose) {
        this.verbose = verbose;
        Injector.KINDS.forEach(k -> perKind.put(k, new int[3]));
    }

    List<Finding> timed(Map<String, String> note, EncounterContext chart) {
        long start = System.nanoTime();
        List<Finding> f = ValidationBench.check(note, chart);
        nanos.add(System.nanoTime() - start);
        return f;
    }

    void clean(List<Finding> findings) {
        cleanNotes++;
        cleanFindings += findings.size();
        for (Finding f : findings) {
            if (f.severity() == Finding.Severity.CRITICAL) {
                cleanCritical++;
                cleanByKind.merge(f.kind(), 1, Integer::sum);
            }
        }
    }

    /** {@code id}: the encounter, so a missed injection can be looked up in its note (dev runs print misses). */
    void injected(String id, Injector.Injected i, List<Finding> findings) {
        int[] c = perKind.get(i.kind());
        c[0]++;
        boolean hit = false;
        boolean critical = false;
        for (Finding f : findings) {
            boolean here = f.section().equals(i.header()) && f.line().strip().equals(i.line().strip());
            hit |= here;
            critical |= here && f.severity() == Finding.Severity.CRITICAL;
            if (!here) {
                otherLines++;
                otherCritical += f.severity() == Finding.Severity.CRITICAL ? 1 : 0;
            }
        }
        c[1] += hit ? 1 : 0;
        if (!hit && verbose) {
            System.out.printf("MISS %s %s | %s | %s%n", id, i.kind(), i.header(), i.line());
        }
        c[2] += critical ? 1 : 0;
        detectedCritical += critical ? 1 : 0;
    }

    /** Dev only: what the checks say about an unmodified reference note, for a person to read. */
    void explain(String id, List<Finding> clean) {
        for (Finding f : clean) {
            System.out.printf("CLEAN %s %s %s | %s | %s%n", id, f.severity().code(), f.kind(), f.line(), f.message());
        }
    }

    Map<String, Object> figures() {
        Map<String, Object> out = new LinkedHashMap<>();
        int injected = 0;
        int detected = 0;
        Map<String, Object> kinds = new LinkedHashMap<>();
        for (Map.Entry<String, int[]> e : perKind.entrySet()) {
            int[] c = e.getValue();
            injected += c[0];
            detected += c[1];
            kinds.put(e.getKey(), Map.of("injected", c[0], "detected", c[1], "recall", ratio(c[1], c[0]),
                    "detected_as_critical", c[2]));
        }
        out.put("clean_notes", cleanNotes);
        out.put("injected_errors", injected);
        out.put("recall", ratio(detected, injected));
        out.put("recall_per_kind", kinds);
        out.put("precision", ratio(detected, detected + otherLines));
        out.put("critical_precision", ratio(detectedCritical, detectedCritical + otherCritical));
        out.put("findings_per_clean_note", ratio(cleanFindings, cleanNotes));
        out.put("false_critical_per_clean_note", ratio(cleanCritical, cleanNotes));
        out.put("false_critical_by_kind", cleanByKind);
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        out.put("latency_ms_per_note", Map.of("p50", ms(sorted, 0.50), "p95", ms(sorted, 0.95),
                "max", ms(sorted, 1.0), "notes_checked", sorted.size()));
        return out;
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : Math.round(1000.0 * a / b) / 1000.0;
    }

    private static double ms(List<Long> sorted, double q) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int i = Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1);
        return Math.round(sorted.get(Math.max(0, i)) / 100_000.0) / 10.0;
    }
}
