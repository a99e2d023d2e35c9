package org.scribeonfhir.drafting.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** An exam sentence cut into its findings: one per clause, a new one wherever a part names another body system. */
final class ExamClauses {

    private static final Pattern CLAUSES = Pattern.compile("(?i);\\s*|,\\s+and (?=(?:your|the|there|i|his|her|"
            + "he|she|on|in|you're|you are)\\b)|,\\s+but (?=(?:your|the|there|i|his|her|he|she)\\b)|"
            + ",\\s+(?=(?:there's|there is|"
            + "there are|i (?:see|hear|feel|note|notice|appreciate)|you have|your|on (?:your|the))\\b)|(?<=\\w)\\s+"
            + "(?=on (?:your |the )?[a-z]+ exam(?:ination)?\\b)");
    /** Findings that say where they start in a run-on dictation: "…good pulses in the foot no open skin". */
    private static final String MARKED = "good pulses\\b|no (?:open|broken) skin\\b";
    /** Where the next "X is/are …" finding starts in a dictation without punctuation. */
    private static final Pattern FINDING_START = Pattern.compile("(?i)(?<!\\b(?:is|are|was|were|and|the|a|no|of|with|"
            + "without|in|on|at|to|cranial|heel|toe|tendon|deep|your|his|her|left|right|both))\\s+(?=(?:and )?"
            + "(?:the |your |his |her )?(?:(?:left|right|both) )?(?:cranial nerves|heel (?:and |to )?toe walking|"
            + "deep tendon reflexes|range of motion|[a-z]+) (?:is|are) |"
            + "(?:the )?rest of (?:the "
            + "|your )?[a-z]+ (?:looks?|feels?|is|are) |" + MARKED + "|"
            // "…the upper lip your tongue looks normal… and i don't hear any stridor you've got raised hives…"
            + "(?:the |your )(?:[a-z]+ of (?:the|your) )?[a-z]+ (?:looks?|sounds?|feels?) |"
            + "(?:and )?i (?:don't|do not|can't|cannot) (?:hear|see|feel) |you've got )");

    /** "lungs are clear": a finding whose subject is the body part examined. */
    private static final Pattern NAMED_PART = Pattern.compile("(?i)(?:and )?(?:the |your |his |her )?"
            + ExamRegister.PART + " (?:is|are) ");
    /** "…good pulses in the foot", "…the rest of the foot looks fine": a finding that says it starts. */
    private static final Pattern SELF_START = Pattern.compile("(?i)(?:" + MARKED + "|(?:the )?rest of\\b)");
    /** How a finding said before the next part ends: "…regular no murmurs | lungs are clear". */
    private static final Pattern FINISHED = Pattern.compile("(?i).*\\b(?:regular|irregular|clear|normal|soft|murmurs?|"
            + "rubs?|gallops?|tender|nontender|intact|bilaterally|symmetric|distended|wheezes|wheezing|crackles|rales|"
            + "rhonchi|edema|masses|guarding|rebound|fine|good|supple|lymphadenopathy|bases|throughout|reactive|"
            + "equal|okay|ok|swelling|distress|intact|positive|negative|full|cooperative|contact|groomed|directed|"
            + "volume|ideation|delusions|hallucinations|better|degrees|pain|palpation|\\d)\\W*$");

    private ExamClauses() {
    }

