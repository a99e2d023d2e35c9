package org.scribeonfhir.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.NoteHeaders;
import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.lexicon.Vocabulary;

/**
 * A drug the note starts or continues that the patient is allergic to: the same drug, or a drug of the same
 * class (penicillins, cephalosporins, sulfonamide antibiotics, NSAIDs, statins, ACE inhibitors, opioids,
 * fluoroquinolones, macrolides) — critical. A cephalosporin for a penicillin allergy is a warning (cross-
 * reactivity is low but real). Allergies come from the chart's AllergyIntolerance resources and from the
 * note's own "Allergies:" line; the drugs are those the note gives ({@link GivenDrugs}).
 */
final class AllergyCheck {

    private static final Pattern ALLERGY_LINE = Pattern.compile("(?i)^Allergies: (.+)$", Pattern.MULTILINE);

    record Allergen(String name, Optional<String> generic, Optional<DrugFamily> family, String evidence) {

        /** The same allergen however it is written: its drug, else its class, else its words. */
        String identity() {
            return generic.orElseGet(() -> family.map(Enum::name).orElse(name.toLowerCase(Locale.ROOT)));
        }
    }

    private AllergyCheck() {
    }

    static List<Finding> check(Map<String, String> note, List<Allergen> allergens) {
        List<Finding> out = new ArrayList<>();
        for (GivenDrugs.Given g : allergens.isEmpty() ? List.<GivenDrugs.Given>of() : GivenDrugs.of(note)) {
            Term drug = g.drug();
            Optional<DrugFamily> family = DrugFamily.ofClass(drug.group());
            for (Allergen a : allergens) {
                String why = null;
                Finding.Severity severity = Finding.Severity.CRITICAL;
                if (a.generic().filter(drug.canonical()::equals).isPresent()) {
                    why = "the allergen itself";
                } else if (family.isPresent() && family.equals(a.family())) {
                    why = family.get().label();
                } else if (family.filter(DrugFamily.CEPHALOSPORIN::equals).isPresent()
                        && a.family().filter(DrugFamily.PENICILLIN::equals).isPresent()) {
                    why = "a cephalosporin (cross-reactivity with penicillins is uncommon but possible)";
                    severity = Finding.Severity.WARNING;
                }
                if (why != null) {
                    out.add(new Finding("allergy", severity, g.section(), g.line(), String.format(
                            "%s is given here, but the patient is allergic to %s: %s is %s.", g.said(),
                            a.name(), g.surface().toLowerCase(Locale.ROOT), why),
                            List.of(a.evidence(), "drafting/lexicon/drugs.tsv: " + drug.canonical() + " (" + drug.group()
                                    + ")")));
                }
            }
        }
        return out;
    }

    /** The allergies the note itself states ("Allergies: penicillin (hives); sulfa drugs."). */
    static List<Allergen> stated(Map<String, String> note) {
        List<Allergen> out = new ArrayList<>();
        Matcher m = ALLERGY_LINE.matcher(note.getOrDefault(NoteHeaders.HPI, ""));
        while (m.find()) {
            for (String item : m.group(1).replaceAll("\\([^)]*\\)", "").split("[;,]| and ")) {
                String name = item.strip().replaceAll("[.]$", "").strip(); // "codeine (nausea)." → "codeine"
                if (!name.isEmpty() && !name.matches("(?i)no known .*|none|nkda")) {
                    out.add(allergen(name, "the note's Allergies line"));
                }
            }
        }
        return out;
    }

    static Allergen allergen(String name, String evidence) {
        Optional<DrugFamily> named = DrugFamily.named(name);
        Term term = Vocabulary.get().lookup(Term.Kind.DRUG, name);
        if (term == null) {
            term = Vocabulary.get().find(Term.Kind.DRUG, name).stream().map(Match::term).findFirst().orElse(null);
        }
        Optional<String> generic = Optional.ofNullable(term).map(Term::canonical);
        Optional<DrugFamily> family = named.isPresent() ? named
                : Optional.ofNullable(term).flatMap(t -> DrugFamily.ofClass(t.group()));
        return new Allergen(name, named.isPresent() ? Optional.empty() : generic, family, evidence);
    }

}
