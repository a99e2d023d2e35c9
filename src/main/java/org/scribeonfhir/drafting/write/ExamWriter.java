package org.scribeonfhir.drafting.write;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.scribeonfhir.drafting.Statement;
import org.scribeonfhir.drafting.visit.Consultation;
import org.scribeonfhir.drafting.visit.ExamFinding;
import org.scribeonfhir.drafting.visit.Measurement;
import org.scribeonfhir.drafting.visit.Support;
import org.scribeonfhir.ehr.ChartFact;
import org.scribeonfhir.ehr.EncounterContext;

/** PHYSICAL EXAM: vital signs (said, then charted), then findings by body system. */
final class ExamWriter {

    private static final java.util.regex.Pattern WHOLE_EXAM_NORMAL = java.util.regex.Pattern.compile("(?i)(?:(?:the "
            + "|his |her |(?:the )?patient's )?(?:physical )?exam(?:ination)?|everything) (?:is )?normal\\.?");
    private static final java.util.regex.Pattern ABNORMAL = java.util.regex.Pattern.compile("(?i)\\b(?<!no )(?:murmur|"
            + "edema|tender\\w*|crackles|rales|rhonchi|wheez\\w*|swelling|swollen|erythema|rash|effusion|enlarged|"
            + "decreased|limited|positive|bruit|lymphadenopathy|exudates?)\\b");

    private ExamWriter() {
    }

    static List<Statement> write(List<Measurement> measurements, List<ExamFinding> findings, EncounterContext chart,
            Consultation consultation) {
        List<Statement> out = new ArrayList<>();
        if (consultation.remote() && findings.isEmpty() && measurements.stream().noneMatch(m -> m.kind().equals("vital"))) {
            // a telephone visit has no exam to write: the note says so rather than leaving the section empty
            out.add(Lines.statement(consultation.mode().equals("video") ? "Video consultation: no examination described."
                    : "Telephone consultation: not examined.", consultation.support()));
        } else if (consultation.mode().equals("video") && !findings.isEmpty()) {
            // what was seen on a screen: the reader must know nothing was palpated or listened to
            out.add(Lines.statement("Video consultation: examination limited to what could be seen.",
                    consultation.support()));
        }
        List<Measurement> vitals = measurements.stream().filter(m -> m.kind().equals("vital")).toList();
        if (!vitals.isEmpty()) {
            List<String> parts = new ArrayList<>();
            for (Measurement m : vitals) {
                // "oxygen 92 %" … (a later turn, after the nebuliser) "93 % now": a recheck; in one turn, lying and
                // standing or both arms, said as they were
                boolean again = !m.name().matches("Weight|Height|BMI") && vitals.stream().anyMatch(x -> x != m
                        && x.name().equals(m.name())
                        && x.support().firstTurn() < m.support().firstTurn() && vitals.indexOf(x) < vitals.indexOf(m));
                parts.add(m.name() + " " + ResultsWriter.value(m) + (again ? " on recheck" : ""));
            }
            out.add(Lines.statement("• Vitals: " + String.join(", ", parts) + ".",
                    Lines.join(vitals.stream().map(Measurement::support).toList())));
        }
        if (chart != null) {
            for (ChartFact v : chart.vitals()) {
                boolean said = vitals.stream().anyMatch(m -> v.label() != null
                        && v.label().toLowerCase(java.util.Locale.ROOT).startsWith(m.name().toLowerCase(java.util.Locale.ROOT)));
                if (!said) {
                    String when = v.date() != null && chart.encounter() != null && !v.date().equals(chart.encounter().start())
                            ? " (" + v.date() + ")" : "";
                    out.add(Lines.statement("• " + v.label() + ": " + v.value() + when + ".", Support.chart(v.reference())));
                }
            }
        }
        // "your exam looks good" said before a murmur and ankle edema were found: not a normal exam
        boolean abnormal = findings.stream().anyMatch(f -> ABNORMAL.matcher(f.text()).find());
        Map<String, List<ExamFinding>> bySystem = new LinkedHashMap<>();
        for (ExamFinding f : findings) {
            if (abnormal && WHOLE_EXAM_NORMAL.matcher(f.text()).matches()) {
                continue;
            }
            List<ExamFinding> list = bySystem.computeIfAbsent(f.system(), k -> new ArrayList<>());
            if (list.stream().noneMatch(x -> x.text().equalsIgnoreCase(f.text()))) {
                list.add(f);
            }
        }
        bySystem.forEach((system, list) -> out.add(Lines.statement("• " + system + ": " + String.join(" ",
                list.stream().map(ExamFinding::text).toList()), Lines.join(list.stream().map(ExamFinding::support).toList()))));
        return out;
    }
}
