package org.scribeonfhir.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.NoteHeaders;
import org.scribeonfhir.drafting.extract.Quantities;
import org.scribeonfhir.drafting.extract.Sig;
import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.lexicon.Vocabulary;

/**
 * What a signed note should not lack (warnings): a chief complaint, an assessment and plan, a problem the plan's
 * orders are for, and for a drug started here its dose and how often.
 */
final class EssentialsCheck {

    private static final Pattern STARTS = Pattern.compile("(?i)\\b(?:start|started|starting|begin|initiate|"
            + "prescribe|prescribed|add|will start|new prescription for)\\b");
    private static final Pattern ONCE = Pattern.compile("(?i)\\b(?:once|single dose|one dose|x ?1|today|now|stat)\\b");

    private EssentialsCheck() {
    }

    static List<Finding> check(Map<String, String> note) {
        List<Finding> out = new ArrayList<>();
        if (note.getOrDefault(NoteHeaders.CHIEF_COMPLAINT, "").isBlank()) {
            out.add(missing(NoteHeaders.CHIEF_COMPLAINT, "The note has no chief complaint: say why the patient came."));
        }
        String plan = note.getOrDefault(NoteHeaders.ASSESSMENT_AND_PLAN, "");
        if (plan.isBlank()) {
            out.add(missing(NoteHeaders.ASSESSMENT_AND_PLAN, "The note has no assessment and plan."));
            return out;
        }
        if (Vocabulary.get().find(plan, Term.Kind.CONDITION, Term.Kind.SYMPTOM).isEmpty()) {
            out.add(missing(NoteHeaders.ASSESSMENT_AND_PLAN, "The plan names no problem: say what its orders are for."));
        }
        for (String raw : plan.split("\n")) {
            String line = raw.strip();
            if (!STARTS.matcher(line).find()) {
                continue;
            }
            for (Match m : Vocabulary.get().find(Term.Kind.DRUG, line)) {
                String rest = line.substring(m.end());
                boolean dose = Quantities.find(rest).stream().anyMatch(q -> List.of("mg", "mcg", "g", "units", "mL",
                        "puffs", "tablet", "tablets", "capsule", "capsules", "drops", "sprays", "patch", "%")
                        .contains(q.unit()));
                String drug = Character.toUpperCase(m.surface().charAt(0)) + m.surface().substring(1);
                if (!dose) {
                    out.add(new Finding("missing", Finding.Severity.WARNING, NoteHeaders.ASSESSMENT_AND_PLAN, line,
                            drug + " is started without a dose.", List.of("the note")));
                } else if (Sig.frequency(rest) == null && !ONCE.matcher(rest).find()) {
                    out.add(new Finding("missing", Finding.Severity.WARNING, NoteHeaders.ASSESSMENT_AND_PLAN, line,
                            drug + " is started without saying how often.", List.of("the note")));
                }
                break;
            }
        }
        return out;
    }

    private static Finding missing(String header, String message) {
        return new Finding("missing", Finding.Severity.WARNING, header, "", message, List.of("the note"));
    }
}
