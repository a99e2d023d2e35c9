package org.scribeonfhir.drafting.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.Allergy;
import org.scribeonfhir.drafting.visit.Presence;
import org.scribeonfhir.drafting.visit.Support;

/** What an allergen did, in a note's words: "my whole face swelled up" → facial swelling, "threw up" → vomiting. */
final class AllergyReactions {

    private static final Pattern REACTION = Pattern.compile("(?i)\\b(hives|welts|whelps|rash|red spots|spots|swelling|"
            + "swell up|swelled up|swelled|swollen|angioedema|anaphylaxis|itching|itchy|itch|itched|trouble breathing|"
            + "couldn't breathe|"
            + "throat (?:closing|swelling|swells)|throat (?:felt |went |got |was )?tight|"
            + "wheez\\w*|nausea|vomiting|vomit|vomited|throw up|threw up|"
            + "upset stomach|stomach upset|diarrhea|dizziness|swollen lips|lip swelling|blisters|"
            + "skin (?:peeled|peeling)|"
            + "(?:neck|jaw) (?:twisted|locked|went stiff)|constipat\\w*|bunged (?:me |him |her )?(?:right )?up|"
            + "dystoni\\w*|cramps|cough|hallucinat\\w*|confus\\w*|drows\\w*|woozy)\\b");
    /** "my whole face swelled up": the swelling, with where. */
    private static final Pattern PART_SWELLED = Pattern.compile("(?i)\\b(face|lips?|tongue|eyes?|throat)\\b"
            + "[^.,;]{0,12}?\\b(?:swelled|swole|swells?(?: up)?|blew up|puffed up|went puffy|ballooned|came up like)\\b");

    private AllergyReactions() {
    }

    /** Every reaction the sentence names, in order ("my lips swell up and I get hives" → lip swelling, hives). */
    static String of(String text) {
        java.util.List<String> all = new java.util.ArrayList<>();
        Matcher part = PART_SWELLED.matcher(text);
        if (part.find()) {
            String where = part.group(1).toLowerCase(Locale.ROOT);
            all.add(where.equals("face") ? "facial swelling" : where.replaceFirst("s$", "") + " swelling");
        }
        Matcher m = REACTION.matcher(text);
        while (m.find()) {
            // "I had it once for vomiting, and my neck twisted": what the drug was given for is not what it did
            // "No trouble breathing, though": what it did not do
            // "If the cough comes back, … not amoxicillin, because you're allergic": a condition, not what it did
            String r = text.substring(0, m.start()).matches("(?is).*\\b(?:for (?:the |my |his |her |being )?|if (?:the "
                    + "|your |his |her |that )?)$")
                    || Negation.of(text, m.start(), m.end()) != Presence.PRESENT ? null
                    : named(m.group(1).toLowerCase(Locale.ROOT));
            if (r != null && !all.contains(r) && !(r.equals("swelling") && !all.isEmpty()
                    && all.get(0).endsWith("swelling"))) {
                all.add(r);
            }
        }
        return all.isEmpty() ? null : String.join(", ", all);
    }

    private static final Pattern INTOLERANCE = Pattern.compile("(?i)\\b(?:intoleran\\w*|not an allergy|side effect "
            + "rather than an allergy|not tolerated|(?:didn't|did not|couldn't|could not) tolerate)\\b");

    /**
     * What the allergen at {@code at} did, from its own clause up to the next allergen named: "sulfa is an allergy,
     * codeine is an intolerance with vomiting" gives sulfa no reaction and codeine "intolerance: vomiting".
     */
    static String ofOwn(String text, int at, List<Integer> allergens) {
        if (at < 0 || allergens.size() < 2) {
            return of(text);
        }
        int end = text.length();
        for (int o : allergens) {
            end = o > at ? Math.min(end, o) : end;
        }
        // "co-codamol as not tolerated, with constipation": the label's "not" denies no reaction
        String own = INTOLERANCE.matcher(text.substring(at, end)).replaceAll("intolerance");
        // "allergic to penicillin and sulfa, I get hives": a list shares the reaction said after it
        String r = of(own);
        r = r == null && own.trim().split("\\s+").length <= 3 ? of(text.substring(at)) : r;
        return INTOLERANCE.matcher(own).find() ? "intolerance" + (r == null ? "" : ": " + r) : r;
    }

    private static final Pattern ALLERGIC = Pattern.compile("hives|swelling|anaphylaxis|throat|wheez|trouble breath|"
            + "angioedema|rash|itching");

