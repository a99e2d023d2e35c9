package org.scribeonfhir.validation.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.hl7.fhir.r4.model.Bundle;
import org.scribeonfhir.drafting.NoteHeaders;
import org.scribeonfhir.drafting.bench.AciBench;
import org.scribeonfhir.drafting.bench.Csv;
import org.scribeonfhir.drafting.bench.NoteSections;
import org.scribeonfhir.ehr.BundleChart;
import org.scribeonfhir.ehr.EncounterContext;
import org.scribeonfhir.ehr.EncounterFacts;
import org.scribeonfhir.ehr.PatientFacts;
import org.scribeonfhir.validation.Finding;
import org.scribeonfhir.validation.SafetyChecks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import ca.uhn.fhir.context.FhirContext;

/**
 * {@code mvn -Pbenchmark verify}: the safety checks measured by error injection, into
 * {@code target/benchmarks/validation.json}. ACI-Bench reference notes with their transcripts, each paired with
 * one of the sandbox's five charts (allergies, medications, problems; not their vitals and labs, which belong to
 * other people); developed on train+valid, reported on test1. Every unmodified note is the clean control.
 */
public final class ValidationBench {

    /** History sub-headers whose lines our notes write with the sub-header as a prefix. */
    private static final Set<String> PREFIXED = Set.of("FAMILY HISTORY", "SOCIAL HISTORY", "MEDICAL HISTORY",
            "PAST HISTORY", "SURGICAL HISTORY", "ALLERGIES", "MEDICATIONS", "CURRENT MEDICATIONS", "BIRTH HISTORY");

    private ValidationBench() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Path out = Path.of(args[1]);
        String mode = args.length > 2 ? args[2] : "all";
        if (!mode.equals("all") && !mode.startsWith("validation")) {
            return; // a drafting-only run (valid, sandbox, …)
        }
        mode = mode.equals("validation-dev") ? "dev" : mode;
        List<EncounterContext> charts = charts(Path.of("smart-launch/sandbox/patients"));
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("how", "ACI-Bench reference notes (the clean control) and copies with one injected error each "
                + "(seeded); each note paired round-robin with a sandbox chart's allergies, medications and problems; "
                + "detected = a finding on the changed or added line; precision = detected / (detected + findings on "
                + "other lines of the same notes)");
        figures.put("dev_train_valid", run(data, List.of(AciBench.TRAIN, AciBench.VALID), charts, mode));
        if (!mode.equals("dev")) {
            figures.put("test1", run(data, List.of(AciBench.TEST1), charts, mode));
            figures.put("model_drafts", DraftFindings.run(data, charts));
        }
        Files.createDirectories(out.getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), figures);
        System.out.println(Files.readString(out));
    }

    private static Map<String, Object> run(Path data, List<String> splits, List<EncounterContext> charts, String mode)
            throws IOException {
        Tally tally = new Tally(mode.equals("dev"));
        Injector injector = new Injector();
        int index = 0;
        for (String split : splits) {
            Map<String, Map<String, String>> people = new LinkedHashMap<>();
            for (Map<String, String> r : Csv.read(data.resolve("aci-bench/challenge_data/" + split + "_metadata.csv"))) {
                people.put(r.get("encounter_id"), r);
            }
            for (AciBench.Encounter e : AciBench.read(data, split)) {
                EncounterContext chart = paired(charts.get(index % charts.size()), people.get(e.id()), e);
                Map<String, String> note = sections(e.note());
                List<Finding> clean = tally.timed(note, chart);
                tally.clean(clean);
                for (Injector.Injected i : injector.inject(note, chart, 42L + index)) {
                    tally.injected(e.id(), i, tally.timed(i.sections(), i.chart() == null ? chart : i.chart()));
                }
                if (mode.equals("dev")) {
                    tally.explain(e.id(), clean);
                }
                index++;
            }
        }
        return tally.figures();
    }

    /**
     * The sandbox chart's allergies, medications and problems with this encounter's own patient (name, sex and
     * age from ACI-Bench's metadata) and transcript.
     */
    static EncounterContext paired(EncounterContext chart, Map<String, String> person, AciBench.Encounter e) {
        LocalDate today = LocalDate.now();
        String age = person == null ? "" : person.getOrDefault("patient_age", "");
        PatientFacts patient = person == null ? null : new PatientFacts(e.id(), person.get("patient_firstname") + " "
                + person.get("patient_familyname"), age.matches("\\d+") ? today.minusYears(Integer.parseInt(age))
                .minusDays(30).toString() : null, person.get("patient_gender"), null);
        EncounterFacts encounter = new EncounterFacts(e.id() + "-enc", "in-progress", null, null, today.toString(),
                null, List.of());
        return new EncounterContext(patient, encounter, chart.conditions(), List.of(), List.of(), chart.medications(),
                chart.allergies(), List.of(), e.dialogue(), "aci-bench", List.of());
    }

    /**
     * The reference note in our six sections; lines under a history sub-header keep it as their prefix, as our
     * notes write them ("Family history: …"), since the sub-header says whose and what they are.
     */
    static Map<String, String> sections(String note) {
        Map<String, String> out = new LinkedHashMap<>();
        String current = NoteHeaders.HPI;
        String prefix = "";
        for (String raw : note.split("\\R")) {
            String l = raw.strip();
            String mapped = NoteSections.HEADER_MAP.get(l.toUpperCase(Locale.ROOT));
            if (mapped != null && l.equals(l.toUpperCase(Locale.ROOT))) {
                current = mapped;
                prefix = PREFIXED.contains(l) ? l.charAt(0) + l.substring(1).toLowerCase(Locale.ROOT) + ": " : "";
            } else if (!l.isEmpty()) {
                out.merge(current, prefix + l, (a, b) -> a + "\n" + b);
            }
        }
        return out;
    }

    /** The sandbox's patients as charts: allergies, medications and problems (vitals and labs left out). */
    static List<EncounterContext> charts(Path folder) throws IOException {
        FhirContext fhir = FhirContext.forR4Cached();
        List<EncounterContext> out = new ArrayList<>();
        for (Path f : files(folder)) {
            EncounterContext c = BundleChart.of(fhir.newJsonParser().parseResource(Bundle.class, Files.readString(f)),
                    null);
            out.add(new EncounterContext(c.patient(), c.encounter(), c.conditions(), List.of(), List.of(),
                    c.medications(), c.allergies(), List.of(), null, null, List.of()));
        }
        return out;
    }

    static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    static List<Finding> check(Map<String, String> note, EncounterContext chart) {
        return SafetyChecks.of(note, chart);
    }
}
