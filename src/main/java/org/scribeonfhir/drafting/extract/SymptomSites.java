package org.scribeonfhir.drafting.extract;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.Presence;

/** Where a symptom is: the body site said with it, a sited complaint under way, and how a note names the pair. */
final class SymptomSites {

    /** Symptoms a note names with their body site ("knee pain", "tingling of the hands"). */
    static final java.util.Set<String> SITED = java.util.Set.of("pain", "swelling", "stiffness", "numbness",
            "tingling", "weakness", "rash", "itching", "bruising", "burning", "redness", "paresthesia", "tremor",
            "cramping", "spasm", "spasms");

    /** Complaints that "it" carries over from the site named a turn before ("my knee… it's swollen"). */
    static final java.util.Set<String> REMEMBERS_SITE = java.util.Set.of("pain", "swelling", "stiffness",
            "numbness", "tingling", "weakness", "cramping");

    private SymptomSites() {
    }

    /**
     * The body site of a symptom: said just before it ("knee pain", "my knee hurts") or just after it with a
     * preposition ("pain in my knee", "tingling in both feet"), never across a comma or an "or".
     */
    /** "About the size of my palm": a body part as a measure or a pointer, not where the complaint is. */
    static boolean asSize(String text, Match site) {
        // "I couldn't put my heel down": what the part could not do, not where the complaint is
        // "point with your finger to where it's swollen": what shows the place, not the place
        return text.substring(0, site.start()).matches("(?is).*\\b(?:size of|(?:point|show|touch|press)\\w*\\b"
                + "[^.?]{0,20}\\bwith) (?:a |an |my |her |his |your |the )?$")
                || PUT_DOWN.matcher(text.substring(0, site.start())).find()
                && text.substring(site.end()).matches("(?is)^\\s+(?:down|on the (?:floor|ground))\\b.*");
    }

    private static final Pattern PUT_DOWN = Pattern.compile("(?i)\\b(?:put|putting|get|getting)\\s+(?:my|his|her|the|"
            + "your)\\s+$");

    /** "any numbness or weakness in your legs?": both in the legs. */
    private static final Pattern SHARED = Pattern.compile("(?i)\\s+(?:or|and)\\s+(?:pain|swelling|stiffness|numbness|"
            + "tingling|weakness|pins and needles)\\s+(?:in|of)\\s+(?:your|my|his|her|the|both)?\\s*");

    static Match nearestSite(Context c, String text, Match symptom) {
        return nearestSite(c, text, symptom, true);
    }

    /** @param shared whether "numbness or weakness in your legs" puts the numbness in the legs too */
    private static Match nearestSite(Context c, String text, Match symptom, boolean shared) {
        Match best = null;
        int distance = Integer.MAX_VALUE;
        for (Match s : c.vocabulary.find(Term.Kind.SITE, text)) {
            if (s.end() <= symptom.start()) {
                String gap = text.substring(s.end(), symptom.start());
                if (gap.length() <= 14 && !gap.matches("(?s).*(?:[,;.]|\\bor\\b|\\band\\b).*")
                        && symptom.start() - s.end() < distance) {
                    best = s;
                    distance = symptom.start() - s.end();
                }
            } else if (s.start() >= symptom.end()) {
                String gap = text.substring(symptom.end(), s.start());
                if ((gap.length() <= 28 && gap.matches("(?is)\\s*(?:\\w+\\s+)?(?:in|of|on|around|at|behind|under|"
                        + "over|near|to|into|down)\\b[^,;.]*") && !gap.matches("(?is).*\\bor\\b.*")
                        || shared && SHARED.matcher(gap).matches()) && s.start() - symptom.end() < distance) {
                    best = s;
                    distance = s.start() - symptom.end();
                }
            }
        }
        return best;
    }

