package org.scribeonfhir.drafting.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.Symptom;

/**
 * The side of a local problem the clinician named without one, as a note states it: "that's plantar fasciitis"
 * after "my right heel" is "Right plantar fasciitis"; "moderate arthritis" on the x-ray of a left knee that hurts
 * is "Moderate osteoarthritis of the left knee". Taken only from the patient's own complaint on one side at a site
 * that the problem's name or the turns naming it mention, so a shoulder diagnosis never takes a sore finger's side.
 */
final class ProblemSides {

    private static final Pattern SIDED = Pattern.compile("(?i)\\b(?:left|right|bilateral|both)\\b");
    private static final Pattern LOCAL = Pattern.compile("Musculoskeletal|Ears/Nose/Mouth/Throat|Eyes|Skin");
    /** Names that say what, not where: the site goes after them ("Osteoarthritis of the left knee"). */
    private static final Pattern SITELESS = Pattern.compile("(?i)^(?:[a-z]+ )?(?:osteoarthritis|arthritis|fracture|"
            + "sprain|strain|contusion|cellulitis|abscess|bursitis|tendinopathy|tendinitis|tendonitis|laceration|"
            + "effusion|gout|warts?|bunion|paronychia|abrasion|burn)(?: exacerbation| flare)?$");

    private ProblemSides() {
    }

    /** The block's name with the side (and site) of the complaint it explains, or the name as it was. */
    static String of(Context c, ProblemBlock b, List<Symptom> symptoms) {
        String name = b.name;
        List<Match> condition = c.vocabulary.find(Term.Kind.CONDITION, name);
        if (SIDED.matcher(name).find() || condition.isEmpty()
                || !LOCAL.matcher(condition.get(0).term().group()).matches() || Diagnoses.SYSTEMIC.matcher(name).find()) {
            return name;
        }
        String named = naming(c, b);
        Symptom pick = null;
        String side = null;
        for (Symptom s : symptoms) {
            if (!s.present() || s.site() == null || !SymptomSites.named(name, s.site()) && !SymptomSites.named(named, s.site())) {
                continue;
            }
            String sided = s.laterality() != null && s.laterality().matches("left|right") ? s.laterality()
                    : saidSide(c, s.site());
            if (side != null && sided != null && !side.equals(sided)) {
                return name; // a left and a right complaint at those sites: which one is not for us to guess
            }
            if (pick == null || side == null && sided != null) {
                pick = s;
                side = sided;
            }
        }
        if (pick == null) {
            return SITELESS.matcher(name).matches() ? seenAt(c, name, named) : name;
        }
        String site = SymptomSites.singular(pick.site().toLowerCase(Locale.ROOT));
        if (SITELESS.matcher(name).matches() && !SymptomSites.named(name, site)) {
            b.support = b.support.and(pick.support());
            return name + " of the " + (side == null ? "" : side + " ") + site;
        }
        if (side == null) {
            return name;
        }
        b.support = b.support.and(pick.support());
        return Character.toUpperCase(side.charAt(0)) + side.substring(1) + " "
                + Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static final Pattern SEEN_AT = Pattern.compile("(?i)\\b(?:on|of|over|to|in) (?:the |your |his |her )?"
            + "(?:[a-z]+ (?:side|aspect|surface) of (?:the |your |his |her )?)?(left|right) ((?:index |middle |ring |"
            + "little |big |great )?[a-z]+)\\b");

    /**
     * "There's a laceration on the palm side of the left index finger" with no complaint of it: the site the
     * clinician saw it at, so the problem reads "Laceration of the left index finger".
     */
    private static String seenAt(Context c, String name, String named) {
        var m = SEEN_AT.matcher(named);
        int at = named.toLowerCase(Locale.ROOT).indexOf(name.toLowerCase(Locale.ROOT));
        if (at < 0 || !m.find(at) || m.start() - at > 40
                || c.vocabulary.find(Term.Kind.SITE, m.group(2)).isEmpty()) {
            return name;
        }
        return name + " of the " + m.group(1).toLowerCase(Locale.ROOT) + " " + m.group(2).toLowerCase(Locale.ROOT);
    }

    /** "Yeah, the right knee.", "Right wrist: there's swelling…": the one side the visit gives that site, or null. */
    private static String saidSide(Context c, String site) {
        Pattern sided = Pattern.compile("(?i)\\b(left|right) " + Pattern.quote(SymptomSites.singular(site.toLowerCase(Locale.ROOT)))
                + "(?:s|es)?\\b");
        String side = null;
        for (Utterance u : c.utterances()) {
            if (u.question() || SymptomMemory.PAST_SIDE.matcher(u.text()).find()) {
                continue; // "I broke my left wrist when I was twelve": that wrist is not this one
            }
            var m = sided.matcher(u.text());
            while (m.find()) {
                String s = m.group(1).toLowerCase(Locale.ROOT);
                if (side != null && !side.equals(s)) {
                    return null;
                }
                side = s;
            }
        }
        return side;
    }

    /** What the clinician said in the turns the problem rests on and the two turns before ("tender at the heel"). */
    private static String naming(Context c, ProblemBlock b) {
        StringBuilder out = new StringBuilder();
        java.util.Set<Integer> turns = new java.util.TreeSet<>(b.support.turns());
        int first = b.support.firstTurn();
        if (first != Integer.MAX_VALUE) {
            turns.add(first - 1);
            turns.add(first - 2);
        }
        for (int turn : turns) {
            for (Utterance u : c.dialogue.ofTurn(turn)) {
                if (u.clinician()) {
                    out.append(u.text()).append(' ');
                }
            }
        }
        return out.toString();
    }
}
