package org.scribeonfhir.drafting.extract;

import java.util.regex.Pattern;

/** Turns spoken clauses into note phrases: no lead-ins, hedges, fillers or explanations for the patient. */
public final class Phrasing {

    private static final Pattern LEAD = Pattern.compile("(?i)^(?:(?:so|okay|ok|alright|all right|and|now|well|um|uh|"
            + "yeah|yes|(?:great|good|perfect)(?! (?:pulses|sensation|strength|range|reflexes|air ?entry|capillary|"
            + "colou?r|movements?|tone|bowel sounds|grip|posture|eye contact|hygiene|insight|judge?ment|rapport|"
            + "perfusion|hydration|pulse|power)\\b)|right(?=,)|anyway|also|then|first of all|first(?=,)|second(?=,)|"
            + "secondly|third(?=,)|"
            + "thirdly|fourth(?=,)|number (?:one|two|three|four|five|[1-9])(?=,|\\s(?!(?:of|is|was|in|on|for|to)\\b))"
            + "|lastly|finally|next|basically|"
            + "but|like|oh|hmm|let's see(?=,)|you know|i mean|all in all|overall|in summary|in short|again|anyway|"
            + "otherwise|obviously|certainly|luckily|fortunately|unfortunately|"
            // a word left before the speaker's "I" by the recorder ("very i'm a big runner", "it i broke out")
            + "(?:very|it)(?= (?:i|i'm|i've|i'd|i'll)\\b)|"
            + "what (?:we're|we are|i'm|i am) going to (?:do|have (?:you|him|her) do) is|what (?:we'll|i'll|we will|"
            + "i will|i want to|we want to|i'd like to|i would like to|we should|i want (?:you|him|her) to) do is)"
            + "\\b[,.]?\\s*)+");
    private static final Pattern HEDGE = Pattern.compile("(?i)\\b(?:just|really|actually|basically|literally|"
            + "kind of|kinda|sort of|pretty much|you know|i mean|definitely|certainly|obviously|honestly|"
            + "totally)\\b,?\\s?");
    private static final Pattern EXPLANATION = Pattern.compile("(?i),? (?:which (?:is|means|basically|just means|"
            + "could|can|may|might|would|i think|is good|is great|is normal|is reassuring)|and what that means|"
            + "what that means|that means|so what does|and that's (?:just|probably|likely|because|good|great|normal|"
            + "reassuring)|so that's (?:good|great|reassuring|fine)|that's (?:good|great|reassuring)|which is good|"
            + "which is great|which is reassuring|so i'm not (?:too )?(?:worried|concerned)|which we've|which you've|"
            + "which i've|which has been|which could be|which might be|which may be|and that (?:can|could|may|might) be|"
            + "and that's something|but (?:you|he|she) (?:could|might|may) be|which is not surprising|"
            + "which isn't surprising)\\b.*$");
    private static final Pattern TAIL = Pattern.compile("(?i)(?:,?\\s*\\b(?:okay|ok|alright|all right|(?<!\\b(?:the|"
            + "on|to|at) )right|you know|"
            + "as well|too|though|today|at all|at this time|at this point|for now|or so|and stuff|"
            + "and everything|and all that|and things like that)\\b\\s*)+[.?!]*$");

    /** A sentence the recording cut off ("…monitoring your knee and"): what it meant is unknown. */
    static final Pattern DANGLING = Pattern.compile("(?i)\\b(?:and|or|but|the|a|an|to|of|with|that|which|based|your|"
            + "my|for|in|on|at|because|so)\\W*$");

    /** "18 milligrams per litre", "nanograms per milliliter": a lab's unit said in words, written as it is printed. */
    private static final Pattern PER_VOLUME = Pattern.compile("(?i)\\b(mg|mmol|g|ng|mcg|iu|units|milligrams?|"
            + "millimoles?|grams?|nanograms?|micrograms?) per (litre|liter|l|decilitre|deciliter|dl|millilitre|"
            + "milliliter|ml)\\b");

    /** A unit word as labs print it: "nanograms" → "ng", "decilitre" → "dL". */
    private static String printed(String unit) {
        String u = unit.toLowerCase(java.util.Locale.ROOT);
        return switch (u.replaceFirst("s$", "")) {
            case "milligram" -> "mg";
            case "millimole" -> "mmol";
            case "gram" -> "g";
            case "nanogram" -> "ng";
            case "microgram" -> "mcg";
            case "iu" -> "IU";
            case "unit" -> "units";
            case "litre", "liter", "l" -> "L";
            case "decilitre", "deciliter", "dl" -> "dL";
            case "millilitre", "milliliter", "ml" -> "mL";
            default -> u; // already short: mg, mmol, g, ng, mcg
        };
    }

    private Phrasing() {
    }

    public static String lead(String s) {
        return LEAD.matcher(s.strip()).replaceFirst("");
    }

    /** "for 14 days, sorry, I mean 7 days": the number taken back goes with its correction. */
    private static final Pattern TAKEN_BACK = Pattern.compile("(?i)\\b\\d+(?:\\.\\d+)?(?:\\s+([a-z]+))?\\s*"
            + "(?:\\.\\.\\.|…|,|—|-)\\s*(?:(?:no|sorry|i mean|i meant|make that|rather|actually|wait)\\b[,.]?\\s*)+"
            + "(\\d+(?:\\.\\d+)?)(?![.\\d])(\\s+[a-z]+)?");

