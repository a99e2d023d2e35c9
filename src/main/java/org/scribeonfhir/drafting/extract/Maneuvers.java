package org.scribeonfhir.drafting.extract;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "That's called a valgus stress." … "Painful, but it feels firm, no gapping.": an exam manoeuvre named in one
 * sentence and its result said in the next; the result is written with the manoeuvre's name, as a clinician would.
 */
final class Maneuvers {

    private static final Pattern NAMED = Pattern.compile("(?i)\\b(valgus stress|varus stress|anterior drawer|"
            + "posterior drawer|straight leg rais\\w*|empty can|drop arm|log roll|squeeze test|pivot shift|"
            + "neer|hawkins|spurling|mcmurray|lachman|phalen|tinel|murphy|romberg|babinski|finkelstein|thompson|"
            + "kernig|brudzinski|rovsing|faber|apley|thessaly|speed|yergason|jobe)(?:'?s)?(?: test| sign| manoeuvre|"
            + " maneuver)?\\b");
    /**
     * "I'm going to lift your left leg straight…", "Now bend forwards as far as you can…": a manoeuvre narrated as
     * what the patient is asked to do, named as the note names it (the side, when said, in group 1); only with a
     * result in the same sentence, since the next may be another test's ("squeeze my fingers… no drift").
     */
    private static final Map<Pattern, String> NARRATED = Map.of(
            Pattern.compile("(?i)\\b(?:lift|raise|lifting|raising) (?:your|the|this) (?:(left|right) )?leg(?: up)? "
                    + "(?:up )?(?:straight|nice and straight|keeping it straight)\\b"), "straight leg raise",
            Pattern.compile("(?i)\\bbend(?:ing)? (?:forwards?|over|down)\\b|\\btouch your toes\\b"), "forward flexion",
            Pattern.compile("(?i)\\bsqueeze my (?:fingers|hands?)\\b"), "grip strength");
    /** What results look like: a finding said on its own ("nice firm endpoint", "no gapping", "painful"). */
    private static final Pattern RESULT = Pattern.compile("(?i)\\b(?:firm|soft|endpoint|end point|gapping|laxity|"
            + "stable|unstable|painful|pain|positive|negative|normal|click|clunk|intact|lax|loose|no|limited|"
            + "restricted|reduced|full|strong|weak|equal|reproduc\\w+)\\b");
    /** A manoeuvre's name is needed within this many turns of its result. */
    private static final int REACH = 2;

    private String pending;
    private int turn;

    /** Remembers a manoeuvre the sentence names without saying its result. */
    void heard(String sentence, int at) {
        if (RESULT.matcher(sentence).find()) {
            return; // "McMurray's negative" says its own result
        }
        Matcher m = NAMED.matcher(sentence);
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        if (last != null) {
            pending = name(last);
            turn = at;
        }
    }

    /** "Lift your left leg straight" → "Left straight leg raise"; null when the sentence narrates none. */
    private static String narrated(String sentence) {
        for (Map.Entry<Pattern, String> n : NARRATED.entrySet()) {
            Matcher said = n.getKey().matcher(sentence);
            if (said.find()) {
                String side = said.groupCount() > 0 && said.group(1) != null ? said.group(1) + " " : "";
                String named = side + n.getValue();
                return Character.toUpperCase(named.charAt(0)) + named.substring(1).toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    /**
     * The phrase with its manoeuvre's name before it: the one its sentence names ("Now the Lachman test, I'm pulling
     * the shin forward, nice firm endpoint") or the one pending from a sentence before, when the phrase is a result
     * that names nothing itself.
     */
    String named(String phrase, String sentence, int at, boolean namesPart) {
        if (NAMED.matcher(phrase).find()) {
            pending = null;
            return phrase; // "McMurray's negative": the result says its own name
        }
        Matcher own = NAMED.matcher(sentence);
        if (own.find() && RESULT.matcher(phrase).find()) {
            pending = null;
            return name(own.group(1)) + ": " + result(phrase);
        }
        // the manoeuvre said before its result: "…the backs of the eyes look normal… squeeze my hands" is no grip
        int first = sentence.toLowerCase(Locale.ROOT).indexOf(phrase.split("\\s+")[0].toLowerCase(Locale.ROOT));
        String narrated = first > 0 ? narrated(sentence.substring(0, first)) : first < 0 ? narrated(sentence) : null;
        if (narrated != null && RESULT.matcher(phrase).find() && narrated(phrase) == null) {
            pending = null; // "Now bend forwards as far as you can, that's quite limited"
            return narrated + ": " + result(phrase);
        }
        if (pending == null || at - turn > REACH) {
            pending = null;
            return phrase;
        }
        if (namesPart || !RESULT.matcher(phrase).find()) {
            return phrase;
        }
        String out = pending + ": " + result(phrase);
        pending = null;
        return out;
    }

    /** "Painful, but it feels firm, no gapping, so there's no laxity" → "painful, but firm, no gapping, no laxity". */
    private static String result(String phrase) {
        String r = phrase.replaceAll("(?i)\\b(?:it|that) (?:feels|felt|is|was|looks) |^(?:it|that)(?:'s)? ", "")
                .replaceAll("(?i)\\bso there(?:'s| is) ", "");
        return Character.toLowerCase(r.charAt(0)) + r.substring(1);
    }

    /** The body system a named manoeuvre's result belongs to, or null when the phrase names none. */
    static String system(String phrase) {
        Matcher m = NAMED.matcher(phrase);
        if (!m.find()) {
            return null;
        }
        String s = m.group(1).toLowerCase(Locale.ROOT);
        return s.matches("romberg|babinski|kernig|brudzinski") ? "Neurological"
                : s.matches("murphy|rovsing") ? "Gastrointestinal" : "Musculoskeletal";
    }

    private static String name(String said) {
        String s = said.toLowerCase(Locale.ROOT);
        String named = s.startsWith("straight leg") ? "straight leg raise" : s.endsWith("test") ? s : s + " test";
        return Character.toUpperCase(named.charAt(0)) + named.substring(1);
    }
}
