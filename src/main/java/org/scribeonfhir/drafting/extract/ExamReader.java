package org.scribeonfhir.drafting.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.speech.ThirdPerson;
import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.ExamFinding;
import org.scribeonfhir.drafting.visit.Pronouns;
import org.scribeonfhir.drafting.visit.Support;

/**
 * Exam findings from the clinician's narration ("on your lung exam I do appreciate some fine crackles at the
 * bases" → "Respiratory: Fine crackles at the bases."), and from exam questions the patient answers ("does
 * that hurt when I bend it?" "yes" → "Pain with flexion of the knee.").
 */
final class ExamReader {

    static final Pattern FINDING = Pattern.compile("(?i)\\b(?:normal|abnormal|clear|tender(?:ness)?|murmurs?|dry|moist|"
            + "tacky|sunken|pale|swelling|swollen|edema|mild|moderate|severe|positive|negative|elevated|decreased|reduced|intact|"
            + "crackles|rales|rhonchi|wheez\\w*|rash|erythema|red|redness|bruis\\w*|effusion|pain|regular|irregular|"
            + "fracture|bulging|distended|distention|soft|firm|warm|cool|symmetric|symmetrical|equal|reactive|supple|"
            + "lymphadenopathy|nodes?|exudates?|blisters?|pus|enlarged|limited|full range|range of motion|strength|"
            + "reflexes|"
            + "sensation|pulses?|rhythm|gallops?|rubs?|jvd|jugular|lesions?|ulcers?|wound|laceration|abrasion|"
            + "deformity|spasm|crepitus|laxity|stable|unstable|sounds|inflamed|inflammation|drainage|discharge|"
            + "fluid|alert|oriented|distress|affect|mood|eye contact|painful|wasting|atrophy|smooth|rubbery|"
            + "nodules?|nodular|masses|mass|plaques?|scaly|scaling|steady|unsteady|antalgic|drift(?:ing|s)?|fluent|"
            + "flexion|"
            + "droop(?:ing|s|y)?|slurred|weak(?:er|ness)?|asymmetr\\w*|lifts? up well|"
            + "extension|foreign bod(?:y|ies)|capillary refill|stridor|retractions?|hoarse|barky|hives|wheals?|marks|"
            + "jaundice|icter\\w*|full sentences|calm|cooperative|linear|goal[- ]directed|ideation|delusions?|"
            + "hallucinations?|insight|judge?ment|groomed|appearing|uncomfortable|gait|\\d+/\\d+|\\d+\\+|"
            // a skin lesion described: "a raised, brown, waxy spot, stuck on, about a centimetre"
            + "raised|waxy|crumbly|stuck on|rough|pink|brown|pigment\\w*|bleeding|neck veins|centimet\\w+|"
            + "millimet\\w+|lumps?|limp(?:ing)?|flushed|shiny|cracks|cracked|cracking|fissures?|fissuring|"
            + "excoriat\\w*|lichenifi\\w*|vesicles?|crust\\w*|weeping)\\b");
    private static final Pattern EPONYM = Pattern.compile("(?i)\\b(neer|hawkins|spurling|mcmurray|lachman|phalen|tinel|"
            + "murphy|romberg|babinski|finkelstein|thompson|homans|kernig|brudzinski|mcburney|rovsing|patrick|faber|"
            + "apley|thessaly|durkan|speed|yergason|o'brien|jobe|allen)(?='?s? (?:test|sign|maneuver|point))");
    private static final Pattern INSTRUCTION = Pattern.compile("(?i)^(?:(?:can you|could you|go ahead and|i want you to|"
            + "i'm going to have you|let me have you|please)\\s+)?(?:take (?:a )?deep breaths?|breathe|cough|"
            + "look (?:up|down|at|straight)|follow my finger|squeeze|push|pull|kick|lie (?:back|down)|sit up|"
            + "stand up|hop up|open (?:your|wide)|say ah|say|relax|bend|turn|lift|raise|walk|hold|shirt off|gown on)\\b");
    private static final Pattern META = Pattern.compile("(?i)\\b(?:let me|i'm going to|i am going to|i'll|we'll|"
            + "let's|going to (?:take|have|do|check|listen|look|examine))\\b(?!.*\\b(?:hear|see|feel|notice|find|"
            + "appreciate)\\b)");
    private static final Pattern LEAD = Pattern.compile("(?i)^(?:(?:on|in) (?:your |the |my )?(?:physical )?"
            + "(?:exam(?:ination)?|evaluation)(?: of (?:your|the) [a-z ]+?)?,?\\s*|on (?:your |the )?([a-z ]+?) "
            + "exam(?:ination)?,?\\s*|(?:when|as) i (?:listen(?:ed)? to|look(?:ed)? (?:at|in)|press(?:ed)? (?:on)?|"
            + "feel|felt|examine[d]?|palpate[d]?|move[d]?|check(?:ed)?) (?:your |the )?([a-z ]+?),\\s*|"
            + "looking (?:at|in) (?:your |the )?([a-z ]+?),\\s*|examination of (?:your |the )?([a-z ]+?) (?:shows|"
            + "reveals),?\\s*)");
    private static final Pattern SEEN = Pattern.compile("(?i)^(?:i (?:do |can )?(?:hear|see|notice|appreciate|feel|note|"
            + "find)|there (?:is|'s|are)|there's|it (?:looks|sounds|feels) like(?: there's| there is| you have)?|"
            + "you (?:do |also )?have|you've got|you got|i'm (?:seeing|hearing|noticing))\\s+");
    private static final Pattern NOT_SEEN = Pattern.compile("(?i)^i (?:do not|don't|did not|didn't|can't|cannot) "
            + "(?:hear|see|notice|appreciate|feel|find|detect)\\s+(?:any |an? )?");
    private static final Pattern YOUR_X_IS = Pattern.compile("(?i)^(?:your|the) ([a-z ]{2,30}?) (?:sounds?|looks?|"
            + "feels?|seems?|appears?) (?:to be )?");

