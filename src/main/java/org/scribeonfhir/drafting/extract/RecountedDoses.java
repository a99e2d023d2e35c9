package org.scribeonfhir.drafting.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.extract.MedicationMentions.Mention;
import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.speech.Utterance;

/**
 * Doses given earlier in this encounter, as the clinician recounts them: "in triage you had 1 g of paracetamol
 * through the drip and 75 mg of diclofenac as an injection into the muscle", "the nurse gave you two sprays of
 * oxymetazoline in the left side", "We gave you a gram of paracetamol in triage"; and a single dose handed over to take in the room: "I'll give you one here to take
 * now: one tablet, 30 milligrams. Just the once." Each is a dose given, whose next doses are timed from it.
 */
final class RecountedDoses {

    private static final Pattern RECOUNTED = Pattern.compile("(?i)\\b(?:you(?:'ve| have)? (?:had|got|received)|"
            + "you(?:'ve| have)? been given|you were given|(?:we|i)(?:'ve| have)? (?:gave|given) you|"
            + "(?:nurse|nurses|paramedics?|ambulance(?: crew)?|crew|triage)"
            + " (?:gave|has given|'s given|have given|already gave|put) you)\\b");
    /** Where the dose was given: the recounted dose belongs to this encounter, not to last week. */
    private static final Pattern HERE = Pattern.compile("(?i)\\b(?:in triage|in the ambulance|on the way in|"
            + "when you (?:came|got) in|at (?:about |around )?\\d{1,2}[:.]\\d{2}|this (?:morning|afternoon|evening)|"
            + "earlier|already|the nurse|triage|paramedics?|drip|into the muscle|injection)\\b");
    private static final Pattern TAKE_NOW = Pattern.compile("(?i)\\b(?:give you (?:one|a dose|a tablet|it|that|"
            + "some) (?:here|now)|here to take now|take (?:it|one|that) (?:here|now)|take it with this water)\\b");
    private static final Pattern ONCE = Pattern.compile("(?i)\\b(?:just the once|just once|single dose|one dose|"
            + "once only)\\b");
    private static final Pattern DOSE_BEFORE = Pattern.compile("(?i)\\b(\\d+(?:\\.\\d+)?|a|one)\\s*(mg|milligrams?|mcg|"
            + "micrograms?|g|grams?|units?|ml|mls|sprays?|puffs?|tablets?)\\s+(?:of\\s+)?(?:\\w+\\s+)?$");
    private static final Pattern DOSE_AFTER = Pattern.compile("(?i)\\b(\\d+(?:\\.\\d+)?)\\s*(mg|milligrams?|mcg|"
            + "micrograms?|g|grams?|units?)\\b");
    private static final Pattern ROUTE = Pattern.compile("(?i)\\b(?:(through the drip|intravenous\\w*|iv)|"
            + "(into the muscle|in the muscle|intramuscular\\w*|im)|(orally|by mouth|tablet|pill)|"
            + "(?:in|into|up) (?:the|your) (left|right) (?:side|nostril))\\b");

    private static final Pattern COMPARED = Pattern.compile("(?i)\\b(?:than|instead of|rather than|unlike|not)\\s+"
            + "(?:the\\s+)?$");

    private RecountedDoses() {
    }

    /** "oxymetazoline, that's Afrin, in the left side": a drug and its brand said together are one. */
    private static List<Match> distinct(List<Match> drugs) {
        List<Match> out = new ArrayList<>();
        for (Match d : drugs) {
            if (out.isEmpty() || d.term() == null || out.get(out.size() - 1).term() != d.term()) {
                out.add(d);
            }
        }
        return out;
    }

    static List<Mention> of(Context c) {
        List<Mention> out = new ArrayList<>();
        for (Utterance u : c.utterances()) {
            if (!u.clinician() || u.question()) {
                continue;
            }
            Matcher cue = RECOUNTED.matcher(u.text());
            if (cue.find() && HERE.matcher(u.text()).find()) {
                List<Match> drugs = distinct(DrugNames.in(c, u).stream().filter(d -> d.start() > cue.end()).toList());
                for (int i = 0; i < drugs.size(); i++) {
                    Match d = drugs.get(i);
                    String before = u.text().substring(i == 0 ? cue.end() : drugs.get(i - 1).end(), d.start());
                    String after = u.text().substring(d.end(), i + 1 < drugs.size() ? drugs.get(i + 1).start()
                            : u.text().length());
                    add(out, u, d, DOSE_BEFORE.matcher(before), after);
                }
            } else if (TAKE_NOW.matcher(u.text()).find() && ONCE.matcher(turnText(c, u)).find()) {
                List<Match> drugs = named(c, u);
                List<Utterance> turn = c.dialogue.ofTurn(u.turn());
                for (int i = turn.indexOf(u) - 1; drugs.isEmpty() && i >= 0; i--) {
                    drugs = named(c, turn.get(i)); // "…a pill called ulipristal. I'll give you one here"
                }
                Matcher take = TAKE_NOW.matcher(u.text());
                take.find();
                Matcher dose = DOSE_AFTER.matcher(u.text());
                int last = -1;
                for (int at = take.end(); dose.find(at); at = dose.end()) {
                    last = dose.start(); // "1 tablet, 15 — no, sorry, 30 mg": the last dose said
                }
                if (drugs.size() == 1 && last >= 0) {
                    add(out, u, drugs.get(0), DOSE_AFTER.matcher(u.text()).region(last, u.text().length()),
                            u.text());
                }
            }
        }
        return out;
    }

    /** The drugs a sentence names, but not one it compares with ("…works better than Plan B"). */
    private static List<Match> named(Context c, Utterance u) {
        return distinct(DrugNames.in(c, u).stream()
                .filter(d -> !COMPARED.matcher(u.text().substring(0, d.start())).find()).toList());
    }

    private static String turnText(Context c, Utterance u) {
        return String.join(" ", c.dialogue.ofTurn(u.turn()).stream().map(Utterance::text).toList());
    }

    private static void add(List<Mention> out, Utterance u, Match d, Matcher dose, String after) {
        if (!dose.find()) {
            Matcher next = DOSE_AFTER.matcher(after);
            if (!next.find() || next.start() > 20) {
                return;
            }
            dose = next;
        }
        String amount = dose.group(1).matches("(?i)a|one") ? "1" : dose.group(1);
        String unit = Quantities.unit(dose.group(2));
        Matcher r = ROUTE.matcher(after);
        String route = !r.find() ? null : r.group(1) != null ? "IV" : r.group(2) != null ? "IM"
                : r.group(3) != null ? "by mouth" : "to the " + r.group(4).toLowerCase(Locale.ROOT) + " nostril";
        String drug = d.term() == null ? d.surface().toLowerCase(Locale.ROOT) : d.term().canonical();
        out.add(new Mention(drug, d.surface().toLowerCase(Locale.ROOT), d.term(), amount + " " + unit, route,
                null, null, "given", true, u, -1, null));
    }
}
