package org.scribeonfhir.drafting.extract;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.Allergy;

/**
 * An allergy label the visit disproves: "Paracetamol, you tolerate it, I'll correct that", "you've outgrown it",
 * "I'll note that you've tolerated amoxicillin" (a penicillin), "you've had amoxicillin for two days with no
 * reaction", or the patient's "I had the scan with the dye and I was grand" (of an iodine label). A label kept after
 * that pushes prescribers to worse drugs, so it leaves the list.
 */
final class DisprovedLabels {

    /** "you tolerate it", "you've outgrown it": about the allergen named before it in the sentence. */
    private static final Pattern BACK = Pattern.compile("(?i)\\b(?:(?:you|she|he)(?:'ve| have| has|'s)? (?:tolerated?|"
            + "tolerates|outgrown) (?:it|them|that)|(?:is|are|was|were) tolerated)\\b"); // "So paracetamol is tolerated."
    /** "you've tolerated iodine contrast", "you've had amoxicillin … with no reaction": about the allergen after it. */
    private static final Pattern FORWARD = Pattern.compile("(?i)\\b(?:you|she|he)(?:'ve| have| has|'s)? (?:tolerated|"
            + "tolerates?|outgrown|had|taken|took|ate|eaten|been on)\\b");
    private static final Pattern NO_REACTION = Pattern.compile("(?i)\\b(?:(?:with|and had|and) no (?:reaction|problems?)"
            + "|without (?:a |any )?(?:reaction|problems?|trouble))\\b");

    /** "I had the scan with the dye last year … and I was grand": iodinated contrast tolerated, said by the patient. */
    private static final Pattern DYE = Pattern.compile("(?i)\\b(?:scan|ct|x-ray|angiogram)s? with (?:the )?(?:dye|"
            + "contrast)\\b");
    private static final Pattern FINE = Pattern.compile("(?i)\\b(?:i was|and was|been) (?:fine|grand|okay|ok|"
            + "all right)|\\bno (?:problems?|reaction)\\b|\\bnot a thing\\b");

    /** "I'll take that off the allergy list": the label just read out goes. */
    private static final Pattern TAKEN_OFF = Pattern.compile("(?i)\\b(?:take|taking) (?:that|it|them|those)(?: label)? "
            + "off (?:the |your )?(?:allergy list|allergies|record)\\b|\\bremove (?:that|the) (?:allergy|label)\\b");

    /** "so that label probably isn't right", "he's probably not allergic to penicillin": the clinician's verdict. */
    private static final Pattern WRONG_LABEL = Pattern.compile("(?i)\\b(?:that|the|this|his|her|your) (?:allergy )?"
            + "label (?:probably |likely )?(?:(?:isn't|is not|doesn't|does not) (?:right|correct|hold)|is (?:wrong|"
            + "a mistake|incorrect))"
            + "\\b");
    private static final Pattern NOT_ALLERGIC = Pattern.compile("(?i)\\b(?:probably|likely|definitely|clearly|"
            + "actually|really) not (?:really |truly |actually )?allergic to\\b");
    /** Seafood tolerated disproves a shellfish label. */
    private static final Pattern SHELLFISH = Pattern.compile("(?i)" + AllergyTreatments.SHELLFISH + "|shellfish");

    /** "I'm taking the penicillin allergy off Jasper's chart": the label named and taken off. */
    private static final Pattern NAMED_OFF = Pattern.compile("(?i)\\b(?:take|taking|took|remove|removing|removed) "
            + "(?:the |that |his |her |your )?([\\w-]+) (?:allergy|label) (?:off|from)\\b");

    private static final Pattern NOT_AN_ALLERGY = Pattern.compile("(?i)\\b(?:(?:that's|that is|it's|it is|this is) "
            + "not|(?:it|that|this) (?:doesn't|does not) sound like|(?:it|that|this) (?:isn't|is not)) (?:an? )?"
            + "(?:true |real |proper )?([\\w-]+) allergy\\b");

    private static final Pattern LABEL_TALK = Pattern.compile("(?i)\\b(?:label|card|allerg\\w*)\\b");

    private DisprovedLabels() {
    }

    /** Removes the labels the next three turns disprove: tolerated, outgrown, taken off, or a contrast scan had. */
    static void remove(Context c, List<Allergy> out) {
        out.removeIf(a -> a.substance() != null && !a.support().turns().isEmpty() && disproved(c, a)
                && c.disproved.add(a));
    }