    /**
     * The limb a weakness ({@code name}) is in, or null: "my right arm went weak" names it inside the words or beside
     * them; a bare "weak with it" takes the first limb its turn or the question ({@code asked}) talks about ("my right
     * hand went useless").
     */
    static String limb(Context c, Utterance u, Match weak, String name, String text, String asked) {
        if (!name.equals("focal weakness") && !name.equals("generalized weakness")) {
            return null;
        }
        List<Match> in = c.vocabulary.find(Term.Kind.SITE, weak.surface());
        // "weakness or numbness in your face, arms or legs": the limbs the turn names, not the face
        Match near = in.isEmpty() ? nearestSite(c, text, weak, false) : in.get(0);
        if (near == null && name.equals("generalized weakness") && weak.surface().matches("(?i)weak(?:ness)?")) {
            String around = String.join(" ", c.dialogue.ofTurn(u.turn()).stream().map(Utterance::text).toList())
                    + " " + asked;
            return c.vocabulary.find(Term.Kind.SITE, around).stream().map(x -> x.surface().toLowerCase(Locale.ROOT))
                    .filter(x -> x.matches(LIMB)).findFirst().orElse(null);
        }
        String limb = near == null ? "" : near.surface().toLowerCase(Locale.ROOT);
        return limb.matches(LIMB) ? limb : null;
    }

    /** "a dull ache behind the eyes": a headache felt there, not the eye's own pain. */
    static boolean behindTheEyes(String text, Match pain, Match site) {
        return site != null && site.term() != null && site.term().canonical().equals("eye") && site.start() > pain.end()
                && text.substring(pain.end(), site.start()).matches("(?is).*\\bbehind\\b.*")
                && pain.term() != null && pain.term().canonical().equals("pain");
    }

    private static final String LIMB = "(?:arm|leg|hand|foot)s?";

    /** The sited complaint of this kind talked about in the last few turns ("my shoulder… it hurts when…"). */
    static SymptomBuilder underway(Collection<SymptomBuilder> found, String name, int turn) {
        SymptomBuilder best = null;
        for (SymptomBuilder b : found) {
            // "low back pain" is sited by its own name
            boolean sited = b.site != null || name.equals("pain") && b.name.endsWith(" pain");
            if (sited && b.presence == Presence.PRESENT && b.name.endsWith(name)
                    && turn - b.support.turns().get(b.support.turns().size() - 1) <= 8
                    && (best == null || b.support.turns().get(b.support.turns().size() - 1)
                    > best.support.turns().get(best.support.turns().size() - 1))) {
                best = b;
            }
        }
        return best;
    }

    /** The review-of-systems heading of a body site's system (the exam's systems named as the ROS names them). */
    static String rosSystem(String siteSystem, String fallback) {
        return switch (siteSystem) {
            case "Gastrointestinal", "Genitourinary", "Respiratory", "Cardiovascular", "Skin", "Neurological",
                    "Eyes" -> siteSystem;
            case "HEENT" -> "Ears/Nose/Mouth/Throat";
            default -> fallback;
        };
    }

    /** "hands" when the patient said hands. */
    static String plural(String site, String text) {
        String p = site + "s";
        return text.toLowerCase(Locale.ROOT).matches("(?s).*\\b" + java.util.regex.Pattern.quote(p) + "\\b.*") ? p : site;
    }

    /** Whether the text names the site, in the singular or the plural: "fingers" is named by "finger", "knee" by "knees". */
    static boolean named(String text, String site) {
        String one = singular(site.toLowerCase(Locale.ROOT));
        String stem = one.equals("foot") ? "(?:foot|feet)" : one.equals("toe") ? "(?:toe|foot|feet)" : one.equals("tooth")
                ? "(?:tooth|teeth)" : java.util.regex.Pattern.quote(one);
        return java.util.regex.Pattern.compile("(?i)\\b" + stem + "(?:s|es)?\\b").matcher(text).find();
    }

    /** "fingers" → "finger"; "glass" stays. */
    /** The site before a symptom's name: "toe swelling", not "toes swelling". */
    static String adjunct(String site) {
        return site.matches("(?i).*\\b(?:toe|finger|knuckle|hand|leg|ankle|knee|arm|wrist|elbow|hip|shoulder|ear|eye|"
                + "breast|buttock|thigh)s") ? site.substring(0, site.length() - 1) : site;
    }

