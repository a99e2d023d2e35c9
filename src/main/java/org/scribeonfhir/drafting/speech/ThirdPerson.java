package org.scribeonfhir.drafting.speech;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.visit.Pronouns;

/**
 * Puts what was said into the note's voice: the patient's "I" and the clinician's "you" become the patient in
 * the third person (verbs follow: "I have" → "she has"); a companion's "I" becomes the companion ("the
 * patient's mother") and their "my daughter" the patient.
 */
public final class ThirdPerson {

    private static final Map<String, String> IRREGULAR = Map.ofEntries(Map.entry("have", "has"),
            Map.entry("do", "does"), Map.entry("am", "is"), Map.entry("are", "is"), Map.entry("go", "goes"),
            Map.entry("don't", "does not"), Map.entry("haven't", "has not"), Map.entry("aren't", "is not"),
            Map.entry("wasn't", "was not"), Map.entry("weren't", "was not"), Map.entry("were", "was"),
            Map.entry("can't", "cannot"), Map.entry("didn't", "did not"), Map.entry("won't", "will not"),
            Map.entry("couldn't", "could not"), Map.entry("shouldn't", "should not"));
    private static final Set<String> VERBS = Set.of("feel", "think", "take", "get", "want", "need", "know", "notice",
            "see", "use", "try", "work", "walk", "run", "eat", "drink", "sleep", "smoke", "live", "like", "love", "hate",
            "play", "check", "remember", "forget", "wake", "say", "tell", "keep", "wear", "exercise", "drive", "hurt",
            "believe", "mean", "guess", "agree", "understand", "hear", "continue", "start", "stop", "help", "miss",
            "worry", "deal", "struggle", "avoid", "watch", "follow", "monitor", "experience", "lose", "gain", "come",
            "bike", "swim", "hike", "travel", "cook", "snack", "skip", "ice", "rest", "limp", "cough", "sneeze",
            "wonder", "plan", "hope", "seem", "tend", "lift", "climb", "stand", "sit", "bend", "twist", "move",
            "breathe", "pee", "urinate", "vomit", "throw", "wheeze", "itch", "ache", "bleed", "faint", "fall", "trip",
            "look", "sound", "appear", "go", "grind", "wet", "soil", "lie", "carry", "push", "pull", "reach", "turn",
            "roll", "kneel", "squat", "jump", "read", "type", "chew", "swallow", "burp", "pass", "wash", "shower",
            "clean", "drop", "hold", "lean", "stretch", "shake", "nap", "wait", "spend", "pay", "buy", "care", "cry",
            "snore", "stay", "press", "rub", "scratch", "pick", "crave", "grab", "pace", "panic", "dread", "binge",
            "handle", "manage", "cope", "find", "make", "bring", "leave", "call", "ring", "visit", "send", "teach",
            "serve", "ride", "fix", "prepare", "write", "speak", "talk", "listen", "sell", "build");
    private static final Set<String> ADVERBS = Set.of("usually", "also", "still", "just", "never", "always", "often", "nearly",
            "sometimes", "really", "definitely", "only", "actually", "normally", "generally", "occasionally", "kinda",
            "probably", "mostly", "rarely", "barely", "hardly", "finally", "recently", "now", "ever");
    private static final Set<String> SAME_IN_PAST = Set.of("hurt", "cut", "put", "hit", "quit", "set", "shut", "split");
    private static final Pattern PAST_TIME = Pattern.compile("(?i)\\b(?:yesterday|ago|last (?:night|week|month|year|"
            + "time)|this morning|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend)|"
            + "when (?:i|he|she) was)\\b");
    /** The speaker's "I" and "we" (a patient's "we" includes the patient: "we were lifting boxes"). */
    private static final Pattern PARTICIPLE = Pattern.compile("(?i)\\s+(?:just |already |never |ever )?(?:gone|been|had|"
            + "done|seen|taken|got|gotten|made|said|told|felt|left|lost|come|become|eaten|fallen|thought|heard|slept|"
            // "I'd a temperature": had, as Irish speech says it
            + "kept|broken|written|\\w*[^e\\W]ed|a|an|the|no)\\b");
    private static final Pattern FIRST = Pattern.compile("(?i)\\b(i'm|i've|i'd|i'll|i|my|me|myself|mine|we're|we've|"
            + "we'd|we'll|we|our|ours|us|ourselves)\\b");
    private static final Pattern SECOND = Pattern.compile("(?i)\\b(you're|you've|you'd|you'll|you|your|yourself|yours)\\b");
    private static final Pattern CHILD = Pattern.compile("(?i)\\b(?:my|our) (?:son|daughter|baby|child|kid|little one|"
            + "boy|girl)\\b");
    // "that's a sign you need help": "sign" a noun, "you" the subject of "need"
    private static final Pattern VERB_NEXT = Pattern.compile("(?i)\\s+(?:are|were|do|did|can|could|will|would|should|"
            + "need|must|may|might|cannot|can't|don't|didn't|won't)\\b");
    private static final Pattern OBJECT_BEFORE = Pattern.compile("(?s).*\\b(?:to|for|with|tell|give|see|send|ask|let|"
            + "help|get|make|show|call|put|have|want|examine|check|thank|about|at|on|from|by|of|refer|prescribe|"
            + "schedule|encourage|advise|remind|recommend|order|keep|bring|need|like|place|start|take|treat|follow|"
            + "evaluate|assess|admit|discharge|expect|allow|into|than|bothering|bothers|wakes|woke|hit|hurt|gave|"
            + "told|asked|made|kept|sent|left|bit|stung|write|writing|wrote|fill|email|mail|text|page|"
            + "remind|teach|walk|drive|book|enroll|putting|giving|sending|getting|seeing|starting|taking|keeping|"
            + "referring|calling|booking|signing|setting|showing|telling|asking|helping|letting|bringing|switching|"
            + "changing|checking|watching|treating|sign|set|switch|change|watch|ring|phone|contact|review|update|"
            + "suit|suits|suited|affect|affects|upset|upsets|worry|worries|reassure|trouble|troubles|wake|lend|lent|pass|"
            + "loan|offer|invite|warn|texted|rang|phoned|cover|covers|covering|protect|protects|protecting|monitor|"
            + "monitoring|observe|observing|scan|weigh|weighing|test|testing|screen|screening|reassess|re-examine|"
            + "puts)$");

