package org.scribeonfhir.drafting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.scribeonfhir.ehr.ChartFact;
import org.scribeonfhir.ehr.EncounterContext;

/**
 * Writes what the chart supports on its own under the note's headers: the encounter's reason as the
 * chief complaint, vital signs in the exam, lab results, and problems, medications and allergies in the
 * assessment and plan. History and review of systems are left for the conversation (or the scribe).
 * Chart facts are quoted, not inferred, so they carry the chart's own certainty.
 */
@ApplicationScoped
public class ChartComposer {

    public static final String NAME = "chart-composer/1";
    private static final double QUOTED_FROM_CHART = 1.0;

    public DraftNote compose(EncounterContext context) {
        List<Section> sections = new ArrayList<>();
        sections.add(new Section(NoteHeaders.CHIEF_COMPLAINT, chiefComplaint(context)));
        sections.add(new Section(NoteHeaders.HPI, List.of()));
        sections.add(new Section(NoteHeaders.ROS, List.of()));
        sections.add(new Section(NoteHeaders.PHYSICAL_EXAM, vitals(context)));
        sections.add(new Section(NoteHeaders.RESULTS, results(context)));
        sections.add(new Section(NoteHeaders.ASSESSMENT_AND_PLAN, assessment(context)));
        return new DraftNote(sections, NAME);
    }

    private static List<Statement> chiefComplaint(EncounterContext c) {
        String reason = c.encounter().reason();
        if (reason == null || reason.isBlank()) {
            return List.of();
        }
        return List.of(chart(sentence(reason), "Encounter/" + c.encounter().id()));
    }

    private static List<Statement> vitals(EncounterContext c) {
        List<Statement> out = new ArrayList<>();
        for (ChartFact v : c.vitals()) {
            String when = v.date() != null && !v.date().equals(c.encounter().start()) ? " (" + v.date() + ")" : "";
            out.add(chart(v.label() + ": " + v.value() + when + ".", v.reference()));
        }
        return out;
    }

    private static List<Statement> results(EncounterContext c) {
        List<Statement> out = new ArrayList<>();
        for (ChartFact lab : c.labs()) {
            StringBuilder s = new StringBuilder(lab.label()).append(": ").append(lab.value());
            String flag = interpretation(lab.flag());
            if (flag != null) {
                s.append(" (").append(flag).append(')');
            }
            if (lab.date() != null) {
                s.append(", ").append(lab.date());
            }
            out.add(chart(s.append('.').toString(), lab.reference()));
        }
        return out;
    }

    private static List<Statement> assessment(EncounterContext c) {
        List<Statement> out = new ArrayList<>();
        for (ChartFact problem : c.conditions()) {
            String code = problem.flag() != null ? " (" + problem.flag() + ")" : "";
            out.add(chart(problem.label() + code + ".", problem.reference()));
        }
        for (ChartFact med : c.medications()) {
            String sig = med.value() == null || med.value().isBlank() ? "" : ": " + lowerFirst(med.value());
            out.add(chart("Medication: " + med.label() + sig + sentenceEnd(sig.isEmpty() ? med.label() : sig),
                    med.reference()));
        }
        for (ChartFact allergy : c.allergies()) {
            StringBuilder s = new StringBuilder("Allergy: ").append(allergy.label());
            List<String> details = new ArrayList<>();
            if (allergy.value() != null && !allergy.value().isBlank()) {
                details.add(allergy.value().toLowerCase(Locale.ROOT));
            }
            if ("high".equals(allergy.flag())) {
                details.add("high criticality");
            }
            if (!details.isEmpty()) {
                s.append(" (").append(String.join("; ", details)).append(')');
            }
            out.add(chart(s.append('.').toString(), allergy.reference()));
        }
        return out;
    }

    private static Statement chart(String text, String reference) {
        return new Statement(text, QUOTED_FROM_CHART, List.of(Evidence.fhir(reference)));
    }

    private static String interpretation(String code) {
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

    private static String sentence(String s) {
        String t = s.strip();
        return Character.toUpperCase(t.charAt(0)) + t.substring(1) + sentenceEnd(t);
    }

    private static String sentenceEnd(String s) {
        return s.endsWith(".") ? "" : ".";
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
