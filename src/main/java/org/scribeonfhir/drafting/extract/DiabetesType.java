package org.scribeonfhir.drafting.extract;

import java.util.List;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.HistoryItem;
import org.scribeonfhir.drafting.visit.PlanItem;
import org.scribeonfhir.drafting.visit.Problem;
import org.scribeonfhir.drafting.visit.Reason;
import org.scribeonfhir.drafting.visit.VisitModel;

/**
 * "You're twenty-seven, type 1 diabetes, is that right?" … "the diabetes nurse": once the visit has said which type
 * the patient's diabetes is, a bare "diabetes" is that type, not the vocabulary's default (type 2).
 */
final class DiabetesType {

    private static final String TYPE_1 = "type 1 diabetes mellitus";
    private static final String TYPE_2 = "type 2 diabetes mellitus";
    /** Said as type 2 in so many words: then the default stands. */
    private static final Pattern SAID_TYPE_2 = Pattern.compile("(?i)type (?:2|two|ii)|t2dm?|dm2|niddm|adult onset");

    private DiabetesType() {
    }

    /** The model with the patient's diabetes named as the type the visit said, where it said only type 1. */
    static VisitModel apply(Context c, VisitModel m) {
        if (!saysType1Only(c)) {
            return m;
        }
        List<Problem> problems = m.problems().stream().map(p -> new Problem(type1(p.name()), p.status(), p.certainty(),
                p.whose(), p.support(), p.before(), p.after())).toList();
        List<HistoryItem> history = m.history().stream().map(h -> h.relative() != null && !h.kind().equals("medical")
                ? h : new HistoryItem(h.kind(), type1(h.text()), h.relative(), h.support())).toList();
        List<PlanItem> plan = m.plan().stream().map(i -> i.problem() == null ? i : i.withProblem(type1(i.problem())))
                .toList();
        Reason reason = m.reason() == null ? null : new Reason(type1(m.reason().phrase()), m.reason().support());
        return new VisitModel(m.patient(), m.historian(), reason, m.symptoms(), problems, m.medications(),
                m.allergies(), history, m.measurements(), m.exam(), m.results(), plan, m.narrative(), m.notices(),
                m.disputed(), m.consultation());
    }

    private static String type1(String s) {
        return s == null ? null : s.replace(TYPE_2, TYPE_1).replace("Type 2 diabetes mellitus", "Type 1 diabetes "
                + "mellitus");
    }

    private static boolean saysType1Only(Context c) {
        boolean one = false;
        for (Utterance u : c.utterances()) {
            for (Match d : c.conditions(u.text())) {
                if (SAID_TYPE_2.matcher(d.surface()).find()) {
                    return false;
                }
                one |= d.term().canonical().equals(TYPE_1) && Attribution.of(u, d.start()).equals(Attribution.PATIENT)
                        && Attribution.lastRelative(u.text().substring(0, d.start())) == null;
            }
        }
        return one;
    }
}
