package org.scribeonfhir.drafting.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.speech.Utterance;

/**
 * "The pill, it's called Lunessa." "Lunessa, is that a combined pill?": a brand the vocabulary does not know, said to
 * be a drug it knows; within this visit the brand names that drug ("stop Lunessa today" stops the pill).
 */
final class VisitAliases {

    private static final Pattern CALLED = Pattern.compile("\\b(?:it's|it is|that's|they're|they are) called "
            + "([A-Z][a-z]{3,})\\b");
    private static final Pattern IS_THAT = Pattern.compile("^\\W*([A-Z][a-z]{3,}),? (?:is that|that's|which is) "
            + "(?:an? |the |your )?");
    /** "That's diphenhydramine, an antihistamine.": the clinician names the drug of the brand just said. */
    private static final Pattern THATS = Pattern.compile("(?i)^\\W*(?:that's|that is|those are|they're|it's) "
            + "(?:just |plain )?");
    /** "Them Flexiprin tablets from the chemist, the ibuprofen": a brand, then the drug it is, after a comma. */
    private static final Pattern NAMED_AFTER = Pattern.compile("\\b(?i:the|them|those|these|my|some|his|her) "
            + "([A-Z][a-z]{3,})(?: (?i:tablets|pills|capsules|ones))?(?: [a-z]+){0,4},\\s*(?i:the|that's|that is)\\s+$");
    /** "The Vitaboost multivitamin gummies my daughter-in-law sent": a brand said right before its drug. */
    private static final Pattern RIGHT_BEFORE = Pattern.compile("\\b(?i:the|them|those|these|my|some|his|her) "
            + "([A-Z][a-z]{3,}) $");
    private static final Pattern BRAND = Pattern.compile("\\b(?i:the|those|that|these|some|my) "
            + "([A-Z][a-z]{3,}(?: [A-Z][a-z]{2,})?)\\b");

    /** A brand as the visit says it, and the drug it stands for. */
    record Alias(Pattern said, Term drug) {
    }

    private VisitAliases() {
    }

    /** Each brand told, with the drug it was said to be. */
    static List<Alias> of(Context c) {
        Map<String, Term> out = new LinkedHashMap<>();
        List<Utterance> all = c.utterances();
        for (int i = 0; i < all.size(); i++) {
            Utterance u = all.get(i);
            String text = u.text();
            Matcher called = CALLED.matcher(text);
            if (called.find()) {
                List<Match> before = c.vocabulary.find(Term.Kind.DRUG, text.substring(0, called.start()));
                add(c, out, called.group(1), before.isEmpty() ? null : before.get(before.size() - 1).term());
            }
            Matcher that = IS_THAT.matcher(text);
            if (that.find()) {
                List<Match> after = c.vocabulary.find(Term.Kind.DRUG, text.substring(that.end()));
                add(c, out, that.group(1), after.isEmpty() || after.get(0).start() > 2 ? null : after.get(0).term());
            }
            for (Match d : c.vocabulary.find(Term.Kind.DRUG, text)) {
                Matcher named = NAMED_AFTER.matcher(text.substring(0, d.start()));
                Matcher right = RIGHT_BEFORE.matcher(text.substring(0, d.start()));
                if (named.find()) {
                    add(c, out, named.group(1), d.term());
                } else if (u.historySide() && right.find()) {
                    add(c, out, right.group(1), d.term());
                }
            }
            Matcher thats = THATS.matcher(text);
            if (u.clinician() && u.index() == 0 && thats.find()) {
                List<Match> after = c.vocabulary.find(Term.Kind.DRUG, text.substring(thats.end()));
                String brand = after.isEmpty() || after.get(0).start() > 0 ? null : brandBefore(all, i);
                if (brand != null) {
                    add(c, out, brand, after.get(0).term());
                }
            }
        }
        return out.entrySet().stream().map(e -> new Alias(Pattern.compile("\\b" + Pattern.quote(e.getKey()) + "\\b"),
                e.getValue())).toList();
    }

    /** The last brand-like name the patient's side said since the clinician last spoke. */
    private static String brandBefore(List<Utterance> all, int i) {
        for (int j = i - 1; j >= 0 && !all.get(j).clinician(); j--) {
            Matcher m = BRAND.matcher(all.get(j).text());
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    private static void add(Context c, Map<String, Term> out, String brand, Term drug) {
        if (drug != null && !out.containsKey(brand) && c.vocabulary.find(brand, Term.Kind.values()).isEmpty()
                && !c.personName(brand)) {
            out.put(brand, drug);
        }
    }
}
