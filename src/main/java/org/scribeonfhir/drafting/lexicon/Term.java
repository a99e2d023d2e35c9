package org.scribeonfhir.drafting.lexicon;

import java.util.List;

/**
 * One entry of the drafter's vocabulary: the clinical word a note uses and what people say for it.
 *
 * @param canonical the note's word ("dyspnea", "lisinopril", "hypertension")
 * @param group     body system (symptoms, conditions, sites), drug class (drugs), or test kind (tests)
 * @param related   drugs: what they treat; tests: nothing; measures: the unit
 */
public record Term(Kind kind, String canonical, String group, List<String> variants, List<String> related,
        String extra) {

    public enum Kind { DRUG, SYMPTOM, CONDITION, SITE, TEST, MEASURE }

    public Term {
        variants = List.copyOf(variants);
        related = List.copyOf(related);
    }
}