    /** Findings said in one breath ("crackles at the bases, and your legs have 1+ edema") are lines of their own. */
    private static final Pattern EXAM_OF = Pattern.compile("(?i)\\b(?:on|in) (?:your |the |my )?(heart|cardiac|lung|"
            + "pulmonary|chest|abdominal|abdomen|belly|neuro(?:logical)?|skin|back|spine|knee|shoulder|hip|ankle|"
            + "wrist|elbow|hand|foot|neck|ear|eye|throat|nasal|nose|facial|face|head|mouth|oral|mental status) "
            + "(?:exam(?:ination)?|evaluation)\\b");
    private static final Pattern NORMAL = Pattern.compile("(?i)\\b(?:looks?|looked|sounds?|seems?|are|is|were|was)"
            + " (?:really |pretty |very |quite |all )?(?:good|great|fine|okay|ok|perfect|healthy|unremarkable)\\b"
            // "there are fine crackles at both bases", "a fine tremor": what is fine is a finding, not normal
            + "(?!\\s+(?:crackles|crepitations|creps|tremors?|rash|rales|wheezes?|papules|vesicles|scales?|scaling|"
            + "lines|dots|hairs?|bumps?|spots?|rhonchi|pulses?|murmurs?|nodules?)\\b)");
    static final Pattern VITAL = Pattern.compile("(?i)\\b(?:vital signs|vitals|blood pressure|heart rate|"
            + "oxygen(?:ation)?|pulse|temperature|breathing rate|respiratory rate|weight)\\b");

    private static final Pattern MSK_PART = Pattern.compile("(?i)\\b(?:knee|shoulder|hip|ankle|elbow|wrist|back|"
            + "spine|joint|finger|hand|foot|feet|leg|arm|extremit\\w*|muscle|tendon|ligament|meniscus|range of "
            + "motion|strength|toe|thumb|neck|tendons|ligaments|muscles|flexion|extension)\\b");

    private static final Pattern JOINT_SWELLING = Pattern.compile("(?i)^(?!.*\\b(?:heart|murmur|rhythm|legs?|"
            + "extremit\\w*|ankles?|feet|pedal)\\b).*\\b(?:edema|swelling|swollen)\\b.*\\b(?:knee|shoulder|hip|elbow|"
            + "wrist|finger|hand|thumb)s?\\b");