    /** "I'll do you a fit note": "you" is the one the thing is for only when a thing follows ("do you smoke"). */
    private static final Pattern DO_FOR = Pattern.compile("(?s).*\\b(?:do|did|doing|done|sort|sorted|grab)$");
    private static final Pattern THING_NEXT = Pattern.compile("(?i)\\s+(?:a|an|another|some|the|one)\\b");

    private ThirdPerson() {
    }

    /** A patient's sentence: their "I" is the patient. */
    public static String patient(String sentence, Pronouns p) {
        return replace(sentence, FIRST, p);
    }

    /** A clinician's sentence to the patient: "you" is the patient; the clinician's own "I" is left alone. */
    public static String addressed(String sentence, Pronouns p) {
        return replace(sentence, SECOND, p);
    }

    /** A companion's sentence: "my daughter" is the patient, "I" the companion ("the patient's mother"). */
    public static String companion(String sentence, Pronouns p, String relation) {
        String s = CHILD.matcher(sentence).replaceAll(p.known() ? p.subject() : "the patient");
        String who = "the patient's " + relation;
        Pronouns companion = new Pronouns(who, who, who + "'s", "themselves", relation);
        return replace(s, FIRST, companion);
    }

    /** What is left of the clinician's own speech in a note line: their "I" and "we" are "the clinician". */
    public static String clinician(String sentence) {
        String who = "the clinician";
        return replace(sentence, FIRST, new Pronouns(who, who, who + "'s", "themselves", "clinician"));
    }

    /** After "the patient" once in a sentence, "they": "the patient cannot finish their sentences". */
    private static final Pronouns THEY = new Pronouns("they", "them", "their", "themselves", "patient");

