package org.scribeonfhir.drafting.check;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.extract.Quantities.Quantity;
import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.lexicon.Vocabulary;

/** What a statement says in other words than its evidence: a word's other form, a dose as tablets of a strength. */
final class SaidOtherwise {

    private static final Pattern CHARACTER = Pattern.compile("(?i)^(?:[a-z]+-like|sharp|dull|burning|stabbing|"
            + "throbbing|aching|cramping|shooting|pressure)\\s+(.+)$");
    private static final Pattern TABLETS = Pattern.compile("(?s)^[\\s-]*\\w*\\s*(?:tablets?|capsules?|caps|"
            + "pills)\\b.*");

    private SaidOtherwise() {
    }

    /** "Itching" for "they make my skin itch": the one word of the statement, said in another form. */
    static boolean root(String surface, String evidence) {
        String w = surface.toLowerCase(Locale.ROOT).strip();
        String root = w.replaceFirst("(?:iness|ing|ed|es|y|s)$", "");
        return w.matches("[a-z]+") && root.length() >= 4 && !root.equals(w)
                && Pattern.compile("\\b" + root + "\\b").matcher(evidence).find();
    }

    /** "Two 500-milligram tablets" for 1000 mg: a count of tablets of a strength. */
    static Quantity counted(List<Quantity> said, String evidence, Quantity q) {
        for (int i = 0; i + 1 < said.size(); i++) {
            Quantity n = said.get(i);
            Quantity each = said.get(i + 1);
            if (n.number() >= 1 && n.number() <= 4 && n.unit().isEmpty() && each.start() - n.end() <= 2
                    && Rules.compatible(q.unit(), each.unit())
                    && Math.abs(n.number() * each.number() - q.number()) < 1e-6
                    && TABLETS.matcher(evidence.substring(each.end())).matches()) {
                return each;
            }
        }
        return null;
    }

    /** "band-like headache" (an alias of a diagnosis) for a headache said to be like a band: what it is like. */
    static boolean characterised(String surface, Set<String> terms) {
        Matcher m = CHARACTER.matcher(surface.strip());
        if (!m.matches()) {
            return false;
        }
        Term base = Vocabulary.get().lookup(Term.Kind.SYMPTOM, m.group(1).toLowerCase(Locale.ROOT));
        return base != null && terms.contains("SYMPTOM:" + base.canonical());
    }
}