    /**
     * "…on room air general well appearing … no thyroid enlargement heart regular rate…", "…passive range full
     * external rotation full…", "…mood better affect mildly constricted…": a system or a test named starts a finding.
     */
    private static final String FUNCTION = "the|your|his|her|of|in|on|to|and|with|over|at|a|no|both|my|into|from|"
            + "toward|towards|behind|under|an|some|any";
    private static final Pattern SYSTEM_NAMED = Pattern.compile("(?i)(?<!\\b(?:" + FUNCTION + "|low|lower|upper|mid|"
            // "dry, scaly skin over the backs of both hands": the skin described, no new finding
            + "middle|open|broken|scaly|flaky|cracked|thickened|rough|clammy|shiny|"
            + "healthy|surrounding|overlying))(?<!\\ban? (?:positive|negative|normal|"
            + "abnormal))\\s+(?=(?:general(?:ly)?|"
            + "neck|heart|lungs?|abdomen|belly|extremities|skin|neuro(?:logical(?:ly)?)?|heent|eyes|ears|throat|"
            + "psych|mental status|appearance|behaviou?r|speech|mood|affect|thought (?:process|content)|perception|"
            + "insight|cognition|gait|strength|power|reflexes|sensation|straight leg raise|hawkins|neer|empty can|back|"
            + "spine|cranial nerves|capillary refill|romberg|temporal arter(?:y|ies)|carotids?)\\b)"
            // "…no edema pulses 2 plus", not "good pulses in the feet"
            + "|(?<!\\b(?:" + FUNCTION + "|good|weak|strong|bounding|palpable|diminished|poor|fair|equal|distal|pedal|"
            + "radial|peripheral))\\s+(?=(?:(?:pedal|peripheral|distal|radial|foot|dorsalis pedis) )?pulses\\b)"
            // a movement tested: "…painful arc between 70 and 120 passive range full", not "great toe extension"
            + "|(?<!\\b(?:" + FUNCTION + "|great|big|toe|ankle|hip|knee|wrist|elbow|finger|thumb|shoulder|neck|trunk|"
            + "lumbar|cervical|resisted|internal|external|active|passive|full|limited|painful|plantar|dorsi|"
            + "decreased|reduced|normal|good|restricted|reasonable|excellent|fair|poor))\\s+"
            + "(?=(?:active|passive|external rotation|internal rotation|flexion|extension|range of motion)\\b)");

    /** "…the size of my hand it's warm it's tender it's a bit swollen no blisters no pus": each said on its own. */
    private static final Pattern RUN_ON = Pattern.compile("(?i)(?<=[a-z])\\s+(?=it's (?:warm|hot|red|tender|swollen|"
            + "a bit|a little|slightly|very|quite|not)\\b|no [a-z]+ no\\b)");

    private static final Pattern HESITATION = Pattern.compile("(?i)\\s+(?:um|uh|er)\\b");
    private static final Pattern SAID_TWICE = Pattern.compile("(?i)\\b(\\w+) \\1\\b");
    private static final Pattern HANDS = Pattern.compile("(?i)\\s+that i can (?:feel|see)\\b");
    private static final Pattern OWN_DESCRIPTION = Pattern.compile("(?i)it|it's|that|that's|which|and|but|regular|"
            + "irregular");

    /** The qualities said one after another, as one finding: "warm, tender, a bit swollen", "no blisters, no pus". */
    private static List<String> runOn(String clause) {
        List<String> out = new ArrayList<>();
        boolean quality = false;
        // "about um about the size of my hand", "no collection that i can feel": the hesitation and the hands go
        String said = HANDS.matcher(SAID_TWICE.matcher(HESITATION.matcher(clause).replaceAll("")).replaceAll("$1"))
                .replaceAll("");
        for (String p : RUN_ON.split(said)) {
            String q = p.replaceFirst("(?i)^it's ", "");
            boolean next = !q.equals(p) || p.matches("(?i)^no\\b.*");
            // "Right shoulder no wasting no swelling…": the part examined leads its findings
            boolean part = !out.isEmpty() && out.get(out.size() - 1).split("\\s+").length <= 3;
            if (next && (quality || part) && !out.isEmpty()) {
                out.set(out.size() - 1, out.get(out.size() - 1) + ", " + q);
            } else {
                out.add(q);
            }
            quality = next;
        }
        return out;
    }

    /** A long run-on dictation cut at each finding; a short one only where the findings name two body systems. */
    private static String[] findings(String clause) {
        String[] cut = FINDING_START.split(clause);
        int words = clause.split("\\s+").length;
        if (words > 25) {
            return java.util.Arrays.stream(cut).flatMap(p -> java.util.Arrays.stream(SYSTEM_NAMED.split(p)))
                    .flatMap(p -> p.split("\\s+").length > 25 ? runOn(p).stream() : java.util.stream.Stream.of(p))
                    .toArray(String[]::new);
        }
        // a short sentence is cut where a finding is finished and the next part is named ("heart is regular no
        // murmurs | lungs are clear"); one dictated without a pause also where a system or test is named
        boolean telegraphic = words >= 10 && !clause.contains(",");
        List<String> out = new ArrayList<>();
        boolean marked = false;
        for (String piece : cut) {
            for (String p : telegraphic ? SYSTEM_NAMED.split(piece) : new String[] {piece}) {
                boolean self = SELF_START.matcher(p).lookingAt();
                marked |= self;
                if (out.isEmpty() || self || FINISHED.matcher(out.get(out.size() - 1)).matches()
                        && (telegraphic || NAMED_PART.matcher(p).lookingAt())) {
                    out.add(p);
                } else {
                    out.set(out.size() - 1, out.get(out.size() - 1) + " " + p);
                }
            }
        }
        long systems = out.stream().map(p -> BodySystems.of(BodySystems.EXAM, p)).filter(java.util.Objects::nonNull)
                .distinct().count();
        return telegraphic || marked || systems >= 2 ? out.toArray(String[]::new) : new String[] {clause};
    }