    static String singular(String site) {
        return site.matches(".*[^s]s") && !site.endsWith("ss") ? site.substring(0, site.length() - 1) : site;
    }

    /**
     * "How can I help?" "It's my back.": the complaint the patient names by its place alone, as that place's pain
     * (only where the lexicon has such a pain).
     */
    static Match namedByPlace(Context c, Utterance u) {
        // the sentence's own shape first: the presenting turn is looked for across the visit
        // "Thanks. It's my right calf.": a courtesy first is not the answer
        boolean first = u.index() == 0 || c.dialogue.ofTurn(u.turn()).subList(0, u.index()).stream()
                .allMatch(x -> x.text().split("\\s+").length <= 2);
        Match place = u.historySide() && first ? LooseSymptoms.byPlace(c.vocabulary, u.text()) : null;
        return place != null && u.turn() == ReasonReader.presentingTurn(c) ? place : null;
    }

    private static final Pattern HEAD = Pattern.compile("(?i)temple|forehead|head|scalp|back of (?:the )?head");

    /** A place of the head, where a pain is the headache's. */
    static boolean ofTheHead(String site) {
        return site != null && HEAD.matcher(site).matches();
    }

    /** As above; a pain whose place is only remembered from "over my right eye" in a headache is the headache's. */
    static boolean ofTheHead(String site, boolean remembered) {
        return ofTheHead(site) || remembered && "eye".equals(site);
    }

    /**
     * "Do you get chest pain?" "… Not really pain.": the bare word means the pain the question named, unless the
     * answer picked another of the question's symptoms ("muscle aches, chest pain?" "body aches … from the pain").
     */
    static Term askedAs(Context c, String context, Term t, Utterance answer) {
        if (context != null && SymptomSites.SITED.contains(t.canonical())) {
            List<Match> asked = LooseSymptoms.find(c.vocabulary, context);
            String reply = String.join(" ", c.dialogue.ofTurn(answer.turn()).stream().map(Utterance::text).toList());
            List<Term> picked = LooseSymptoms.find(c.vocabulary, reply).stream().map(Match::term).filter(x -> x != t)
                    .toList();
            if (asked.stream().anyMatch(q -> picked.contains(q.term()))) {
                return t;
            }
            for (Match q : asked) {
                if (q.term() != t && q.term().canonical().endsWith(" " + t.canonical())) {
                    return q.term();
                }
            }
        }
        return t;
    }

    private static final Pattern LOOSE_WORD = Pattern.compile("(?i)\\b(?!(?:feel|feels|"
            + "felt|does|have|been|bit|little|really|very)\\b)[a-z]{4,}");

    /**
     * "Any neck stiffness?" "It does feel stiff, yes.": an answer's loose words whose term names more than they do
     * ("joint stiffness") are the question's symptom that shares their word; null when none does.
     */
    static Term echoed(Context c, String context, Match m) {
        if (context == null || m.term() == null) {
            return null;
        }
        String surface = m.surface().toLowerCase(Locale.ROOT);
        boolean namesOwn = java.util.Arrays.stream(m.term().canonical().toLowerCase(Locale.ROOT).split(" "))
                .allMatch(w -> surface.contains(w.length() > 5 ? w.substring(0, 5) : w));
        if (namesOwn) {
            return null;
        }
        java.util.regex.Matcher w = LOOSE_WORD.matcher(surface);
        List<Match> asked = null; // the question's symptoms, found once and only when a loose word needs them
        while (w.find()) {
            asked = asked != null ? asked : LooseSymptoms.find(c.vocabulary, context);
            String stem = w.group().length() > 5 ? w.group().substring(0, 5) : w.group();
            for (Match q : asked) {
                if (q.term() != m.term() && java.util.Arrays.stream(q.term().canonical().toLowerCase(Locale.ROOT)
                        .split(" ")).anyMatch(x -> x.startsWith(stem))) {
                    return q.term();
                }
            }
        }
        return null;
    }
}
