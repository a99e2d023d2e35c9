package org.scribeonfhir.drafting.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.Medication;

/**
 * How to take a drug, said with its order ("alendronate seventy milligrams once a week, first thing in the morning
 * on an empty stomach with a full glass of water, and stay upright for thirty minutes"): one counselling line,
 * "Counseled on alendronate: take on an empty stomach, with a full glass of water; stay upright for 30 minutes."
 */
final class DrugInstructions {

    /** {@code take}: said after "take" ("take on an empty stomach"); else an instruction of its own. */
    private record Way(Pattern said, Function<Matcher, String> written, boolean take) {
    }

    private static final List<Way> WAYS = List.of(
            new Way(Pattern.compile("(?i)\\bon an empty stomach\\b"), m -> "on an empty stomach", true),
            new Way(Pattern.compile("(?i)\\bwith a (?:full|big|large) glass of water\\b"),
                    m -> "with a full glass of water", true),
            new Way(Pattern.compile("(?i)\\b((?:\\d+ (?:to|or) )?\\d+ minutes|half an hour|an hour|\\d+ hours?) "
                    + "before (breakfast|food|eating|meals|supper|coffee)\\b"), m -> m.group(1) + " before " + m.group(2),
                    true),
            new Way(Pattern.compile("(?i)\\bwith (?:the|a) spacer\\b"), m -> "use with a spacer", false),
            new Way(Pattern.compile("(?i)\\bstay(?:ing)? upright for (\\d+ minutes|half an hour|an hour)\\b"),
                    m -> "stay upright for " + m.group(1), false),
            new Way(Pattern.compile("(?i)\\brinse (?:his|her|your|their|the) mouth(?: out)?\\b"),
                    m -> "rinse the mouth after use", false),
            new Way(Pattern.compile("(?i)\\b(?:don't|do not|not) take it with ([a-z]+(?: or [a-z]+)?)\\b"),
                    m -> "do not take with " + m.group(1), false),
            new Way(Pattern.compile("(?i)\\bsunscreen\\b|\\bburn easily\\b"), m -> "use sun protection", false),
            // "it can make you a little dizzy when you stand up": the warning, in the note's words
            new Way(Pattern.compile("(?i)\\b(?:can|may|might|could) make (?:you|him|her) "
                    + "(?:a (?:little|bit) |a little bit )?(?:dizzy|light-?headed)"
                    + "(?: when (?:you|he|she) (?:stand|stands|get|gets) up)?"),
                    m -> "may cause dizziness on standing", false),
            // "but no more than eight tablets in twenty-four hours": the most a day, said with the dose
            new Way(Sig.MOST_A_DAY, m -> "maximum " + m.group(1) + " in 24 hours", false));

    private DrugInstructions() {
    }

    /** The counselling line for the drug the sentence (or the turn's sentence before it) names; null if none. */
    static String of(Context c, Utterance u) {
        String t = u.text();
        List<String> take = new ArrayList<>();
        List<String> other = new ArrayList<>();
        int first = Integer.MAX_VALUE;
        for (Way w : WAYS) {
            Matcher m = w.said().matcher(t);
            if (!m.find()) {
                continue;
            }
            first = Math.min(first, m.start());
            (w.take() ? take : other).add(w.written().apply(m).toLowerCase(Locale.ROOT));
        }
        String drug = first == Integer.MAX_VALUE ? null : drugBefore(c, u, first);
        if (drug == null) {
            return null;
        }
        List<String> all = new ArrayList<>();
        if (!take.isEmpty()) {
            all.add("take " + String.join(", ", take));
        }
        all.addAll(other);
        return "Counseled on " + drug + ": " + PlanWording.list(all) + ".";
    }

    /** The counselling line of the sentence, as a plan item, if it says how to take a drug. */
    static java.util.Optional<org.scribeonfhir.drafting.visit.PlanItem> item(Context c, Utterance u) {
        return java.util.Optional.ofNullable(of(c, u)).map(t -> new org.scribeonfhir.drafting.visit.PlanItem(null,
                "counselling", t, null, org.scribeonfhir.drafting.visit.Support.of(0.75 * Math.max(0.5,
                        c.relevance(u)), u.turn())));
    }

    /** The last drug the clinician named before the instructions, in this sentence or the two turns before it. */
    private static String drugBefore(Context c, Utterance u, int at) {
        List<Match> here = c.vocabulary.find(Term.Kind.DRUG, u.text().substring(0, at));
        if (!here.isEmpty()) {
            return canonical(here.get(here.size() - 1));
        }
        // "…doxycycline one hundred milligrams twice a day" "take it with a full glass of water": the drug just ordered
        for (int turn = u.turn(); turn >= u.turn() - 2; turn--) {
            List<Utterance> said = c.dialogue.ofTurn(turn);
            for (int i = said.size() - 1; i >= 0; i--) {
                Utterance x = said.get(i);
                if (x.clinician() && (turn < u.turn() || x.index() < u.index())) {
                    List<Match> before = c.vocabulary.find(Term.Kind.DRUG, x.text());
                    if (!before.isEmpty()) {
                        return canonical(before.get(before.size() - 1));
                    }
                }
            }
        }
        return null;
    }

    /** The drug as said, with the generic beside a brand or a British name ("Paracetamol (acetaminophen)"). */
    private static String canonical(Match m) {
        String said = m.surface().toLowerCase(Locale.ROOT);
        return m.term() == null ? said : Medication.label(said, m.term().canonical());
    }
}
