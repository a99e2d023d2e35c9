package org.scribeonfhir.drafting.write;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.lexicon.Vocabulary;
import org.scribeonfhir.drafting.visit.Problem;
import org.scribeonfhir.drafting.visit.VisitModel;

/**
 * The problems in the order the assessment lists them: the one the visit was for first ("Right toe pain." → the gout
 * flare), the others as they were discussed; a borderline A1c mentioned before the toe does not head the list. Only
 * a problem of another body system is moved ahead: between two of the same the clinician's order stands.
 */
final class ProblemOrder {

    /** Words of a chief complaint that say nothing of which problem it is. */
    private static final Set<String> GENERIC = Set.of("pain", "ache", "aches", "right", "left", "bilateral", "acute",
            "chronic", "follow", "visit", "check", "with", "and", "the", "for", "from", "mild", "severe", "new",
            "worsening", "recurrent", "problem", "problems", "issue", "issues", "symptoms");

    private ProblemOrder() {
    }

    static List<Problem> of(VisitModel v) {
        List<Problem> all = new ArrayList<>(v.problems());
        if (all.size() < 2 || v.reason() == null || v.reason().phrase() == null || v.reason().support() == null
                || v.reason().support().turns().isEmpty() || related(all.get(0), v.reason().phrase())) {
            return all;
        }
        String first = system(all.get(0));
        for (int i = 1; i < all.size(); i++) {
            Problem p = all.get(i);
            // "Vertigo." as the complaint and as a problem says no more than the complaint; a meniscus tear and the
            // knee's osteoarthritis are one body system, and the clinician's order between them stands
            String system = system(p);
            if (related(p, v.reason().phrase()) && !words(p.name()).equals(words(v.reason().phrase()))
                    && first != null && system != null && !first.equals(system)) {
                all.add(0, all.remove(i));
                break;
            }
        }
        return all;
    }

    private static String system(Problem p) {
        return Vocabulary.get().find(Term.Kind.CONDITION, p.name()).stream().map(m -> m.term().group())
                .filter(g -> g != null && !g.isEmpty()).findFirst().orElse(null);
    }

    private static boolean related(Problem p, String reason) {
        Set<String> said = words(reason);
        Set<String> named = words(p.name() + " " + (p.before() == null ? "" : p.before()));
        return said.stream().anyMatch(w -> named.contains(w) || named.contains(w + "s") || named.contains(
                w.replaceAll("s$", "")));
    }

    private static Set<String> words(String s) {
        return Arrays.stream(s.toLowerCase(Locale.ROOT).split("[^a-z]+")).filter(w -> w.length() >= 3
                && !GENERIC.contains(w)).collect(Collectors.toSet());
    }
}
