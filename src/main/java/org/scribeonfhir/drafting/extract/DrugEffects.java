package org.scribeonfhir.drafting.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.HistoryItem;
import org.scribeonfhir.drafting.visit.Presence;
import org.scribeonfhir.drafting.visit.Support;

/**
 * What a drug did to the patient ("codeine made me throw up", "it made me so groggy", "my ankles were
 * swelling, so I stopped it"): told with the drug, not a complaint of this visit.
 */
final class DrugEffects {

    private static final Pattern ALLERGIC = Pattern.compile("(?i)\\b(?:allergic|allergy|allergies|hives|broke out|"
            + "break out|anaphyla\\w*)\\b");

    private static final Pattern REACTION_TO_DRUG = Pattern.compile("(?i)\\b(?:(?:made|makes|gave|gives) (?:me|you|him|"
            + "her|them)|broke (?:me |him |her )?out|break out|c[oa]me out in|reacted|reaction|(?:hurt|upset|tore up|"
            + "irritated) (?:my|his|her|the) (?:stomach|tummy))\\b"
            // "they gave me metoclopramide and I felt very agitated": what followed the drug
            + "|\\band (?:i|he|she) (?:felt|got|went|became)\\b");
    /** "My ankles were swelling like bread dough, so I stopped it.": why a drug was stopped. */
    private static final Pattern STOPPED_FOR_IT = Pattern.compile("(?i)\\b(?:so|and|that's why|which is why) "
            + "(?:i|he|she|we) (?:stopped|quit) (?:it|them|taking (?:it|them))\\b");

    private DrugEffects() {
    }

    /** The sentence tells a drug's effect: it names the drug, or "it" is the drug the turn or question just named. */
    static boolean told(Context c, Utterance u, Utterance asked) {
        // "And you were on olanzapine years ago?" "Put on two stone in four months.": that drug's effect
        return drug(c, u, asked) != null || AnsweredMedication.pastDrug(c, asked);
    }

    /** "Simvastatin gave me terrible cramps": the sentence tells what a drug did. */
    static boolean tellsReaction(String text) {
        return REACTION_TO_DRUG.matcher(text).find();
    }

    /** The drug whose effect the sentence tells, or null; "" when a drug's, but which one was not said. */
    static String drug(Context c, Utterance u, Utterance asked) {
        String toldBefore = toldByClinician(c, u);
        if (toldBefore != null) {
            return toldBefore;
        }
        java.util.regex.Matcher r = REACTION_TO_DRUG.matcher(u.text());
        boolean found = reaction(c, u.text(), r, 0);
        if (found && !Attribution.of(u, r.start()).equals(Attribution.PATIENT)) {
            return null; // "my daughter had low iron, and the tablets made her constipated": the daughter's
        }
        // "ibuprofen … and i was taking excedrin but i stopped that … it made me all jittery": the drug said last
        String inSentence = found ? namedBefore(c, u, r.start()) : null;
        if (inSentence != null) {
            return inSentence;
        }
        String stopped = StoppedDrugs.effectOf(c, u, asked);
        if (stopped != null) {
            return stopped;
        }
        // "Oh, I stopped the trazodone. It made me so groggy.": "it" is a drug the sentence before or the question named
        if (!STOPPED_FOR_IT.matcher(u.text()).find() && (!found || !THAT_DRUG.matcher(u.text().substring(0, r.start()))
                .find())) {
            return null;
        }
        // "The iron tablet, ferrous sulphate, last year. She finished it in September. It made her very
        // constipated.": the drug of an earlier sentence of the same turn, before the question's
        List<Utterance> turn = c.dialogue.ofTurn(u.turn());
        String before = null;
        for (int i = Math.min(u.index(), turn.size()) - 1; before == null && i >= 0; i--) {
            before = named(c, turn.get(i));
        }
        before = before != null ? before : named(c, asked != null ? asked : readBack(c, u));
        // "I took four a day and it gave me the runs": the drug of the last few turns
        boolean itDid = found && IT_BEFORE.matcher(u.text().substring(0, r.start())).find(); // not "they gave me"
        return before != null || !itDid && !OPENS_WITH_IT.matcher(u.text()).find() ? before : recent(c, u);
    }

    /** The first reaction from {@code from} on; "the ER gave me tramadol" is a drug given, not what one did. */
    private static boolean reaction(Context c, String text, java.util.regex.Matcher r, int from) {
        if (!r.find(from)) {
            return false;
        }
        List<Match> next = c.vocabulary.find(Term.Kind.DRUG, text.substring(r.end(), Math.min(text.length(),
                r.end() + 40)));
        return next.isEmpty() || next.get(0).start() > 10 || reaction(c, text, r, r.end());
    }

