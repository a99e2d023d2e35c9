package org.scribeonfhir.drafting.extract;

import static org.scribeonfhir.drafting.extract.DiagnosisCues.ASSESSING;
import static org.scribeonfhir.drafting.extract.DiagnosisCues.DIAGNOSIS_LEAD;
import static org.scribeonfhir.drafting.extract.DiagnosisCues.HYPOTHETICAL;
import static org.scribeonfhir.drafting.extract.DiagnosisCues.IMPRESSION;
import static org.scribeonfhir.drafting.extract.DiagnosisCues.MODIFIER;
import static org.scribeonfhir.drafting.extract.DiagnosisCues.POSSIBLE_AFTER;
import static org.scribeonfhir.drafting.extract.DiagnosisCues.QUALIFIERS;
import static org.scribeonfhir.drafting.extract.DiagnosisCues.STATED;
import static org.scribeonfhir.drafting.extract.DiagnosisCues.TEST_FOR;
import static org.scribeonfhir.drafting.extract.DiagnosisCues.UNSURE;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.Presence;

/**
 * The diagnoses a clinician states ("that's an ear infection", "this looks like a viral gastroenteritis"): a condition
 * of the vocabulary said with a diagnostic verb, for the patient, not negated, not hypothetical ("to rule out…").
 */
final class Diagnoses {

    record Diagnosis(String name, String certainty, int start) {
    }

    private Diagnoses() {
    }