    public static String hedges(String s) {
        // "100 mcg, no, 75": the unit said once goes with the number that stands
        String fixed = TAKEN_BACK.matcher(s).replaceAll(m -> m.group(2) + (m.group(3) != null ? m.group(3)
                : m.group(1) != null ? " " + m.group(1) : ""));
        return HEDGE.matcher(fixed).replaceAll("").replaceAll("\\s{2,}", " ").replaceAll(",\\s*,", ",")
                .replaceAll("(?i)\\b(have|has|had|is|are|was|were|with|of|the|a|an),\\s+", "$1 ");
    }

    public static String explanation(String s) {
        String cut = EXPLANATION.matcher(s).replaceFirst("");
        return cut.split("\\s+").length >= 2 ? cut : s;
    }

    /** Spoken softeners in clinical words: "a little bit elevated" → "slightly elevated". */
    public static String clinical(String s) {
        return PER_VOLUME.matcher(s).replaceAll(m -> printed(m.group(1)) + "/" + printed(m.group(2)))
                .replaceAll("(?i)\\b(?:hemoglobin |hb)?a1c\\b", "hemoglobin A1c")
                .replaceAll("(?i)\\bhemoglobin hemoglobin\\b", "hemoglobin")
                .replaceAll("(?i)\\bst(?=[ -](?:changes?|elevations?|depressions?|segments?)\\b)", "ST")
                .replaceAll("(?i)\\bt(?=[ -]waves?\\b)", "T").replaceAll("(?i)\\bjvd\\b", "JVD")
                .replaceAll("(?i)\\ba (?:little|tiny) (?:bit )?of\\b", "a small amount of")
                .replaceAll("(?i)\\ba (?:little|tiny) bit\\b", "slightly")
                .replaceAll("(?i)\\b(?:nice and|pretty|very|super|quite) (?=clear|good|normal|soft|strong|healthy)", "")
                .replaceAll("(?i)\\blittle bit\\b", "slightly")
                .replaceAll("(?i)\\ba lot of\\b(?! (?:these|those|them|the|people|patients|us|you|my|your|his|her|our))",
                        "significant")
                .replaceAll("(?i)\\ba little (?=elevated|high|low|reduced|decreased|increased|swollen|red|tender|"
                        + "better|worse|enlarged|weak|bigger|smaller|faster|slower)", "slightly ")
                .replaceAll("(?i)\\b(\\d+(?:\\.\\d+)?) out of (4|5|6|10)\\b", "$1/$2")
                // the exam in the patient's words, in the exam's: "tender above the pubic bone", "over the kidneys"
                .replaceAll("(?i)\\b(?:just )?(?:above|over) (?:the|your|his|her) pubic bone\\b", "suprapubically")
                .replaceAll("(?i)\\b(tender(?:ness)?) over (?:the|your|his|her) kidneys(?: when [a-z ]+? (?:tap|press)(?:es|ed)?"
                        + "(?: on)? (?:the|your|his|her) back)?", "costovertebral angle $1")
                // "your ldl, the bad cholesterol, is 112": the gloss said for the patient
                .replaceAll("(?i)\\b(ldl|hdl),\\s+(?:the|your) (?:bad|good|healthy|lousy) (?:kind of )?"
                        + "cholesterol,", "$1")
                .replaceAll("(?i)\\s*,?\\s*\\b(?:here in the office|in the office today|in the office|here today|"
                        + "in there|over there|down there|up there|there)(?=\\s*(?:[,.;]|$))", "")
                .replaceAll("\\s{2,}", " ");
    }

    /** Capital first letter, no spoken tail, one full stop. */
    public static String finish(String s) {
        String t = TAIL.matcher(s.strip()).replaceFirst("").strip();
        t = t.replaceAll("[,;:\\s-]+$", "").replaceAll("[.?!]+$", "").replaceAll("(?i)[,\\s]+(?:and|or|but|so)$", "");
        if (t.isEmpty()) {
            return t;
        }
        // "on saturday" in raw speech: days and months are names in a note
        t = WEEKDAY.matcher(t).replaceAll(m -> Character.toUpperCase(m.group().charAt(0)) + m.group().substring(1));
        return Character.toUpperCase(t.charAt(0)) + t.substring(1) + ".";
    }

    private static final Pattern WEEKDAY = Pattern.compile("\\b(?:monday|tuesday|"
            + "wednesday|thursday|friday|saturday|sunday|january|february|april|june|july|august|september|october|"
            + "november|december)\\b");

    /** A clinician's question as the patient would say it ("any swelling in your legs" → "in my legs"). */
    public static String asPatient(String question) {
        return question.replaceAll("(?i)\\b(?:yourself|himself|herself)\\b", "myself")
                .replaceAll("(?i)\\b(?:your|his)\\b", "my").replaceAll("(?i)\\b(?:he|she)\\b", "i")
                .replaceAll("(?i)\\byou're\\b", "i'm").replaceAll("(?i)\\byou've\\b", "i've")
                .replaceAll("(?i)\\byou\\b", "i");
    }

    /** Lead-ins, hedges and tails off; softeners in clinical words; not yet capitalised. */
    public static String tidy(String s) {
        return clinical(hedges(lead(s))).strip();
    }

    /** Whether a sentence names an exam or test finding ("clear", "tender", "murmur", "fracture"…). */
    public static boolean namesFinding(String sentence) {
        return ExamReader.FINDING.matcher(sentence).find();
    }
}