    /** "I see tramadol made you sick before." "Oh, it was awful. I was vomiting all night.": the reply tells it. */
    private static String toldByClinician(Context c, Utterance u) {
        List<Utterance> before = u.clinician() || u.turn() < 2 ? List.of() : c.dialogue.ofTurn(u.turn() - 1);
        if (before.isEmpty() || !before.get(0).clinician()) {
            return null;
        }
        Utterance said = before.get(before.size() - 1);
        java.util.regex.Matcher r = REACTION_TO_DRUG.matcher(said.text());
        if (said.question() || !r.find() || !said.text().substring(r.start()).toLowerCase(Locale.ROOT)
                .matches("(?s)(?:made|makes|gave|gives) you\\b.*")) {
            return null;
        }
        String last = null;
        for (org.scribeonfhir.drafting.lexicon.Match m : c.vocabulary.find(Term.Kind.DRUG, said.text())) {
            last = m.start() < r.start() ? m.term().canonical() : last;
        }
        return last;
    }

    /** A drug said without its name: "the pills", "my patches", "the spray". */
    static final String DRUG_NOUN = "(?:pills?|tablets?|medicines?|medications?|meds|patch(?:es)?|injections?|spray|"
            + "inhaler|cream)";
    private static final Pattern THAT_DRUG = Pattern.compile("(?i)\\b(?:it|that|they|those|this|these|the "
            + DRUG_NOUN + ")\\b");
    private static final Pattern IT_BEFORE = Pattern.compile("(?i)\\bit\\s+$");
    private static final Pattern OPENS_WITH_IT = Pattern.compile("(?i)^\\W*(?:(?:and|but|so|well)\\W+)?(?:it|they|"
            + "those|the " + DRUG_NOUN + ") (?:made|makes|gave|gives) (?:me|him|her)\\b");

    /**
     * "You're on escitalopram." "I stopped it." "Tell me what happened." "It made me feel sick…": a few turns back;
     * "amlodipine ten once a day, and I have simvastatin twenty at night" "I stopped that": the one said last.
     */
    static String recent(Context c, Utterance u) {
        for (int t = u.turn() - 1; t >= Math.max(1, u.turn() - 3); t--) {
            List<Utterance> said = c.dialogue.ofTurn(t);
            for (int i = said.size() - 1; i >= 0; i--) {
                String drug = lastDrug(c, said.get(i));
                drug = drug != null ? drug : named(c, said.get(i));
                if (drug != null) {
                    return drug;
                }
            }
        }
        return null;
    }

    /** The drug the sentence names last, or null. */
    static String lastDrug(Context c, Utterance u) {
        List<Match> drugs = c.vocabulary.find(Term.Kind.DRUG, u.text()).stream()
                .filter(m -> !Allergens.places(u.text().substring(0, m.start()))).toList();
        return drugs.isEmpty() ? null : drugs.get(drugs.size() - 1).term().canonical();
    }

    /** The drug, or another allergen ("latex gives you hives"), the sentence names. */
    private static String namedBefore(Context c, Utterance u, int end) {
        String last = null;
        for (org.scribeonfhir.drafting.lexicon.Match m : c.vocabulary.find(Term.Kind.DRUG, u.text())) {
            if (m.start() < end && !Allergens.places(u.text().substring(0, m.start()))) {
                last = m.term().canonical();
            }
        }
        return last != null ? last : named(c, u);
    }

    static String named(Context c, Utterance u) {
        List<org.scribeonfhir.drafting.lexicon.Match> drugs = u == null ? List.of()
                : c.vocabulary.find(Term.Kind.DRUG, u.text());
        if (!drugs.isEmpty()) {
            return drugs.get(0).term().canonical();
        }
        java.util.regex.Matcher other = u == null ? null : Allergens.OTHER_ALLERGENS.matcher(u.text());
        return other != null && other.find() ? other.group(1).toLowerCase(Locale.ROOT) : null;
    }

    /** "okay and the trazodone for sleep" "oh i stopped that…": the clinician's read-back, no question mark said. */
    private static Utterance readBack(Context c, Utterance u) {
        List<Utterance> before = c.dialogue.ofTurn(u.turn() - 1);
        Utterance last = u.index() == 0 && !before.isEmpty() ? before.get(before.size() - 1) : null;
        return last != null && last.clinician() ? last : null;
    }

    /** "I had a dizzy spell and they gave me betahistine": what it was given for. */
    private static final Pattern GIVEN_FOR = Pattern.compile("(?i)^\\W*(?:\\w+\\W+){0,3}?(?:and|so) (?:they|he|she|the "
            + "(?:doctor|gp|hospital)) (?:gave|prescribed|put) (?:me|him|her)\\b");
    /** "…gave me betahistine, 16 mg three times a day, when I had a dizzy spell": when it was given, for what. */
    private static final Pattern WHEN_I_HAD = Pattern.compile("(?i)\\b(?:when|because|as) (?:i|she|he) (?:had|got|"
            + "was having)(?: an?| some| the| this| that)?\\s+$");
    private static final Pattern UNCHANGED = Pattern.compile("(?i)^\\s*(?:did not|didn't|does not|doesn't|has not|"
            + "hasn't|never) (?:change|improve|get better|go away|budge|shift)|^\\s*(?:is|was|stayed) (?:exactly )?(?:the "
            + "same|no better)");

