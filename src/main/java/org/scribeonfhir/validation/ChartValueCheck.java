package org.scribeonfhir.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.scribeonfhir.drafting.NoteHeaders;
import org.scribeonfhir.drafting.extract.Quantities;
import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.lexicon.Vocabulary;
import org.scribeonfhir.ehr.ChartFact;
import org.scribeonfhir.ehr.EncounterContext;

/**
 * A vital sign or lab value the note states that the chart's own record of it contradicts, compared in one unit
 * (mg/dL and mmol/L, °F and °C, lb and kg, in and cm, % and mmol/mol). A lab value no chart value of that test
 * matches is critical ("A1c 6.1 %" where the chart says 8.1 %) unless the conversation says the note's number; a
 * vital sign is a warning (it may have been taken at this visit and not be charted yet). Units that cannot be
 * compared are said, not guessed.
 */
final class ChartValueCheck {

    private static final List<String> TIME = List.of("years", "months", "weeks", "days", "hours", "minutes");
    private static final java.util.regex.Pattern NEAR = java.util.regex.Pattern.compile("(?i)[\\s:,(]*(?:(?:is|was|"
            + "were|are|of|at|came back(?: at)?|reading|level|value|today|now|result(?:ed)?|measured|returned)\\s*[:,]?"
            + "\\s*)*");

    private ChartValueCheck() {
    }

    static List<Finding> check(Map<String, String> note, EncounterContext chart, List<Quantities.Quantity> said) {
        List<Finding> out = new ArrayList<>();
        // Each charted value's test, read once (not once per value the note states).
        Map<ChartFact, Term> facts = new LinkedHashMap<>();
        Stream.concat(chart.labs().stream(), chart.vitals().stream()).forEach(f -> {
            Term t = measureOf(f);
            if (t != null) {
                facts.put(f, t);
            }
        });
        if (facts.isEmpty()) {
            return out;
        }
        for (String header : NoteHeaders.ALL) {
            for (String raw : note.getOrDefault(header, "").split("\n")) {
                String line = raw.strip();
                List<Match> measures = Vocabulary.get().find(Term.Kind.MEASURE, line);
                for (int i = 0; i < measures.size(); i++) {
                    Match m = measures.get(i);
                    int end = i + 1 < measures.size() ? measures.get(i + 1).start() : line.length();
                    String after = line.substring(m.end(), end);
                    // The value right after the name ("A1c 6.1 %", "potassium is 4.1", "BP: 142/88"), not an
                    // interval ("repeat A1c in 3 months") or a count further on.
                    Optional<Quantities.Quantity> value = Quantities.find(after).stream().findFirst()
                            .filter(q -> !TIME.contains(q.unit()) && NEAR.matcher(after.substring(0, q.start())).matches());
                    if (value.isPresent()) {
                        check(header, line, m.term(), value.get(), facts, said).ifPresent(out::add);
                    }
                }
            }
        }
        return out;
    }

