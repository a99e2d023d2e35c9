package org.scribeonfhir.drafting.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.scribeonfhir.drafting.Statement;
import org.scribeonfhir.drafting.visit.Measurement;
import org.scribeonfhir.drafting.visit.ResultFinding;
import org.scribeonfhir.drafting.visit.Support;
import org.scribeonfhir.ehr.ChartFact;
import org.scribeonfhir.ehr.EncounterContext;

/** RESULTS: what tests showed as the clinician read them, lab values said, and the chart's results. */
final class ResultsWriter {

    private ResultsWriter() {
    }

    static List<Statement> write(List<ResultFinding> results, List<Measurement> measurements, EncounterContext chart) {
        List<Statement> out = new ArrayList<>();
        for (ResultFinding r : byTest(results)) {
            String text = r.text();
            if (r.when() != null && !text.toLowerCase(Locale.ROOT).contains(r.when().toLowerCase(Locale.ROOT))) {
                text = text.replaceAll("\\.$", "") + " (" + r.when() + ").";
            }
            out.add(Lines.statement(text, r.support()));
        }
        for (Measurement m : measurements) {
            if (!m.kind().equals("lab")) {
                continue;
            }
            // "PHQ-9: 11 (1 month ago: 17)." says the PHQ-9 score, whichever of the two a measurement took
            java.util.regex.Pattern value = java.util.regex.Pattern.compile("(?<![\\d.])"
                    + java.util.regex.Pattern.quote(m.value()) + "(?:\\.0+)?(?![\\d]|\\.\\d)"); // 6 is not said by "16"
            boolean said = results.stream().anyMatch(r -> value.matcher(r.text()).find()
                    || m.name().toLowerCase(Locale.ROOT).startsWith(r.test().toLowerCase(Locale.ROOT) + " score"));
            if (!said) {
                String when = m.when() == null ? "" : " (" + m.when() + ")";
                out.add(Lines.statement(m.name() + ": " + value(m) + when + ".", m.support()));
            }
        }
        if (chart != null) {
            for (ChartFact lab : chart.labs()) {
                StringBuilder s = new StringBuilder(lab.label()).append(": ").append(lab.value());
                String flag = flag(lab.flag());
                if (flag != null) {
                    s.append(" (").append(flag).append(')');
                }
                if (lab.date() != null) {
                    s.append(", ").append(lab.date());
                }
                out.add(Lines.statement(s.append('.').toString(), Support.chart(lab.reference())));
            }
        }
        return out;
    }

    /**
     * One statement per test: "X-ray: a normal x-ray.", "X-ray: good bony alignment; no fracture." and "a normal
     * x-ray of the back" read out in one breath become "X-ray: normal; good bony alignment; no fracture."
     */
    private static List<ResultFinding> byTest(List<ResultFinding> results) {
        java.util.Map<String, List<ResultFinding>> groups = new java.util.LinkedHashMap<>();
        for (ResultFinding r : results) {
            groups.computeIfAbsent(r.test().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(r);
        }
        List<ResultFinding> out = new ArrayList<>();
        for (List<ResultFinding> g : groups.values()) {
            if (g.size() == 1) {
                out.add(g.get(0));
                continue;
            }
            String test = g.get(0).test();
            String quoted = java.util.regex.Pattern.quote(test);
            List<String> parts = new ArrayList<>();
            for (ResultFinding r : g) {
                for (String part : r.text().replaceAll("(?i)^" + quoted + "(?: shows|:| score:)\\s*", "")
                        .replaceAll("\\.$", "")
                        .split(";\\s*")) {
                    // "no fracture; the bones look intact": a finding after the first goes on in lower case
                    String x = (parts.isEmpty() ? part : part.replaceFirst("^The ", "the ")).strip()
                            .replaceAll("(?i)^(?:a |an |the )?normal " + quoted + "(?: of the [a-z ]+)?$",
                            "normal");
                    if (!x.isEmpty() && parts.stream().noneMatch(y -> y.equalsIgnoreCase(x))) {
                        parts.add(x);
                    }
                }
            }
            String when = g.stream().map(ResultFinding::when).filter(java.util.Objects::nonNull).findFirst().orElse(null);
            out.add(new ResultFinding(test, Lines.capital(test) + ": " + String.join("; ", parts) + ".", when,
                    Lines.join(g.stream().map(ResultFinding::support).toList())));
        }
        return out;
    }

    static String value(Measurement m) {
        if (m.unit() == null || m.unit().isEmpty()) {
            return m.value();
        }
        return m.unit().equals("%") || m.unit().startsWith("°") || m.unit().equals("/min") ? m.value() + m.unit()
                : m.value() + " " + m.unit();
    }

    private static String flag(String code) {
        if (code == null) {
            return null;
        }
        return switch (code) {
            case "H", "HH" -> "high";
            case "L", "LL" -> "low";
            case "A", "AA" -> "abnormal";
            default -> code;
        };
    }
}