    /** "It helps me calm down but it makes me a little groggy.": what a drug did, told with the drug. */
    static List<HistoryItem> told(Context c, Utterance u, Utterance asked, String drug) {
        if (drug == null || drug.isEmpty() || !Attribution.of(u, u.text().length()).equals(Attribution.PATIENT)
                || ALLERGIC.matcher(u.text()).find() || asked != null && AllergyReader.asksAbout(asked)
                // "…and you're allergic to sulfa" "yes bactrim gave me a rash": the allergy confirmed
                || c.dialogue.ofTurn(u.turn() - 1).stream()
                        .anyMatch(x -> x.clinician() && AllergyReader.asksAbout(x))) {
            return List.of(); // an allergic reaction is the allergy list's
        }
        // the turn that named the drug is evidence too ("And the hydroxyzine?" "It makes me a little groggy.")
        Support support = asked == null ? Support.of(0.75, u.turn()) : Support.of(0.75, asked.turn(), u.turn());
        List<HistoryItem> out = new ArrayList<>();
        // "I never actually took it. I read online it makes you groggy.": what the drug is said to do, never had
        if (NEVER_TOOK.matcher(String.join(" ", c.dialogue.ofTurn(u.turn()).stream().map(Utterance::text).toList()))
                .find()) {
            return out;
        }
        for (Match m : c.vocabulary.find(Term.Kind.SYMPTOM, u.text())) {
            if (HEARD.matcher(u.text().substring(0, m.start())).find()) {
                continue;
            }
            // the wife's "I get these dizzy spells, they gave me meclizine": her own
            // "the doctor gave me it last year for heartburn": what it was for, not what it did
            boolean indication = NotComplaints.FOR_IT.matcher(u.text().substring(0, m.start())).find()
                    || UNCHANGED.matcher(u.text().substring(m.end())).lookingAt() // "the pain did not change"
                    || GIVEN_FOR.matcher(u.text().substring(m.end())).lookingAt()
                    || WHEN_I_HAD.matcher(u.text().substring(0, m.start())).find();
            if (!indication && !NotComplaints.of(m, u.text())
                    && Negation.of(u.text(), m.start(), m.end()) == Presence.PRESENT
                    && Attribution.of(u, m.start()).equals(Attribution.PATIENT)) {
                // "a little nauseous the first two weeks but that went away": an effect that has passed
                String gone = Negation.wentAway(u.text(), m.end()) ? " (resolved)" : "";
                out.add(new HistoryItem("effect", m.term().canonical() + gone, drug, support));
            }
        }
        return out;
    }

    private static final Pattern NEVER_TOOK = Pattern.compile("(?i)\\b(?:i|he|she|we)(?: have| has|'ve|'s)? (?:never|"
            + "not) (?:actually |even )?(?:took|taken|take|started|tried|used) (?:it|them|that|any)\\b");
    private static final Pattern HEARD = Pattern.compile("(?i)\\b(?:read|heard|seen|saw)\\b[^.]{0,30}?\\b(?:online|"
            + "on the internet|on facebook|that)\\b|\\b(?:apparently|supposedly|supposed to|they say|people say|"
            + "i was told)\\b");

    /** The clinician explaining what a drug may do: "the main side effect is…", "it can make you…". */
    private static final Pattern EXPLAINED = Pattern.compile("(?i)\\b(?:side[- ]effects?|(?:can|may|might|could) "
            + "(?:make|give|cause)|some (?:people|men|women) (?:get|notice|feel|find)|watch out for)\\b");
    private static final Pattern OWN = Pattern.compile("(?i)\\b(?:i (?:already |do |still )?(?:get|have|feel|had)|"
            + "i've|i'm|my)\\b");

    /** "…feeling dizzy or lightheaded when you stand up…" "Lightheaded, got it.": the explanation said back. */
    static boolean echoed(Context c, Utterance u, Match m) {
        if (u.clinician() || OWN.matcher(u.text().substring(0, m.start())).find()) {
            return false;
        }
        String word = m.surface().toLowerCase(Locale.ROOT).split("\\W+")[0]; // "hungry all the time": "very hungry"
        return c.dialogue.ofTurn(u.turn() - 1).stream().anyMatch(x -> x.clinician()
                && EXPLAINED.matcher(x.text()).find() && (c.vocabulary.find(Term.Kind.SYMPTOM, x.text()).stream()
                .anyMatch(y -> y.term() == m.term()) || word.length() > 3 && x.text().toLowerCase(Locale.ROOT)
                .matches("(?s).*\\b" + Pattern.quote(word) + "\\b.*")));
    }
}