    private static String replace(String sentence, Pattern pattern, Pronouns given) {
        Matcher m = pattern.matcher(sentence);
        StringBuilder out = new StringBuilder();
        int last = 0;
        boolean named = false;
        while (m.find()) {
            out.append(sentence, last, m.start());
            Pronouns p = named && given == Pronouns.UNKNOWN ? THEY : given;
            named = true;
            String w = m.group(1).toLowerCase(Locale.ROOT);
            boolean subject = false;
            String repl;
            switch (w) {
                case "i", "you", "we" -> {
                    String before = out.toString().stripTrailing().toLowerCase(Locale.ROOT);
                    // "I'll print you a sheet": "you a" is always the one given something
                    // "more regularly than you are doing": a verb after it makes "you" its subject
                    boolean object = w.equals("you") && !VERB_NEXT.matcher(sentence.substring(m.end())).lookingAt()
                            && (OBJECT_BEFORE.matcher(before).matches()
                            || sentence.substring(m.end()).matches("(?is)^\\s+(?:a|an|another)\\s.*")
                            || DO_FOR.matcher(before).matches() && THING_NEXT.matcher(sentence.substring(m.end()))
                                    .lookingAt());
                    repl = object ? p.object() : p.subject();
                    subject = !object;
                }
                case "i'm", "you're", "we're" -> repl = p.subject() + (p == THEY ? " are" : " is");
                case "i've", "you've", "we've" -> repl = p.subject() + (p == THEY ? " have" : " has");
                case "i'd", "you'd", "we'd" -> repl = p.subject() + (PARTICIPLE.matcher(sentence.substring(m.end()))
                        .lookingAt() ? " had" : " would"); // "when I'd gone grey": had, not would
                case "i'll", "you'll", "we'll" -> repl = p.subject() + " will";
                case "my", "your", "our" -> repl = p.possessive();
                case "me", "us" -> repl = p.object();
                case "myself", "yourself", "ourselves" -> repl = p.reflexive();
                case "mine", "yours", "ours" -> repl = p.possessive().equals("his") ? "his" : p.possessive().equals("her")
                        ? "hers" : p.possessive();
                default -> repl = w;
            }
            out.append(repl);
            last = m.end();
            if (subject) {
                last = verbAfter(sentence, last, out, p == THEY);
            }
        }
        out.append(sentence.substring(last));
        return out.toString();
    }

    private static final java.util.Map<String, String> PLURAL = java.util.Map.ofEntries(java.util.Map.entry("am",
            "are"), java.util.Map.entry("was", "were"), java.util.Map.entry("wasn't", "were not"),
            java.util.Map.entry("can't", "cannot"), java.util.Map.entry("don't", "do not"),
            java.util.Map.entry("won't", "will not"), java.util.Map.entry("didn't", "did not"),
            java.util.Map.entry("haven't", "have not"), java.util.Map.entry("couldn't", "could not"),
            java.util.Map.entry("wouldn't", "would not"), java.util.Map.entry("shouldn't", "should not"));

    private static final Pattern NEXT_WORD = Pattern.compile("^(\\s+)([A-Za-z']+)");

    /**
     * The verb after the new subject, past any adverb: after "she", "have" → "has", "feel" → "feels", "don't" →
     * "does not"; after "they", "was" → "were", "can't" → "cannot", else the first person's verb ("they have").
     */
    private static int verbAfter(String s, int from, StringBuilder out, boolean plural) {
        Matcher next = NEXT_WORD.matcher(s).region(from, s.length());
        if (!next.lookingAt()) {
            return from;
        }
        String word = next.group(2).toLowerCase(Locale.ROOT);
        if (ADVERBS.contains(word)) {
            out.append(next.group(1)).append(next.group(2));
            return verbAfter(s, next.end(), out, plural);
        }
        String v = plural ? PLURAL.get(word) : singular(word, s.substring(next.end()));
        if (v == null) {
            return from;
        }
        out.append(next.group(1)).append(v);
        return next.end();
    }

    private static String singular(String word, String rest) {
        if (SAME_IN_PAST.contains(word) && PAST_TIME.matcher(rest).find()) {
            return null; // "I hurt it on Saturday": the past, "she hurt it", not "she hurts it"
        }
        String v = IRREGULAR.get(word);
        if (v == null && VERBS.contains(word)) {
            v = word.endsWith("sh") || word.endsWith("ch") || word.endsWith("o") || word.endsWith("ss") ? word + "es"
                    : word.endsWith("y") && !word.endsWith("ay") && !word.endsWith("ey") ? word.substring(0,
                            word.length() - 1) + "ies" : word + "s";
        }
        return v;
    }
}
