package org.scribeonfhir.drafting;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites what was said into the note's voice: the patient's "I" and the doctor's "you" become the patient
 * in the third person; the doctor's own "I"/"we" stay (the note is the doctor's). Verbs after a replaced
 * subject are put into the third person singular.
 */
final class Voice {

    /** How to refer to the patient: he/she when the visit says so, "the patient" otherwise. */
    record Pronouns(String subject, String object, String possessive, String reflexive) {
        static final Pronouns FEMALE = new Pronouns("she", "her", "her", "herself");
        static final Pronouns MALE = new Pronouns("he", "him", "his", "himself");
        static final Pronouns UNKNOWN = new Pronouns("the patient", "the patient", "the patient's", "themselves");
        /** Someone who came with the patient ([patient_guest]): their "I" is not the patient. */
        static final Pronouns COMPANION = new Pronouns("the family member", "the family member",
                "the family member's", "themselves");
    }

    private static final Map<String, String> IRREGULAR = Map.ofEntries(Map.entry("have", "has"),
            Map.entry("do", "does"), Map.entry("am", "is"), Map.entry("are", "is"), Map.entry("go", "goes"),
            Map.entry("don't", "does not"), Map.entry("haven't", "has not"), Map.entry("aren't", "is not"),
            Map.entry("wasn't", "was not"), Map.entry("weren't", "was not"), Map.entry("were", "was"),
            Map.entry("can't", "cannot"), Map.entry("didn't", "did not"), Map.entry("won't", "will not"));
    private static final Set<String> VERBS = Set.of("feel", "think", "take", "get", "want", "need", "know", "notice",
            "see", "use", "try", "work", "walk", "run", "eat", "drink", "sleep", "smoke", "live", "like", "love", "hate",
            "play", "check", "remember", "forget", "wake", "say", "tell", "keep", "wear", "exercise", "drive", "hurt",
            "believe", "mean", "guess", "agree", "understand", "hear", "continue", "start", "stop", "help", "miss",
            "worry", "deal", "struggle", "avoid", "watch", "follow", "monitor", "experience", "lose", "gain", "come",
            "bike", "swim", "hike", "travel", "cook", "snack", "skip", "ice", "rest", "limp", "cough", "sneeze",
            "wonder", "plan", "hope", "seem", "tend", "usually", "also", "still", "just", "never", "always", "often",
            "sometimes", "really", "definitely", "only");
    private static final Set<String> ADVERBS = Set.of("usually", "also", "still", "just", "never", "always", "often",
            "sometimes", "really", "definitely", "only");

    private static final Pattern PATIENT_FIRST = Pattern.compile(
            "(?i)\\b(i'm|i've|i'd|i'll|i|my|me|myself|mine)\\b");
    private static final Pattern DOCTOR_SECOND = Pattern.compile(
            "(?i)\\b(you're|you've|you'd|you'll|you|your|yourself|yours)\\b");

    private Voice() {
    }

    /** A patient's sentence in the third person. */
    static String patient(String sentence, Pronouns p) {
        return replace(sentence, PATIENT_FIRST, p, true);
    }

    /** A doctor's sentence about the patient ("you …") in the third person; the doctor's "I" stays. */
    static String doctor(String sentence, Pronouns p) {
        return replace(sentence, DOCTOR_SECOND, p, false);
    }

    private static String replace(String sentence, Pattern pattern, Pronouns p, boolean firstPerson) {
        Matcher m = pattern.matcher(sentence);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            out.append(sentence, last, m.start());
            String w = m.group(1).toLowerCase(Locale.ROOT);
            String rest = sentence.substring(m.end());
            String repl;
            boolean subject = false;
            switch (w) {
                case "i", "you" -> {
                    boolean object = !firstPerson && isObjectPosition(out);
                    repl = object ? p.object() : p.subject();
                    subject = !object;
                }
                case "i'm", "you're" -> repl = p.subject() + " is";
                case "i've", "you've" -> repl = p.subject() + " has";
                case "i'd", "you'd" -> repl = p.subject() + " would";
                case "i'll", "you'll" -> repl = p.subject() + " will";
                case "my", "your" -> repl = p.possessive();
                case "me" -> repl = p.object();
                case "myself", "yourself" -> repl = p.reflexive();
                case "mine", "yours" -> repl = p.possessive().equals("the patient's") ? "the patient's" : p.possessive()
                        .equals("his") ? "his" : "hers";
                default -> repl = w;
            }
            out.append(repl);
            last = m.end();
            if (subject) {
                last = conjugate(sentence, last, out);
            }
        }
        out.append(sentence.substring(last));
        return out.toString();
    }

    /** After "she"/"he": "have" → "has", "feel" → "feels", "don't" → "does not" (skipping one adverb). */
    private static int conjugate(String s, int from, StringBuilder out) {
        Matcher next = Pattern.compile("^(\\s+)([A-Za-z']+)").matcher(s.substring(from));
        if (!next.find()) {
            return from;
        }
        String word = next.group(2).toLowerCase(Locale.ROOT);
        int end = from + next.end();
        if (ADVERBS.contains(word)) {
            out.append(next.group(1)).append(next.group(2));
            return conjugate(s, end, out);
        }
        String v = IRREGULAR.get(word);
        if (v == null && VERBS.contains(word)) {
            v = word.endsWith("sh") || word.endsWith("ch") || word.endsWith("o") || word.endsWith("ss") ? word + "es"
                    : word.endsWith("y") && !word.endsWith("ay") && !word.endsWith("ey") ? word.substring(0,
                            word.length() - 1) + "ies" : word + "s";
        }
        if (v == null) {
            return from;
        }
        out.append(next.group(1)).append(v);
        return end;
    }

    private static boolean isObjectPosition(StringBuilder before) {
        String b = before.toString().stripTrailing().toLowerCase(Locale.ROOT);
        return b.matches("(?s).*\\b(to|for|with|tell|give|see|send|ask|let|help|get|make|show|call|put|have|want|"
                + "examine|check|thank|about|at|on|from|by|of|refer|prescribe|schedule|encourage|advise|remind|"
                + "recommend|order|keep|bring|need|like|put|place|start|take|treat|follow|evaluate|assess|admit|"
                + "discharge|ask|expect|allow|encourage|give|into|than)$");
    }
}
