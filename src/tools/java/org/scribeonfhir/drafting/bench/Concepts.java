package org.scribeonfhir.drafting.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.scribeonfhir.drafting.Turn;
import org.scribeonfhir.drafting.extract.Quantities;
import org.scribeonfhir.drafting.extract.Quantities.Quantity;
import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.lexicon.Vocabulary;
import org.scribeonfhir.drafting.model.ClinicalEntity;
import org.scribeonfhir.drafting.model.ClinicalModel;
import org.scribeonfhir.drafting.model.ClinicalModel.TurnAnalysis;
import org.scribeonfhir.drafting.speech.Speech;

/**
 * The clinical concepts of a note, our stand-in for MEDCON (which needs UMLS): drugs, symptoms and findings,
 * problems, tests (each by the vocabulary's term, so "lasix" and "furosemide" are one concept), doses and
 * values with units, and drug and problem mentions the entity head finds that the vocabulary does not know
 * (by their words). Concept F1 compares the sets of a draft and its reference note.
 */
final class Concepts {

    private final ClinicalModel model;

    Concepts(ClinicalModel model) {
        this.model = model;
    }

    Set<String> of(String note) {
        Set<String> out = new HashSet<>();
        List<Turn> lines = new ArrayList<>();
        for (String l : note.split("\\R")) {
            if (!l.isBlank()) {
                lines.add(new Turn(lines.size() + 1, "note", Speech.normalize(l)));
            }
        }
        Vocabulary v = Vocabulary.get();
        for (Turn t : lines) {
            for (Match m : v.find(t.text(), Term.Kind.DRUG, Term.Kind.SYMPTOM, Term.Kind.CONDITION, Term.Kind.TEST)) {
                out.add(m.term().kind().name().toLowerCase(Locale.ROOT) + ":" + m.term().canonical().toLowerCase(
                        Locale.ROOT));
            }
            for (Quantity q : Quantities.find(t.text())) {
                if (!q.unit().isEmpty() && !q.unit().matches("minutes|hours|days|weeks|months|years")) {
                    out.add("value:" + q.text().toLowerCase(Locale.ROOT));
                }
            }
        }
        if (model != null && !lines.isEmpty()) {
            for (TurnAnalysis a : model.analyse(lines)) {
                for (ClinicalEntity e : a.entities()) {
                    if ((e.type().equals("MEDICATION") || e.type().equals("PROBLEM")) && v.find(e.text(),
                            Term.Kind.values()).isEmpty()) {
                        out.add(e.type().toLowerCase(Locale.ROOT) + ":" + e.text().toLowerCase(Locale.ROOT).strip());
                    }
                }
            }
        }
        return out;
    }

    /** F1 of the draft's concepts against the reference's (1 when both have none). */
    static double f1(Set<String> draft, Set<String> reference) {
        if (draft.isEmpty() && reference.isEmpty()) {
            return 1;
        }
        Set<String> both = new HashSet<>(draft);
        both.retainAll(reference);
        double p = draft.isEmpty() ? 0 : (double) both.size() / draft.size();
        double r = reference.isEmpty() ? 0 : (double) both.size() / reference.size();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    static double recall(Set<String> draft, Set<String> reference) {
        if (reference.isEmpty()) {
            return 1;
        }
        Set<String> both = new HashSet<>(draft);
        both.retainAll(reference);
        return (double) both.size() / reference.size();
    }
}