    private static final Pattern READING_WORD = Pattern.compile("(?i)(?:[\\d.,/%]+|over|and|is|of|at|on|room|air|"
            + "blood|pressure|bp|pulse|heart|rate|temperature|temp|weight|oxygen|o2|sats?|saturations?|respiratory|"
            + "breathing|resp|pounds|lbs?|kilos?|kilograms?|kg|percent|degrees|bpm|beats|per|minute|mmhg|vitals?|"
            + "signs?|bmi|height)[,.;:]*"); // the word with its punctuation

    /**
     * "Blood pressure 152 over 88 pulse 76 weight 228 pounds right first MTP joint red hot swollen…": the readings
     * dictated first end where the first word that is no reading follows a number; the findings go on from there.
     */
    static List<String> afterReadings(String clause) {
        if (!ExamReader.VITAL.matcher(clause).lookingAt()) {
            return List.of(clause);
        }
        String[] words = clause.split("\\s+");
        boolean number = false;
        for (int i = 0; i < words.length; i++) {
            if (!READING_WORD.matcher(words[i]).matches()) {
                // "pulse 88 it's irregularly irregular": the reading's own description, not the next finding
                if (!number || i < 2 || OWN_DESCRIPTION.matcher(words[i]).matches()) {
                    return List.of(clause);
                }
                return List.of(String.join(" ", java.util.Arrays.copyOfRange(words, 0, i)),
                        String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length)));
            }
            number |= !words[i].isEmpty() && Character.isDigit(words[i].charAt(0));
        }
        return List.of(clause);
    }

    /** "…cracks, fissures, on the right index and middle fingers": where the finding before it is. */
    private static final Pattern PLACE = Pattern.compile("(?i)(?:on|over|at|between|along|across) (?:the|your|his|her|"
            + "both) (?!.*\\b(?:there's|there is|there are|i see|i hear|i feel)\\b)");

    /** The clauses, with one that only says where joined to the finding before it. */
    private static List<String> withPlaces(String[] clauses) {
        List<String> out = new ArrayList<>();
        for (String c : clauses) {
            if (!out.isEmpty() && PLACE.matcher(c).lookingAt() && !ExamReader.FINDING.matcher(c).find()) {
                out.set(out.size() - 1, out.get(out.size() - 1) + ", " + c);
            } else {
                out.add(c);
            }
        }
        return out;
    }

    /** The sentence's clauses, a new one wherever a part names another body system ("lungs clear, heart normal"). */
    static List<String> bySystem(String sentence) {
        List<String> out = new ArrayList<>();
        // a long unpunctuated dictation ("…oriented times 3 speech is clear gait is steady…"): a finding each
        for (String clause : withPlaces(CLAUSES.split(sentence)).stream().flatMap(c -> afterReadings(c).stream())
                .flatMap(c -> java.util.Arrays.stream(findings(c))).toList()) {
            StringBuilder cur = new StringBuilder();
            String system = null;
            for (String part : clause.split(",\\s+")) {
                String own = BodySystems.of(BodySystems.EXAM, part);
                if (cur.length() > 0 && own != null && system != null && !own.equals(system) && !PLACE.matcher(part)
                        .lookingAt()) {
                    out.add(cur.toString());
                    cur.setLength(0);
                    system = null;
                }
                cur.append(cur.length() > 0 ? ", " : "").append(part);
                system = system == null ? own : system;
            }
            if (cur.length() > 0) {
                out.add(cur.toString());
            }
        }
        return out;
    }
}
