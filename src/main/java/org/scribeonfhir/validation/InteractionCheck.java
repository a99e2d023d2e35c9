package org.scribeonfhir.validation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.lexicon.Vocabulary;
import org.scribeonfhir.ehr.ChartFact;

/**
 * High-risk pairs ({@code validation/interactions.tsv}, each row with its FDA label source) between a drug the
 * note gives and another drug the note gives or the chart's active medications hold. The finding sits on the
 * line that gives the drug.
 */
final class InteractionCheck {

    record Rule(String first, String second, Finding.Severity severity, String what, String source) {

        boolean pairs(Term a, Term b) {
            return side(first, a) && side(second, b) || side(first, b) && side(second, a);
        }

        private static boolean side(String side, Term drug) {
            return side.startsWith("class:") ? drug.group().toLowerCase(Locale.ROOT).contains(side.substring(6))
                    : drug.canonical().equals(side);
        }
    }

    /** A drug beside the given one: where it comes from, in words and as a reference. */
    private record Other(Term drug, String surface, String evidence) {
    }

    static final List<Rule> RULES = load();

    private InteractionCheck() {
    }

    static List<Finding> check(Map<String, String> note, List<ChartFact> chartMedications) {
        List<GivenDrugs.Given> given = GivenDrugs.of(note);
        List<Other> others = new ArrayList<>();
        given.forEach(g -> others.add(new Other(g.drug(), g.surface(), "the note: \"" + g.line() + "\"")));
        for (ChartFact m : chartMedications) {
            for (Match x : Vocabulary.get().find(Term.Kind.DRUG, m.label())) {
                others.add(new Other(x.term(), x.surface(), m.reference() + " (" + m.label() + ")"));
            }
        }
        List<Finding> out = new ArrayList<>();
        Set<String> said = new HashSet<>();
        for (GivenDrugs.Given g : given) {
            for (Other o : others) {
                if (o.drug().canonical().equals(g.drug().canonical())) {
                    continue;
                }
                String pair = String.join("+", new TreeSet<>(List.of(g.drug().canonical(), o.drug().canonical())));
                for (Rule r : RULES) {
                    if (r.pairs(g.drug(), o.drug()) && said.add(pair + "|" + r.source())) {
                        out.add(new Finding("interaction", r.severity(), g.section(), g.line(), String.format(
                                "%s is given with %s: %s.", g.said(), o.surface().toLowerCase(Locale.ROOT),
                                r.what()), List.of(o.evidence(), r.source())));
                    }
                }
            }
        }
        return out;
    }

    /** The table, checked when the class is first used: every side must name a drug or class we know. */
    private static List<Rule> load() {
        try (InputStream in = InteractionCheck.class.getClassLoader().getResourceAsStream("validation/interactions.tsv")) {
            if (in == null) {
                throw new IllegalStateException("validation/interactions.tsv is missing");
            }
            List<Rule> rules = new ArrayList<>();
            for (String row : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (row.isBlank() || row.startsWith("#")) {
                    continue;
                }
                String[] c = row.split("\t");
                if (c.length != 5) {
                    throw new IllegalStateException("validation/interactions.tsv: 5 columns expected: " + row);
                }
                Rule r = new Rule(c[0], c[1], Finding.Severity.valueOf(c[2].toUpperCase(Locale.ROOT)), c[3], c[4]);
                requireKnown(r.first());
                requireKnown(r.second());
                rules.add(r);
            }
            return List.copyOf(rules);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A side that names no drug of the vocabulary would never match: a typo in the table. */
    private static void requireKnown(String side) {
        Vocabulary v = Vocabulary.get();
        boolean known = side.startsWith("class:")
                ? v.drugClasses().stream().anyMatch(c -> c.toLowerCase(Locale.ROOT).contains(side.substring(6)))
                : v.lookup(Term.Kind.DRUG, side) != null;
        if (!known) {
            throw new IllegalStateException("validation/interactions.tsv names no known drug or class: " + side);
        }
    }

}