    /**
     * The reaction of an allergen told twice: the first said, unless the later one labels it an intolerance ("it makes
     * him throw up", then "codeine is an intolerance with vomiting") and nothing said before was allergic.
     */
    static String merged(String was, String now) {
        if (was == null || now == null) {
            return was == null ? now : was;
        }
        // "it made me itch and I was spewing" … "a side effect rather than a true allergy": the same reaction relabelled
        boolean label = now.startsWith("intolerance") && (!ALLERGIC.matcher(was).find() || now.contains(was))
                && (!was.startsWith("intolerance") || now.length() > was.length());
        return label ? now : was;
    }

    private static String named(String r) {
        if (r.startsWith("constipat") || r.startsWith("bunged")) {
            return "constipation";
        }
        if (r.startsWith("skin ")) {
            return "skin peeling";
        }
        if (r.matches("throw up|threw up|vomit|vomited")) {
            return "vomiting";
        }
        if (r.matches("(?:neck|jaw) .*|dystoni.*")) {
            return "dystonic reaction";
        }
        return r.matches("swell up|swelled up|swelled|swollen") ? "swelling"
                : r.startsWith("throat s") ? "throat swelling" : r.matches("throat .*tight") ? "throat tightness"
                : r.matches("itchy|itch|itched") ? "itching"
                : r.matches("red spots|spots") ? "rash" : r.matches("welts|whelps") ? "hives"
                : r.startsWith("wheez") ? "wheezing"
                : r.equals("couldn't breathe") ? "trouble breathing" : r.startsWith("hallucinat") ? "hallucinations"
                : r.startsWith("confus") ? "confusion" : r.startsWith("drows") || r.equals("woozy") ? "drowsiness" : r;
    }

    /** "He's allergic to egg. He came out in hives round his mouth.": the reaction told after the allergen. */
    static String after(Context c, Utterance u, String substance) {
        List<Utterance> turn = c.dialogue.ofTurn(u.turn());
        for (int i = turn.indexOf(u) + 1; i > 0 && i < turn.size() && i <= turn.indexOf(u) + 2; i++) {
            String next = turn.get(i).text();
            // "Sulfa. Bactrim. I broke out in hives": the allergen named again by a brand, then what it did
            if (next.split("\\s+").length <= 2 && of(next) == null) {
                continue;
            }
            if (Allergens.of(c, next).stream()
                    .anyMatch(x -> !x.equalsIgnoreCase(substance))) {
                return null; // the next allergy's reaction
            }
            String r = of(turn.get(i).text());
            if (r != null) {
                return r;
            }
        }
        // "…and not amoxicillin, because you're allergic." "Yeah, hives everywhere and my lips blew up.": the reply
        List<Utterance> reply = c.dialogue.ofTurn(u.turn() + 1);
        return u.clinician() && turn.indexOf(u) == turn.size() - 1 && !reply.isEmpty() && reply.get(0).historySide()
                && Allergens.of(c, reply.get(0).text()).isEmpty() ? of(reply.get(0).text()) : null;
    }

    /**
     * "…gave him Keflex… on day four he came out in hives" … "he can't have the Keflex": the reaction of an allergy
     * named without one, told where the visit stopped the drug for it ("the cephalexin was stopped because of hives").
     */
    static Allergy toldElsewhere(Context c, Allergy a) {
        if (a.none() || a.substance() == null || a.reaction() != null) {
            return a;
        }
        for (Utterance u : c.utterances()) {
            String r = BECAUSE_OF.matcher(u.text()).find() && Allergens.of(c, u.text()).contains(a.substance())
                    && !SymptomReader.HYPOTHETICAL.matcher(u.text()).find() ? of(u.text()) : null;
            if (r != null) {
                return new Allergy(a.substance(), r, false, a.support().and(Support.of(0.8, u.turn())));
            }
        }
        return a;
    }

    private static final Pattern BECAUSE_OF = Pattern.compile("(?i)\\b(?:stopped|came off|taken off)\\b[^.;]*"
            + "\\b(?:because of|due to|after (?:he|she|i|you) got)\\b");

    /** "Rash with penicillin, thank you", "Hives with amoxicillin, I'll put that on his file": the record said back. */
    private static final Pattern READ_BACK = Pattern.compile("(?i)^\\W*(?:(?:a|an|the)\\s+)?(?:[a-z]+\\s+){0,2}?"
            + "(?:rash|hives|swelling|vomiting|nausea|anaphylaxis|itching|diarrh(?:o)?ea)\\s+(?:with|from|to|on)\\s+");

    static boolean readBack(Context c, Utterance u) {
        return u.clinician() && READ_BACK.matcher(u.text()).find()
                && !c.vocabulary.find(org.scribeonfhir.drafting.lexicon.Term.Kind.DRUG, u.text()).isEmpty();
    }
}