    private ExamReader() {
    }

    /** "I'm going to bend and rotate, McMurray test is positive": the parts that narrate the exam are dropped. */
    static String withoutNarration(String sentence) {
        StringBuilder kept = new StringBuilder();
        for (String part : sentence.split(",\\s+")) {
            String lead = Phrasing.lead(part);
            boolean narration = INSTRUCTION.matcher(lead).find() || META.matcher(lead).find()
                    && !FINDING.matcher(lead.replaceAll("(?i)\\b(?:exam|normal|take a look)\\b", "")).find();
            if (!narration && !lead.isBlank()) {
                kept.append(kept.length() > 0 ? ", " : "").append(part.strip());
            }
        }
        return kept.toString();
    }

    /** The body system an "on your lung exam" lead names, or null. */
    static String leadSystem(String text) {
        Matcher m = EXAM_OF.matcher(text);
        if (!m.find()) {
            return null;
        }
        String w = m.group(1).toLowerCase(Locale.ROOT);
        return switch (w) {
            case "heart", "cardiac" -> "Cardiovascular";
            case "lung", "pulmonary", "chest" -> "Respiratory";
            case "abdominal", "abdomen", "belly" -> "Gastrointestinal";
            case "skin" -> "Integumentary";
            case "neck" -> "Neck";
            case "ear", "throat", "nasal", "nose", "mouth", "oral" -> "Ears, Nose, Mouth and Throat";
            case "facial", "face", "head" -> "Head and Face";
            case "eye" -> "Eyes";
            case "mental status" -> "Psychiatric";
            default -> w.startsWith("neuro") ? "Neurological" : "Musculoskeletal";
        };
    }

    static List<ExamFinding> read(Context c, Pronouns p) {
        List<ExamFinding> out = new ArrayList<>();
        Maneuvers maneuvers = new Maneuvers();
        String part = null;
        int partTurn = -1;
        for (Utterance u : c.utterances()) {
            if (!u.clinician() || c.part(u) != Part.EXAM) {
                continue;
            }
            if (u.question()) {
                ExamAnswers.asked(c, u, out);
                continue;
            }
            String lead = leadSystem(u.text());
            String text = ExamSentence.named(u.text(), partTurn == u.turn() ? part : null);
            String named = ExamSentence.partNamed(u.text());
            if (named != null) {
                part = named;
                partTurn = u.turn();
            }
            for (String clause : ExamClauses.bySystem(ExamSentence.prepared(text))) {
                String phrase = phrase(clause, p);
                if (phrase == null) {
                    maneuvers.heard(clause, u.turn());
                    continue;
                }
                phrase = maneuvers.named(phrase, clause, u.turn(), MSK_PART.matcher(phrase).find());
                String own = leadSystem(clause);
                String system = own != null ? own : BodySystems.of(BodySystems.EXAM, phrase) != null
                        ? system(c, phrase, clause) : lead != null ? lead : system(c, phrase, u.text());
                system = system == null ? Maneuvers.system(phrase) : system;
                // "Neer test is positive" names no body part: it belongs with the findings said just before
                if (system == null && !out.isEmpty()
                        && u.turn() - out.get(out.size() - 1).support().turns().get(0) <= 2) {
                    system = out.get(out.size() - 1).system();
                }
                // "Belly is soft. Slightly tender all over to palpation.": tenderness of the part just examined
                if ("Musculoskeletal".equals(system) && !out.isEmpty() && !MSK_PART.matcher(phrase).find()
                        && out.get(out.size() - 1).support().turns().contains(u.turn())) {
                    system = out.get(out.size() - 1).system();
                }
                // "edema and erythema of the right knee": a joint's swelling, not the heart's
                if ("Cardiovascular".equals(system) && JOINT_SWELLING.matcher(phrase).find()) {
                    system = "Musculoskeletal";
                }
                if ("Vitals".equals(system) && phrase.matches("(?s).*\\d.*") || readingsOnly(phrase)) {
                    continue; // the measurements list every vital read out, with its unit
                }
                if (system != null) {
                    out.add(new ExamFinding(system, phrase, Support.of(0.8 * Math.max(0.5, c.relevance(u)),
                            u.turn())));
                }
            }
        }
        return ExamAnswers.settled(out);
    }

