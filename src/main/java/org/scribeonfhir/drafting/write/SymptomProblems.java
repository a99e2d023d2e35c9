package org.scribeonfhir.drafting.write;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.lexicon.Vocabulary;
import org.scribeonfhir.drafting.visit.Problem;

/**
 * "For the nausea, ondansetron… what you have is most likely viral gastroenteritis": a symptom treated on its own is
 * not a problem of the assessment beside the diagnosis that explains it; its plan goes under that diagnosis.
 */
final class SymptomProblems {

    private SymptomProblems() {
    }

    /** Each symptom-problem that a diagnosis of the same body system explains → that diagnosis's name. */
    static Map<String, String> explained(List<Problem> problems) {
        Vocabulary v = Vocabulary.get();
        Map<String, String> out = new HashMap<>();
        for (Problem p : problems) {
            String name = p.name().toLowerCase(Locale.ROOT);
            Term symptom = v.lookup(Term.Kind.SYMPTOM, name);
            if (symptom == null || v.lookup(Term.Kind.CONDITION, name) != null || !p.patients()) {
                continue;
            }
            for (Problem q : problems) {
                Term diagnosis = q == p ? null : v.lookup(Term.Kind.CONDITION, q.name().toLowerCase(Locale.ROOT));
                if (diagnosis != null && q.patients() && diagnosis.group().equals(symptom.group())) {
                    out.put(p.name(), q.name());
                    break;
                }
            }
        }
        return out;
    }
}