    private static Optional<Finding> check(String header, String line, Term measure, Quantities.Quantity stated,
            Map<ChartFact, Term> facts, List<Quantities.Quantity> said) {
        List<ChartFact> same = facts.keySet().stream().filter(f -> facts.get(f) == measure)
                .sorted(Comparator.comparing((ChartFact f) -> f.date() == null ? "" : f.date()).reversed()).toList();
        if (same.isEmpty()) {
            return Optional.empty();
        }
        boolean comparable = false;
        for (ChartFact f : same) {
            Optional<Quantities.Quantity> charted = Quantities.find(f.value() == null ? "" : f.value()).stream()
                    .findFirst();
            if (charted.isEmpty()) {
                continue;
            }
            // A number written without its unit is read in the chart's unit for that test.
            String unit = stated.unit().isEmpty() ? charted.get().unit() : stated.unit();
            Optional<Double> inChartUnit = Units.convert(stated, unit, charted.get().unit(), measure.canonical());
            comparable |= inChartUnit.isPresent();
            if (inChartUnit.isPresent() && Units.agree(inChartUnit.get(), charted.get(), stated)) {
                return Optional.empty();
            }
        }
        ChartFact latest = same.get(0);
        String where = latest.reference() + " (" + latest.label() + ": " + latest.value()
                + (latest.date() == null ? "" : ", " + latest.date()) + ")";
        if (!comparable) {
            return Optional.of(new Finding("unit", Finding.Severity.WARNING, header, line, String.format(
                    "%s %s cannot be compared with the chart's %s: Scribe does not convert between these units.",
                    measure.canonical(), stated.text(), latest.value()), List.of(where)));
        }
        boolean spoken = said.stream().anyMatch(q -> Quantities.same(q.value(), stated.value()));
        boolean lab = "lab".equals(measure.group());
        if (spoken && !lab) {
            return Optional.empty(); // measured at this visit, not charted yet
        }
        Finding.Severity severity = lab && !spoken ? Finding.Severity.CRITICAL : Finding.Severity.WARNING;
        return Optional.of(new Finding("chart-value", severity, header, line, String.format(
                "%s is %s here, but the chart's %s is %s%s.", measure.canonical(), stated.text(),
                lab ? "latest result" : "latest value", latest.value(),
                latest.date() == null ? "" : " (" + latest.date() + ")"), List.of(where)));
    }

    private static Term measureOf(ChartFact f) {
        List<Match> m = Vocabulary.get().find(Term.Kind.MEASURE, f.label() == null ? "" : f.label());
        return m.stream().max(Comparator.comparing((Match x) -> x.end() - x.start())).map(Match::term).orElse(null);
    }

    /** Units of the same measure and their conversions. */
    static final class Units {

        private Units() {
        }

        /** The stated value in the chart's unit; NaN for a ratio (blood pressure) in the same unit, compared as is. */
        static Optional<Double> convert(Quantities.Quantity q, String from, String to, String measure) {
            boolean same = to.isEmpty() || from.equalsIgnoreCase(to);
            if (q.value().contains("/")) {
                return same ? Optional.of(Double.NaN) : Optional.empty();
            }
            double v = q.number();
            if (same) {
                return Optional.of(v);
            }
            String f = from.toLowerCase(Locale.ROOT).replace("meq/l", "mmol/l"); // monovalent ions: the same
            String t = to.toLowerCase(Locale.ROOT).replace("meq/l", "mmol/l");
            if (f.equals(t)) {
                return Optional.of(v);
            }
            String m = measure.toLowerCase(Locale.ROOT);
            double perMmol = m.contains("glucose") ? 18.016 : m.contains("triglyceride") ? 88.57
                    : m.contains("cholesterol") || m.equals("ldl") || m.equals("hdl") ? 38.67 : 0;
            if (perMmol > 0 && f.equals("mmol/l") && t.equals("mg/dl")) {
                return Optional.of(v * perMmol);
            }
            if (perMmol > 0 && f.equals("mg/dl") && t.equals("mmol/l")) {
                return Optional.of(v / perMmol);
            }
            return Optional.ofNullable(switch (f + ">" + t) {
                case "°f>°c", "°f>cel" -> (v - 32) * 5 / 9;
                case "°c>°f", "°c>[degf]" -> v * 9 / 5 + 32;
                case "lb>kg" -> v / 2.20462;
                case "kg>lb", "kg>[lb_av]" -> v * 2.20462;
                case "in>cm" -> v * 2.54;
                case "cm>in", "cm>[in_i]" -> v / 2.54;
                case "%>mmol/mol" -> (v - 2.15) * 10.929;
                case "mmol/mol>%" -> v / 10.929 + 2.15;
                default -> null;
            });
        }

        /** The stated value agrees with the charted one to the precision it was stated with (or 2 %). */
        static boolean agree(double stated, Quantities.Quantity charted, Quantities.Quantity said) {
            if (Double.isNaN(stated)) {
                return Quantities.same(said.value(), charted.value());
            }
            String v = said.value();
            double step = v.contains(".") ? Math.pow(10, -(v.length() - v.indexOf('.') - 1)) : 1;
            double c = charted.number();
            return Math.abs(stated - c) <= Math.max(step, 0.02 * Math.abs(c));
        }
    }
}