    /** "So 132 over 84, pulse 78.": readings said back, which the vitals list with their units. */
    private static boolean readingsOnly(String phrase) {
        return VITAL.matcher(phrase).find() && phrase.matches("(?s).*\\d.*") && phrase.replaceAll("(?i)\\b(?:so|and|"
                + "over|pulse|blood pressure|heart rate|temperature|temp|oxygen|sats|percent|bpm|is|was|of|your|the|"
                + "rate|respiratory|breathing|weight|at|about|regular)\\b|[\\d.,%/\\s]+", "").isBlank();
    }

    /** The finding a sentence narrates, as a note phrase; null for instructions and narration of the visit. */
    static String phrase(String sentence, Pronouns p) {
        // "so we'll say you have some mild tenderness…": the clinician dictating the finding
        String dictated = sentence.replaceFirst("(?i)^\\W*(?:(?:so|okay|and)\\W+)?(?:we'll|i'll|let's|we will|i will) "
                + "(?:say|note|document|put down|call it)(?: that)?\\s+", "")
                .replaceAll("(?i)\\bi(?:'d| would) say,?\\s*", ""); // "enlarged, I'd say moderately": a hedge
        String kept = withoutNarration(ExamVoice.of(dictated));
        if (kept.isBlank() || Phrasing.lead(kept).toLowerCase(Locale.ROOT).matches("(?s)^(?:if|when|once|unless|which|"
                + "that means|what (?:that|this|all (?:of )?that) means|so that|(?:the )?[a-z]+ means|"
                + "as i (?:said|mentioned)|(?:there are )?(?:many|a lot of|several) reasons)\\b.*")
                || kept.toLowerCase(Locale.ROOT).matches("(?s).*\\b(?:i'd|i would|i will|i'll|we'll|we will|i'm going to|"
                + "let's|we're going to|(?:have|need) to (?:think about|rule out|exclude)|worry about|"
                + "worried about)\\b.*")) {
            return null;
        }
        String s = Phrasing.lead(kept).replaceAll("(?i)\\b(pressure|rate|temperature|oxygen|exam|heart|lungs?|"
                + "abdomen|belly|knee|throat|ear)'s\\b", "$1 is");
        s = Phrasing.explanation(s);
        if (VITAL.matcher(s).find() || !s.toLowerCase(Locale.ROOT).matches("(?s).*\\b(?:everything|it|that|all)\\b.*")) {
            s = NORMAL.matcher(s).replaceAll("normal");
        }
        if (INSTRUCTION.matcher(s).find() || META.matcher(s).find() && !FINDING.matcher(s.replaceAll(
                "(?i)\\b(?:exam|normal|take a look)\\b", "")).find() || !FINDING.matcher(s).find()) {
            return null;
        }
        s = Phrasing.hedges(s);
        s = LEAD.matcher(s).replaceFirst("");
        s = Phrasing.lead(s);
        Matcher not = NOT_SEEN.matcher(s);
        if (not.find()) {
            s = "no " + s.substring(not.end());
        }
        s = SEEN.matcher(s).replaceFirst("");
        Matcher your = YOUR_X_IS.matcher(s);
        if (your.find()) {
            s = your.group(1) + " " + s.substring(your.end());
        }
        s = Phrasing.explanation(s);
        s = Phrasing.clinical(s);
        // "…clear discharge open up your mouth and say": the next instruction, run on by the recorder
        // "no cva tenderness on either side good so what do you do for fun": the next question, run on
        s = s.replaceAll("(?i)\\s+(?:good|okay|ok|alright|great|perfect),?\\s+(?:so\\s+)?(?:what|how|do|does|did|are|any|"
                + "tell)\\b.*$", "");
        s = s.replaceAll("(?i)\\s+(?:can you |go ahead and )?(?:open up|open (?:your|the) mouth|open wide|say ah|take a "
                + "deep breath|look (?:up|down|straight ahead)|follow my finger)\\b.*$", "")
                .replaceAll("(?i)^(?:(?:your|the|his|her) )?(?:lungs?|heart|belly|abdomen) (?:you|the patient|he|she) "
                        + "(?:have|has|'ve got) ", "");
        s = s.replaceAll("(?i)\\b(?:some|any)\\s+(?=[a-z])", "").replaceAll("(?i)\\ba (?=\\d)", "");
        // "a little tender all over when I press": the clinician's own hands, in the exam's words
        s = s.replaceAll("(?i)\\s*\\b(?:when|as|where|if) (?:i|the clinician) (?:press|push|palpate|touch)(?:es)?(?: "
                + "(?:on|in|down|here|there|it|that|this))*\\b", " to palpation");
        // "mood you've told me is flat": what the patient said, told in the exam's register
        s = s.replaceAll("(?i)\\b(mood|affect|pain|energy|sleep) (?:that )?you(?:'ve| have)? (?:told me|said|reported|"
                + "report) (?:is|was|as) ", "$1 reported as ").replaceAll("(?i)\\b(mood|affect|pain|energy|sleep) "
                + "(?:that )?you(?:'ve| have)? (?:describe|described) (?:as )?", "$1 described as ");
        s = ThirdPerson.addressed(s, p).replaceAll("(?i)(?:\\b|^)(?:his|her|(?:the )?patient's) (?=(?:(?:left|right) )?"
                + "(?:heart|lungs?|abdomen|"
                + "belly|ears?|eyes?|throat|neck|skin|knees?|back|chest|mouth|lips|tongue|nose|gums|ankles?|legs?|feet|"
                + "face|"
                + "foot|arms?|hands?|(?:\\w+ )?(?:finger|toe)s?|thumb|wrist|elbow|shoulder|hip|lower extremit\\w+|"
                + "blood pressure|heart rate|vital signs|vitals|"
                + "physical exam\\w*))",
                "the ");
        s = s.replaceAll("(?i)^(?:the|a|an|his|her) ", "")
                .replaceAll("(?i),?\\s+so (?:it's|that's|it is|that is|this is) not .*$", "")
                .replaceAll("(?i)\\b(range of motion is full) when (?:the clinician|i) moves? (?:it|them)(?: for (?:him|her|"
                + "them|you))?", "passive $1")
                .replaceAll("(?i)\\b(test|sign|maneuver) is (positive|negative)\\b", "$1 $2")
                .replaceAll("(?i)\\b(\\d) plus (?:out of |/)(5)\\b", "$1+/$2").replaceAll("(?i)\\ba c joint\\b", "AC joint")
                .replaceAll("(?i)^c joint\\b", "AC joint");
        s = EPONYM.matcher(s).replaceAll(e -> Character.toUpperCase(e.group(1).charAt(0)) + e.group(1).substring(1)
                .toLowerCase(Locale.ROOT)).replaceAll("\\bMc(?:m|M)urray\\b", "McMurray").replaceAll("\\bMcburney\\b",
                "McBurney").replaceAll("\\bO'brien\\b", "O'Brien");
        if (s.toLowerCase(Locale.ROOT).matches("(?:everything|it|all|that)(?: else)? (?:is |are |looks? )?normal")) {
            s = VITAL.matcher(sentence).find() ? "vital signs normal" : "normal";
        }
        if (s.split("\\s+").length < 2 || s.split("\\s+").length > 30) {
            return null;
        }
        return Phrasing.finish(ExamRegister.of(s));
    }

    static String system(Context c, String phrase, String sentence) {
        String system = BodySystems.of(BodySystems.EXAM, phrase);
        if (system == null) {
            system = BodySystems.of(BodySystems.EXAM, sentence);
        }
        if (system == null) {
            for (Match m : c.vocabulary.find(Term.Kind.SITE, sentence)) {
                if (!m.term().group().isEmpty()) {
                    return m.term().group();
                }
            }
        }
        return system;
    }
}