    /**
     * "So this is an asthma flare, …", "Bipolar one disorder, stable.": a statement of the clinician's
     * assessment, which belongs to the assessment even when the exam was being narrated just before.
     */
    static boolean assesses(Context c, Utterance u) {
        if (!u.clinician() || u.question()) {
            return false;
        }
        String text = u.text();
        List<Diagnosis> stated = in(c, u, text);
        for (Match m : stated.isEmpty() ? List.<Match>of() : c.vocabulary.find(Term.Kind.CONDITION, text)) {
            String before = QUALIFIERS.matcher(text.substring(0, m.start())).replaceFirst("");
            if ((ASSESSING.matcher(before).find() || WorkingImpression.said(before) || opens(text, m)
                    || siteIs(c, before) || DiagnosisCues.inRange(text, before, m)) && stated.stream()
                    .anyMatch(d -> d.start() == m.start())) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern WEIGHED = Pattern.compile("(?i)\\b(?:but|although|though|rule|ruling|exclude|"
            + "not|unlikely|worry|worried|concern|if|unless)\\b");
    private static final Pattern OPTION = Pattern.compile("(?i)\\b(?:options?|alternatives?)\\b(?! (?:in|during)\\b)");

    private static final Pattern SITE_IS = Pattern.compile("(?i)(?:^|\\b)(?:the|your|his|her) ([a-z]+(?: [a-z]+)?) "
            + "(?:is|are)(?: (?:most likely|probably|likely|definitely|clearly|almost certainly|certainly))?\\s*$");

    /** "The knee is osteoarthritis", "the rash is eczema": a site or a complaint said to be the condition. */
    private static boolean siteIs(Context c, String before) {
        Matcher m = SITE_IS.matcher(before);
        return m.find() && (c.vocabulary.lookup(Term.Kind.SITE, m.group(1)) != null
                || c.vocabulary.lookup(Term.Kind.SYMPTOM, m.group(1)) != null);
    }

    static List<Diagnosis> in(Context c, Utterance u, String text) {
        List<Diagnosis> out = new ArrayList<>();
        // the text may be the rest of the sentence after the plan's lead: whose is read in the whole sentence
        int shift = Math.max(0, u.text().lastIndexOf(text));
        List<Match> named = c.vocabulary.find(Term.Kind.CONDITION, text);
        for (Match m : named) {
            // "a bit of a viral thing, a stomach bug, viral gastroenteritis": the virus named, then which one
            // "…a viral illness, but the thing we have to rule out is meningitis": the virus stays the diagnosis
            if (m.term().canonical().equals("viral syndrome") && named.stream().anyMatch(x -> x.start() > m.end()
                    && x.start() - m.end() < 60 && !x.term().canonical().equals("viral syndrome")
                    && !WEIGHED.matcher(text.substring(m.end(), x.start())).find())) {
                continue;
            }
            if (m.term().canonical().equals("drug allergy") || m.term().canonical().equals("food allergy") && text
                    .matches("(?is).*\\b(?:note|record|chart|file|card|form|label|says)\\b.*")) {
                continue; // allergies are the allergy list's, not a problem; an old note's "shellfish allergy" neither
            }
            if (m.term().canonical().equals("viral syndrome") && text.substring(m.end()).matches("(?is)^\\s*(?:that|"
                    + "which|of|in) .*")) {
                continue; // "it's a virus that makes the windpipe swell": what croup is, not a second problem
            }
            if (m.term().canonical().equals("viral syndrome") && text.substring(0, m.start())
                    .matches("(?is).*\\bcaused by (?:an? |the )?$")) {
                continue; // "gastroenteritis, which is usually caused by a virus": what causes the first
            }
            if (DiagnosisCues.othersGet(text.substring(0, m.start()))
                    || DiagnosisCues.namesRelativesCondition(c, u, m.start(), m.end())) {
                continue; // "Some people do get nerve pain that hangs on — postherpetic neuralgia": a risk told
            }
            String before = Negation.clause(text.substring(0, m.start()));
            // "…this isn't bipolar … what you have is major depressive disorder": the lead says it, whatever came first
            Matcher lead = DIAGNOSIS_LEAD.matcher(before);
            before = lead.find() ? before.substring(lead.start()) : before;
            // "one of the better-studied options in pregnancy": the setting of a treatment, not a diagnosis
            // "my impression: your diabetes isn't controlled": the clause after the colon is what was stated
            boolean headed = IMPRESSION.matcher(text.substring(0, m.start())).find();
            boolean worried = WorkingImpression.actedOn(c, u, text, m.start(), m.end());
            if (!worried && (HYPOTHETICAL.matcher(before).find() || !STATED.matcher(before).find() && !opens(text, m)
                    && !headed && !restated(c, u, text, m))
                    || before.matches("(?is).*\\b(?:options?|safe|safest|studied|used|allowed|fine)(?: to (?:take|use))? "
                    + "(?:in|during)(?: early| late)?\\s*$")
                    // "a blood count for anaemia", "a swab to check for strep": what a test looks for
                    || TEST_FOR.matcher(before).find()
                    // "please don't take Lemsip as well, you could overdose": a risk, said as a verb
                    || before.matches("(?is).*\\b(?:you|he|she|they|we)\\s+(?:could|might|may|can)(?:\\s+\\w+ly)?\\s*$")
                    || m.term().canonical().contains("overdose") && before.matches("(?is).*\\b(?:would|could|might)\\b.*")
                    || before.matches("(?is).*\\b(?:is|are) called (?:an? )?$") && !before.matches("(?is).*\\bth(?:is|at) "
                    + "(?:\\w+ )?(?:patch|rash|lump|spot|lesion) is called\\s*$") // "A clot in the lung is called a PE"
                    // "you can get a rash like that from a tick bite": how one gets it, not what this patient has
                    || before.matches("(?is).*\\bcan (?:get|catch|have)\\b.*\\bfrom (?:an? |the )?$")
                    // "it can cause yeast infections", "can be a warning sign for mouth cancer": a risk explained
                    || before.matches("(?is).*\\b(?:can|may|might|could|will|would)\\b[^.;]{0,40}?\\b(?:cause|give you|"
                    + "lead to|bring on|trigger|increase (?:the|your) risk of|be a (?:warning )?sign (?:for|of))\\b[^.;]*$")
                    // "a missed fracture can fail to heal": what such a condition may do, said of none in particular
                    || before.matches("(?is).*\\b(?:an?|any)\\s+(?:[a-z]+\\s+)?$") && text.substring(m.end())
                    .matches("(?is)^\\s*(?:can|may|might|could|will|would|often|usually|tends?)\\b.*")
                    // "this is constipation, probably set off by the tummy bug": what started it, over now
                    || before.matches("(?is).*\\b(?:set off|triggered|brought on|started|kicked off) by (?:an? |the |"
                    + "that |his |her |your )?$")
                    // "a urine pregnancy test", "for the pregnancy planning": what is checked or planned for
                    || text.substring(m.end()).matches("(?is)^\\s*(?:screening|screen|risk|prevention|protection|"
                    + "prophylaxis|tests?|testing|planning|kits?|virus|surgery|removal|excision|operation|repair|"
                    + "blood tests?|serology|smears?|antibod\\w*|swabs?|" // "a celiac blood test": what it tests for
                    + "bacteri"
                    + "\\w*|germ|vaccine|shots?)\\b.*")
                    // "mono is possible but less likely": a differential weighed, not the diagnosis
                    || text.substring(m.end()).matches("(?is)^\\s*(?:is|are|was|seems?)?\\s*(?:also\\s+)?(?:possible,? "
                    + "but\\s+)?(?:very |highly |extremely |quite |pretty |really )?(?:unlikely|less likely|not likely|"
                    + "doubtful)\\b.*")
                    || RuledOut.setAside(text, m) || text.equals(u.text()) && RuledOut.deniedLater(c, u, m)
                    || text.substring(m.end()).matches("(?is)^\\s*(?:\\w+\\s+){0,2}(?:which|that),? (?:i|we) "
                    + "(?:don't|do not) (?:think|believe|suspect) (?:you|he|she|they) (?:have|has)\\b.*")) {
                continue;
            }
            if (GenericMentions.of(text, m.start(), m.end()) || OPTION.matcher(before).find()) {
                continue; // "the other option longer term is the hormone coil": a treatment offered, no diagnosis
            }
            // "I can't be sure it isn't a melanoma": the "isn't" is the doubt's, not a denial
            if (!worried && Negation.of(text, m.start(), m.end()) == Presence.DENIED
                    || !Attribution.of(u, m.start() + shift).equals(Attribution.PATIENT)) {
                continue;
            }
            String name = name(m, text);
            String limb = m.term().canonical().equals("peptic ulcer disease") && m.surface().matches("(?i)ulcers?")
                    ? limbUlcer(c) : null;
            if (limb != null) {
                if (u.question()) {
                    continue;
                }
                name = "Ulcer of the " + limb; // "this ulcer" in a visit about an ulcer on the foot
            }
            String side = name.matches("(?is).*\\b(?:left|right|bilateral)\\b.*") || !LATERAL.matcher(m.term().group())
                    .matches() || SYSTEMIC.matcher(name).find() ? null : sideInTurn(c, u);
            name = side == null ? name : name + ", " + side;
            // "strep throat is also possible, so…": weighed, not stated
            String certainty = worried || POSSIBLE_AFTER.matcher(text.substring(m.end())).find() ? "possible"
                    : UNSURE.matcher(before).find() || WORKING.matcher(text).find() || AwaitingTest.of(c, m.term().canonical())
                    ? "suspected" : "confirmed";
            out.add(new Diagnosis(name, certainty, m.start()));
        }
        return out;
    }

    /** "…go with a scaphoid fracture, so I'm treating this as a possible fracture until proven otherwise". */
    private static final Pattern WORKING = Pattern.compile("(?i)\\buntil proven otherwise\\b|\\btreat(?:ing)? "
            + "(?:it|this|that) as (?:an? )?(?:possible|presumed|suspected|presumptive)\\b");
    private static final Pattern LATERAL = Pattern.compile("Musculoskeletal|Ears/Nose/Mouth/Throat|Eyes");
    private static final Pattern MEDIAL_LATERAL = Pattern.compile("(?i)\\b(medial|lateral|left|right)\\b");
    /** "…of the right lower lobe", "…of the left middle finger": the side and part said after the condition. */
    private static final Pattern SIDE_AFTER = Pattern.compile("(?i)^\\s*(?:,\\s*)?(?:of|in|on) (?:the |your |his |"
            + "her )?((?:left|right) (?:(?:upper|middle|lower) [a-z]+|(?:index|middle|ring|little|pinky|big|great|"
            + "second|third|fourth|fifth) (?:finger|toe)|[a-z]+))");
    private static final Pattern SIDE_ALONE = Pattern.compile("(?i)^[^.;]{0,24}?\\bon the (left|right)(?: side)?\\s*"
            + "(?:[.,;]|$)");
    private static final Pattern SIDE_BEFORE = Pattern.compile("(?i)\\b(left|right)\\s+(?:\\w+\\s+)?$");
    static final Pattern SYSTEMIC = Pattern.compile("(?i)osteoporosis|fibromyalgia|rheumatoid|polymyalgia|lupus|"
            + "spondyl|hypermobility");

    /** "Right ear: the canal is red and swollen. That's otitis externa.": the one side and site this turn examined. */
    private static String sideInTurn(Context c, Utterance u) {
        String side = null;
        for (Utterance x : c.dialogue.ofTurn(u.turn())) {
            for (Match site : c.vocabulary.find(Term.Kind.SITE, x.text())) {
                Matcher m = SIDE_BEFORE.matcher(x.text().substring(Math.max(0, site.start() - 16), site.start()));
                if (m.find()) {
                    String s = m.group(1).toLowerCase(Locale.ROOT) + " " + site.surface().toLowerCase(Locale.ROOT);
                    if (side != null && !side.equals(s)) {
                        return null;
                    }
                    side = s;
                }
            }
            if (x == u) {
                break;
            }
        }
        return side;
    }

    /** "Bipolar 1 disorder, stable.": the sentence opens with the condition. */
    private static final Pattern CONFIRMS = Pattern.compile("(?i)^\\W*(?:yes|yeah|it is|yes,? it is|it does|it has|"
            + "i'm afraid so|afraid so|that's right|correct)\\W*$");
    private static final Pattern FINITE = Pattern.compile("(?i)\\b(?:is|are|was|were|would|could|can|will|may|might|"
            + "should|needs?|has|have|had|'s|'ll|'d|do|does|did)\\b");

    /**
     * "So, I think this is gout. An acute gout flare in the left big toe.", "Is it broken?" "It is. A non-displaced
     * fracture of the waist of the scaphoid.": a verbless phrase naming the condition right after the clinician named
     * it or said yes says it again, more precisely.
     */
    static boolean restated(Context c, Utterance u, String text, Match m) {
        List<Utterance> turn = c.dialogue.ofTurn(u.turn());
        if (!u.clinician() || u.index() <= 0 || u.index() > turn.size() || !text.equals(u.text())
                || FINITE.matcher(text).find()) {
            return false;
        }
        String before = QUALIFIERS.matcher(Phrasing.lead(text.substring(0, m.start())) + " ").replaceFirst("").strip();
        if (!before.isEmpty()) {
            return false;
        }
        Utterance previous = turn.get(u.index() - 1);
        return CONFIRMS.matcher(previous.text()).matches() || !in(c, previous, previous.text()).isEmpty();
    }

    /** The sentence says again, without a verb, the diagnosis said just before it (see {@link #restated}). */
    static boolean restates(Context c, Utterance u) {
        return c.conditions(u.text()).stream().anyMatch(m -> restated(c, u, u.text(), m));
    }

    private static boolean opens(String text, Match m) {
        String before = Phrasing.lead(text.substring(0, m.start())).toLowerCase(Locale.ROOT).strip();
        return before.matches("(?:your|the|his|her|)") && text.substring(m.end()).matches("(?s)^\\s*(?:,|\\.|:|is |are "
                + "|has |seems |looks |remains |stays ).*");
    }

    /** The condition with the side and acuity said just before it ("right", "acute"), in the note's words. */
    private static String name(Match m, String text) {
        String canonical = m.term().canonical();
        Matcher mod = MODIFIER.matcher(text.substring(Math.max(0, m.start() - 40), m.start()));
        String prefix = "";
        if (mod.find()) {
            for (String w : mod.group(1).toLowerCase(Locale.ROOT).strip().split("\\s+")) {
                prefix += canonical.toLowerCase(Locale.ROOT).matches("(?s).*\\b" + w + "\\b.*") ? "" : w + " ";
            }
        }
        // "a tear of the medial meniscus", "ruptured your left Achilles": the side inside the condition's own words
        Matcher inside = MEDIAL_LATERAL.matcher(m.surface());
        if (inside.find() && !canonical.toLowerCase(Locale.ROOT).contains(inside.group(1).toLowerCase(Locale.ROOT))
                && !prefix.contains(inside.group(1).toLowerCase(Locale.ROOT))) {
            prefix += inside.group(1).toLowerCase(Locale.ROOT) + " ";
        }
        // "tennis elbow, on the right": the side said alone after the condition
        Matcher alone = SIDE_ALONE.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 40)));
        if (!prefix.contains("left") && !prefix.contains("right") && alone.find()) {
            prefix = alone.group(1).toLowerCase(Locale.ROOT) + " " + prefix;
        }
        String side = prefix.contains("left") || prefix.contains("right") ? "" : Attributes.laterality(
                text.substring(m.end(), Math.min(text.length(), m.end() + 30)), 0) == null ? ""
                : sideAfter(text.substring(m.end(), Math.min(text.length(), m.end() + 30)));
        // "an asthma flare", "a flare-up of your heart failure": the condition's exacerbation, not the condition alone
        // (a "heart attack" is no attack of the heart's condition)
        boolean flared = m.surface().matches("(?i).*\\b(?:flare|flare-up|exacerbation|(?<!heart )attack)\\b.*")
                || text.substring(0, m.start()).matches("(?is).*\\b(?:flare-up|flare|exacerbation) of (?:your|the|his|"
                        + "her) $");
        String flare = flared && !canonical.matches("(?i).*\\b(?:flare|exacerbation|attack)\\b.*") ? " exacerbation"
                : "";
        String name = prefix + canonical + flare + side;
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static final Pattern LIMB_ULCER = Pattern.compile("(?i)\\bulcers? (?:on|of|in) (?:your|my|his|her|the) "
            + "((?:right |left )?(?:foot|feet|toes?|heel|ankle|leg|shin|calf))\\b");

    private static String limbUlcer(Context c) {
        for (var t : c.dialogue.turns()) {
            Matcher m = LIMB_ULCER.matcher(t.text());
            if (m.find()) {
                return m.group(1).toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    /** "…of the right ear" → ", right ear"-style suffix: " of the right ear". */
    private static String sideAfter(String after) {
        Matcher m = SIDE_AFTER.matcher(after);
        return m.find() ? ", " + m.group(1).toLowerCase(Locale.ROOT) : "";
    }
}