    private static boolean disproved(Context c, Allergy a) {
        int first = a.support().turns().get(0);
        for (Utterance u : c.utterances()) {
            if (u.turn() < first || u.turn() > first + 5) {
                continue;
            }
            if (u.clinician() && (verdict(c, u.text(), a.substance()) || TAKEN_OFF.matcher(u.text()).find()
                    && u.turn() - first <= 4 && namedBefore(c, a.substance(), u, first))) {
                return true; // not "…take that off. Any real allergies?" "Erythromycin.": named after the words
            }
            if (u.turn() > first + 3) {
                continue;
            }
            if (u.clinician() && tolerated(c, u.text()).filter(t -> same(c, a.substance(), t)).isPresent()
                    || u.historySide() && DYE.matcher(u.text()).find() && FINE.matcher(u.text()).find()
                    && same(c, a.substance(), "contrast")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Your notes say you're allergic to penicillin." … "Have you ever had penicillin-type antibiotics?": a drug named
     * only while a label was being disproved, with no dose and no word of taking it, is no medication.
     */
    static boolean onlyInTalk(Context c, List<MedicationMentions.Mention> mentions) {
        return mentions.stream().allMatch(m -> m.dose() == null && m.frequency() == null)
                && c.disproved.stream().anyMatch(a -> mentions.stream().allMatch(m -> (!m.plan() && m.where().turn()
                >= a.support().turns().get(0) - 2 && m.where().turn() <= a.support().turns().get(0) + 6
                || LABEL_TALK.matcher(m.where().text()).find()) // "…the penicillin label should come off"
                && (same(c, a.substance(), m.drug()) || same(c, a.substance(), m.said()))));
    }

    /** Whether the allergen was named from turn {@code first} up to the sentence {@code u}. */
    private static boolean namedBefore(Context c, String substance, Utterance u, int first) {
        return c.utterances().stream().anyMatch(x -> x.turn() >= first && (x.turn() < u.turn() || x.turn() == u.turn()
                && x.index() <= u.index()) && Allergens.of(c, x.text()).stream().anyMatch(s -> same(c, substance, s)
                || same(c, s, substance)));
    }

    /** "That label probably isn't right", "you tolerate prawns", "he's probably not allergic to penicillin". */
    private static boolean verdict(Context c, String text, String label) {
        Matcher off = NAMED_OFF.matcher(text);
        if (off.find() && same(c, label, off.group(1))) {
            return true;
        }
        Matcher notOne = NOT_AN_ALLERGY.matcher(text);
        if (notOne.find() && same(c, label, notOne.group(1))) {
            return true; // "Then that's not a latex allergy", "it doesn't sound like a true penicillin allergy"
        }
        Matcher not = NOT_ALLERGIC.matcher(text);
        if (not.find()) {
            return Allergens.of(c, text.substring(not.end())).stream().findFirst().filter(s -> same(c, label, s))
                    .isPresent();
        }
        return WRONG_LABEL.matcher(text).find()
                && (!text.toLowerCase(Locale.ROOT).contains("tolerate") || tolerated(c, text).filter(t -> same(c,
                label, t)).isPresent());
    }

    /** The substance a sentence says is tolerated, if it says so. */
    private static Optional<String> tolerated(Context c, String text) {
        Matcher back = BACK.matcher(text);
        if (back.find()) {
            String before = text.substring(0, back.start());
            return Allergens.of(c, before).stream().max(Comparator.comparingInt(s -> Allergens.position(c, before, s)));
        }
        Matcher forward = FORWARD.matcher(text);
        while (forward.find()) {
            String rest = text.substring(forward.end());
            String near = rest.length() > 40 ? rest.substring(0, 40) : rest;
            Optional<String> named = Allergens.of(c, near).stream()
                    .min(Comparator.comparingInt(s -> Allergens.position(c, near, s)));
            boolean had = !forward.group().toLowerCase(Locale.ROOT).matches(".*(?:tolerated?|tolerates|outgrown)");
            if (named.isPresent() && (!had || NO_REACTION.matcher(rest).find())) {
                return named;
            }
        }
        return Optional.empty();
    }

    /** The label itself, or its class ("penicillin" and tolerated amoxicillin; "iodine" and iodine contrast). */
    private static boolean same(Context c, String label, String tolerated) {
        String l = label.toLowerCase(Locale.ROOT);
        String t = tolerated.toLowerCase(Locale.ROOT);
        if (l.equals(t) || l.equals("iodine") && t.equals("contrast") || l.equals("contrast") && t.equals("iodine")
                || SHELLFISH.matcher(l).matches() && SHELLFISH.matcher(t).matches()) {
            return true;
        }
        return c.vocabulary.find(Term.Kind.DRUG, tolerated).stream().map(Match::term)
                .anyMatch(term -> term.canonical().equalsIgnoreCase(tolerated)
                        && term.group().toLowerCase(Locale.ROOT).contains(l.replaceAll("s$", "")));
    }
}
