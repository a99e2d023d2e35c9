package org.scribeonfhir.drafting.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.Allergy;
import org.scribeonfhir.drafting.visit.Support;

/**
 * A drug that disagreed with the patient, said to be no allergy: "codeine just bunged me right up after my hernia op.
 * Not an allergy as such", or "Any medicines that didn't agree with him?" "Codeine… confused and constipated for
 * days." "That's a side effect rather than an allergy". It is listed with the allergies as an intolerance, never as a
 * current medicine, and what it did is no complaint of today.
 */
final class Intolerances {

    private static final Pattern NOT_ALLERGY = Pattern.compile("(?i)\\b(?:not (?:an|a real|really an) allergy|^\\W*not "
            + "allergies|side "
            + "effects? rather than an allergy|intoleran\\w*)\\b");
    /** "So the sulfasalazine was a side effect, not an allergy": the clinician names the drug of an upset told. */
    private static final Pattern WAS_SIDE_EFFECT = Pattern.compile("(?i)^\\W*(?:so |and )?(?:the |your |his |her )?"
            + "(\\S+(?: \\S+)?) (?:was|is) (?:a |just a )?side effect,? (?:not|rather than) (?:an|a true) allergy\\b");
    private static final Pattern INTOLERANCE_TO = Pattern.compile("(?i)\\b(?:that's|that is|it's|it is) (?:an? |just "
            + "an? )?intolerance (?:to|of|with) (?:the )?(\\S+(?: \\S+)?)");
    // "a side effect of opioids rather than a true allergy": the true allergy it is not
    private static final Pattern TRUE_ALLERGY = Pattern.compile("(?i)(?<!than a |not a |n't a )\\b(?:true|real|proper) "
            + "allergy\\b|\\bthat's an allergy\\b");
    private static final Pattern DISAGREED = Pattern.compile("(?i)\\b(?:didn't|did not|don't|doesn't) agree with\\b");

    private Intolerances() {
    }

    /** Each intolerance told, as an allergy whose reaction begins "intolerance". */
    static void add(Context c, List<Allergy> out, java.util.function.BiConsumer<List<Allergy>, Allergy> add) {
        for (Utterance u : c.utterances()) {
            if (u.clinician() || !story(c, u)) {
                continue;
            }
            String turn = String.join(" ", c.dialogue.ofTurn(u.turn()).stream().map(Utterance::text).toList());
            String reaction = AllergyReactions.of(turn);
            for (String s : Allergens.of(c, u.text())) {
                int at = u.text().toLowerCase(Locale.ROOT).indexOf(s.toLowerCase(Locale.ROOT));
                if (at >= 0 && !Attribution.of(u, at).equals(Attribution.PATIENT)) {
                    continue; // the wife's "I'm on the same amlodipine"
                }
                add.accept(out, new Allergy(s, "intolerance" + (reaction == null ? "" : ": " + reaction), false,
                        Support.of(0.8, u.turn())));
            }
        }
        named(c, out, add);
    }

    /** Each drug the clinician calls a side effect, not an allergy, by name, with what the patient said it did. */
    private static void named(Context c, List<Allergy> out, java.util.function.BiConsumer<List<Allergy>, Allergy> add) {
        for (Utterance u : c.utterances()) {
            Matcher w = u.clinician() ? WAS_SIDE_EFFECT.matcher(u.text()) : null;
            if (w != null && !w.find()) {
                w = INTOLERANCE_TO.matcher(u.text()); // "So that's an intolerance to simvastatin"
            }
            if (w == null || !w.find(0)) {
                continue;
            }
            for (Match d : c.vocabulary.find(Term.Kind.DRUG, w.group(1))) {
                String reaction = null;
                for (int t = u.turn() - 1; t >= u.turn() - 3 && reaction == null; t--) {
                    String told = String.join(" ", c.dialogue.ofTurn(t).stream().filter(x -> !x.clinician())
                            .map(Utterance::text).toList());
                    reaction = told.toLowerCase(Locale.ROOT).contains(d.surface().toLowerCase(Locale.ROOT))
                            ? AllergyReactions.of(told) : null;
                }
                add.accept(out, new Allergy(d.term().canonical(), "intolerance" + (reaction == null ? "" : ": "
                        + reaction), false, Support.of(0.8, u.turn())));
            }
        }
    }

    /** Whether the patient's or a companion's turn tells a drug's past upset, said (then or next) to be no allergy. */
    static boolean story(Context c, Utterance u) {
        if (u.clinician()) {
            return false;
        }
        Utterance q = c.dialogue.questionFor(u);
        // the words first, the drug lookups (on every patient's sentence of the visit) only when they are said
        boolean told = said(c, u.turn()) || said(c, u.turn() + 1) && nothingElse(c, u.turn() + 1) || q != null
                && q.clinician() && DISAGREED.matcher(q.text()).find();
        // "And put down the co-codamol." "That's not an allergy, love. It just bunged me up": the drug said just before
        List<Utterance> before = c.dialogue.ofTurn(u.turn() - 1);
        return told && (names(c, u.turn()) || !before.isEmpty() && !before.get(0).clinician() && names(c, u.turn() - 1));
    }

    private static boolean names(Context c, int turn) {
        return c.dialogue.ofTurn(turn).stream().anyMatch(x -> !Allergens.of(c, x.text()).isEmpty()
                || !c.vocabulary.find(Term.Kind.DRUG, x.text()).isEmpty());
    }

    private static boolean said(Context c, int turn) {
        return c.dialogue.ofTurn(turn).stream().anyMatch(x -> NOT_ALLERGY.matcher(x.text()).find());
    }

    /** "That's a true allergy. The aches with the simvastatin we'd call an intolerance": another drug's, not this. */
    private static boolean nothingElse(Context c, int turn) {
        return c.dialogue.ofTurn(turn).stream().noneMatch(x -> TRUE_ALLERGY.matcher(x.text()).find()
                || !c.vocabulary.find(Term.Kind.DRUG, x.text()).isEmpty());
    }
}
