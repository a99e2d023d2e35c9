package org.scribeonfhir.drafting.extract;

import java.util.List;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.speech.Utterance;

/** Where a dose said without its drug belongs: to the drug before, to a drug we could not read, with the next sig. */
final class DoseSentences {

    /** An order verb and then words before the dose: "ill put you on" + a name we do not know + the dose. */
    private static final Pattern ORDERED_THING = Pattern.compile("(?i)(?:\\b(?:put|start|pop|switch|change) (?:you|him|"
            + "her|them) (?:on(?:to)?|over to)|\\b(?:prescribe|give|add(?: in)?)(?: you| him| her)?)((?:\\s+[a-z']+){1,4})"
            + "\\s*$");
    private static final Pattern DOSING_WORDS = Pattern.compile("(?i)(?:\\s+(?:a|an|the|some|dose|doses|of|it|that|this|"
            + "them|those|these|just|only|higher|lower|bigger|smaller|same|at|on|to|one|two|half|now|instead|back|also|"
            + "course|tablets?|capsules?|little|bit|low|high|starting|up|down|with|again|you|him|her|me))+");

    /**
     * "…naproxen 500 mg twice a day. Because it can be hard on the stomach ill put you on lands a prazzle 15 mg":
     * the dose of a drug whose misheard name we cannot read, not a new dose of the one before.
     */
    static boolean unnamedDrug(String beforeDose) {
        java.util.regex.Matcher m = ORDERED_THING.matcher(beforeDose);
        return m.find() && !DOSING_WORDS.matcher(m.group(1)).matches();
    }

    /** The sentence said next: in the same turn, or the first of the next turn. */
    private static Utterance next(Context c, Utterance u) {
        List<Utterance> turn = c.dialogue.ofTurn(u.turn());
        if (u.index() + 1 < turn.size()) {
            return turn.get(u.index() + 1);
        }
        List<Utterance> after = c.dialogue.ofTurn(u.turn() + 1);
        return after.isEmpty() ? null : after.get(0);
    }

    /** What may follow a drug named alone: "Utrogestan, which is micronised progesterone." */
    private static final Pattern ALONE_AFTER = Pattern.compile("(?i)^(?:\\s*,?\\s*(?:which is|that's|that is|it's)\\s+"
            + "[^,.;]{0,40})?\\W*$");
    /** What may come before it: "And the other part is…" */
    private static final Pattern ALONE_BEFORE = Pattern.compile("(?i)^\\W*(?:(?:and|then|so)\\W+)?(?:the other (?:one|"
            + "part) (?:is|will be)\\W+)?$");

    /**
     * "And the other part?" "Utrogestan, which is micronised progesterone. Two hundred milligrams at bedtime…": a
     * drug named on its own with its dose said next is the one prescribed.
     */
    static boolean namedThenDosed(Context c, Utterance u, Match drug) {
        Utterance next = next(c, u);
        if (next == null || !next.clinician() || !ALONE_AFTER.matcher(u.text().substring(drug.end())).matches()
                || !ALONE_BEFORE.matcher(u.text().substring(0, drug.start())).matches()) {
            return false;
        }
        Quantities.Quantity first = Quantities.find(next.text()).stream().findFirst().orElse(null);
        return first != null && first.start() < 4 && SpokenDoses.isDose(first);
    }

    /** How often and how long, said in the next sentence. */
    record Said(String frequency, String duration) {
    }

    /**
     * "The dose is seventy-five, sorry, fifty milligrams." "Three times a day with food, for up to a week.": the sig
     * the clinician says next, when the next sentence begins with it; null otherwise.
     */
    static Said sigAfter(Context c, Utterance u) {
        Utterance next = next(c, u);
        if (next == null || !next.clinician() || !SIG_FIRST.matcher(next.text()).lookingAt()) {
            return null;
        }
        // "Twice a day... actually, once a day is plenty, at night": the sig as corrected
        String tail = next.text().substring(Math.max(0, DoseCorrections.lastCorrection(next.text())));
        return new Said(Sig.frequency(tail), Sig.duration(tail));
    }

    /** A sentence that begins with how often: the rest of a dose said just before. */
    private static final Pattern SIG_FIRST = Pattern.compile("(?i)^\\W*(?:(?:and|then|one|1|(?:you |you'll )?take (?:it|one|them)|"
            + "to take|let it (?:melt|"
            + "dissolve)(?: on| under) (?:your|the|his|her) tongue)\\W+)?(?:once|"
            + "twice|three times|four times|\\d times|every|each|at night|in the morning|daily)\\b");

    private DoseSentences() {
    }

    private static final Pattern PRONOUN_ORDER = Pattern.compile("(?i)\\b(increase|decrease|lower|reduce|raise|"
            + "double|halve) (?:it|that|the dose)\\b");

    /**
     * "Sertraline treats both. You've tolerated fifty well, so let's increase it. We'll go to … one hundred
     * milligrams": the order said with "it" in the one sentence between the drug and its new dose, or null.
     */
    static String orderedBetween(Context c, Utterance drug, Utterance dose) {
        if (drug.turn() != dose.turn() || drug.index() != dose.index() - 2) {
            return null;
        }
        java.util.regex.Matcher m = PRONOUN_ORDER.matcher(c.dialogue.ofTurn(dose.turn()).get(dose.index() - 1).text());
        return !m.find() ? null : m.group(1).toLowerCase(java.util.Locale.ROOT).matches("decrease|lower|reduce|halve")
                ? "decrease" : "increase";
    }

    static Quantities.Quantity firstDose(String text) {
        return Quantities.find(text).stream().filter(q -> SpokenDoses.isDose(q)
                && !SpokenDoses.someoneElses(text.substring(q.end()))).findFirst().orElse(null);
    }

    /**
     * "…ramipril can affect the kidneys." "Try to keep the drinking under fourteen units.": units are a dose of
     * insulin, heparin or a vitamin, not of a tablet measured in milligrams.
     */
    static boolean fits(MedicationMentions.Mention drug, String dose) {
        if (dose == null || !dose.endsWith("units")) {
            return true;
        }
        String what = (drug.drug() + " " + (drug.term() == null ? "" : drug.term().group()))
                .toLowerCase(java.util.Locale.ROOT);
        return drug.term() == null || what.matches("(?s).*\\b(?:insulin|heparin|vitamin|toxin|enoxaparin|"
                + "dalteparin|somatropin|penicillin g|nystatin|factor)\\b.*");
    }
}
