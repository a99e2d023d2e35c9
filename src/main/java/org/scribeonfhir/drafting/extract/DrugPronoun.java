package org.scribeonfhir.drafting.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.Medication;

/**
 * "Start cyclobenzaprine at bedtime. It can make you drowsy.": a plan sentence opening with "it" says which drug,
 * the one ordered that the sentences just before named, so its line reads on its own ("Counseled that
 * cyclobenzaprine can make him drowsy.").
 */
final class DrugPronoun {

    /** What a drug does in the body: "…increases the serotonin", "it'll bring the swelling down". */
    static final String ACTS = "increases?|reduces?|relaxes?|calms?|blocks?|brings?|shrinks?|opens?(?: up)?|"
            + "dries?(?: up)?";

    /** What a drug does or may do: "it can make you drowsy", "it protects the kidneys"; not how long it lasts. */
    private static final Pattern IT = Pattern.compile("(?i)^(\\W*(?:(?:and|so|but|also)\\W+)?)it(?:'ll|\\s+will)?"
            + "\\s+(?:probably\\s+|also\\s+)?(?=(?:can|may|might|could|will|should|takes|usually|often|sometimes|"
            + "helps?|works?|makes?|turns?|causes?|gives?|lowers?|raises?|protects?|slows?|thins?|turn|make|cause|"
            + "give|" + ACTS + ")\\b)");

    private DrugPronoun() {
    }

    private static final Pattern STOP_IT = Pattern.compile("(?i)^\\W*(?:so\\W+)?(?:i want you to|i'd like you to|"
            + "please|you should|we'll|let's) stop (?:it|that|taking it)\\b");

    private static final java.util.regex.Pattern OTHER_ORDERS = java.util.regex.Pattern.compile("(?i)\\b(?:refer|"
            + "blood|test|scan|x-?ray|follow|appointment|see you|review|swab|sample)");

    /**
     * "Take one tablet of it, 875 milligrams, twice a day": a sentence naming no drug that says the dose of an order
     * it gave its sig to; the order's line says it, a counselling line would say it twice.
     */
    static boolean sigOfOrder(Context c, Utterance u, String sentence, List<Medication> meds) {
        // "So I want you to stop it, starting today.": the stop order of the drug just named says it
        if (STOP_IT.matcher(sentence).find() && c.vocabulary.find(Term.Kind.DRUG, sentence).isEmpty()
                && meds.stream().anyMatch(m -> m.action().equals("stop") && m.support().turns().contains(u.turn()))) {
            return true;
        }
        // only the sig: a long run-on sentence goes on to tests, referrals and the follow-up
        if (sentence.split("\\s+").length > 35 || OTHER_ORDERS.matcher(sentence).find()) {
            return false;
        }
        // "Apply it twice a day, thinly…": the sig of the cream ordered just before, which its line says
        return meds.stream().anyMatch(m -> m.ordered() && m.frequency() != null
                && m.support().turns().contains(u.turn()) && (m.dose() != null && says(sentence, m.dose())
                || AppliedSig.onlySig(sentence)))
                && c.vocabulary.find(Term.Kind.DRUG, sentence).isEmpty();
    }

    /** Whether {@code words} stand in the sentence as words of their own ("875 mg", not "1875 mg"). */
    static boolean says(String sentence, String words) {
        for (int at = sentence.indexOf(words); at >= 0; at = sentence.indexOf(words, at + 1)) {
            int end = at + words.length();
            if ((at == 0 || !Character.isLetterOrDigit(sentence.charAt(at - 1)))
                    && (end == sentence.length() || !Character.isLetterOrDigit(sentence.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /** The sentence with its opening "it" named, or as it was when no one ordered drug was named just before. */
    static String named(Context c, Utterance u, String sentence, List<Medication> meds) {
        Matcher m = IT.matcher(sentence);
        if (!m.lookingAt()) {
            return sentence;
        }
        String drug = lastDrug(c, u, meds.stream().filter(Medication::ordered).map(Medication::drug).toList());
        // "It'll probably turn your stools black": "will" stays with the verb it carried
        String will = m.group().matches("(?is).*(?:'ll|\\swill)\\s.*") ? "will " : "";
        return drug == null ? sentence : m.group(1) + drug + " " + will + sentence.substring(m.end());
    }

    /**
     * The one drug ordered in this visit that the sentences before (this turn, or the clinician's turn before the
     * reply) named last: "take it with orange juice, or vitamin C" does not make vitamin C the "it" of the iron.
     */
    private static String lastDrug(Context c, Utterance u, List<String> ordered) {
        for (int turn = u.turn(); turn >= Math.max(1, u.turn() - 2); turn--) {
            List<Utterance> said = c.dialogue.ofTurn(turn);
            for (int i = turn == u.turn() ? u.index() - 1 : said.size() - 1; i >= 0; i--) {
                Utterance x = said.get(i);
                if (!x.clinician()) {
                    continue;
                }
                List<Match> drugs = c.vocabulary.find(Term.Kind.DRUG, x.text()).stream()
                        .filter(d -> ordered.contains(d.term().canonical())).toList();
                if (drugs.isEmpty()) {
                    continue;
                }
                Term t = drugs.get(drugs.size() - 1).term();
                if (drugs.stream().anyMatch(d -> d.term() != t)) {
                    return null; // two drugs: which one "it" is, the words do not say
                }
                String surface = drugs.get(drugs.size() - 1).surface(); // a brand said keeps its capital
                return Character.isUpperCase(surface.charAt(0)) && !surface.equalsIgnoreCase(t.canonical()) ? surface
                        : t.canonical().toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }
}
