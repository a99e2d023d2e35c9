package org.scribeonfhir.drafting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Cleans spoken text (fillers, stutters, ASR spacing) and cuts it into sentences. */
final class Utterances {

    private static final Pattern FILLERS = Pattern.compile(
            "(?i)\\b(um+|uh+|uh-huh|mm-hmm|mm+|hmm+|er|ah)\\b[ ,.]*");
    private static final Pattern SPACE_BEFORE_PUNCT = Pattern.compile("\\s+([,.?!;:%])");
    private static final Pattern STUTTER = Pattern.compile("(?i)\\b(\\w+)( ?, ?\\1\\b)+");
    private static final Pattern CUT_WORD = Pattern.compile("\\b\\w+-(?=[\\s,.])");
    private static final Pattern DRAGON = Pattern.compile("(?i)\\b(?:hey|okay|ok),? dragon[,.?]?(?: uh,?)? ?"
            + "(?:(?:please )?(?:show me|order|finalize|pull up|open|go ahead)[^.?!]*[.?!]?)?");
    /** A statement turned into a question by a trailing "okay?" or "right?": it is still a statement. */
    private static final Pattern TAG_QUESTION = Pattern.compile("(?i),? (?:okay|ok|alright|all right|right)\\?(?=\\s|$)");
    private static final Pattern DRAGON_END = Pattern.compile("(?i)\\bfinalize (?:the )?(?:note|report),? dragon[.]?");
    /** Where an unpunctuated run of speech is cut when it gets long. */
    private static final Pattern MARKER = Pattern.compile("(?i)\\s(?=(?:okay|alright|all right|so|and then|now|"
            + "and so|but)\\s)");
    private static final int LONG_SENTENCE = 30;
    private static final Set<String> STOP = Set.of(("a an the and or but if so of to in on at for with from by about as "
            + "is are was were be been being am do does did done have has had having i me my we our you your he him his "
            + "she her it its they them their this that these those there here what which who whom how when where why "
            + "not no yes yeah okay ok um uh mm hmm just like know really very well also any some can could would "
            + "should will shall may might going gon na wan get got go all right oh alright then than too out up down "
            + "now today let lets let's sure thing things kind sort bit little good great thank thanks").split(" "));

    private Utterances() {
    }

    /** Words that soften speech and carry nothing a note keeps. */
    private static final Pattern HEDGE = Pattern.compile("(?i)\\b(?:just|really|actually|basically|literally|"
            + "kind of|kinda|sort of|pretty much)\\b ?,? ?");
    /** "doing doing", "the the": a word said twice. */
    private static final Pattern REPEATED = Pattern.compile("(?i)\\b(\\w+)(?: \\1\\b)+");
    /** Phrases that only fill speech: ", you know," "i mean". */
    private static final Pattern FILLER_PHRASES = Pattern.compile("(?i),? \\b(?:you know|i mean)\\b,?(?= )");

    static String clean(String text) {
        String s = text.replace(" n't", "n't").replace("gon na", "going to").replace("wan na", "want to")
                .replace(" 's", "'s").replace(" 're", "'re").replace(" 've", "'ve").replace(" 'm", "'m")
                .replace(" 'll", "'ll").replace(" 'd", "'d").replace("ca n't", "can't").replace("wo n't", "won't");
        s = SPACE_BEFORE_PUNCT.matcher(s).replaceAll("$1");
        s = DRAGON_END.matcher(s).replaceAll(" ");
        s = DRAGON.matcher(s).replaceAll(" ");
        s = TAG_QUESTION.matcher(s).replaceAll(".");
        s = FILLERS.matcher(s).replaceAll("");
        s = CUT_WORD.matcher(s).replaceAll("");
        s = STUTTER.matcher(s).replaceAll("$1");
        s = SPACE_BEFORE_PUNCT.matcher(s).replaceAll("$1");
        s = Numbers.digits(s);
        s = FILLER_PHRASES.matcher(s).replaceAll(" ");
        s = HEDGE.matcher(s).replaceAll("");
        s = REPEATED.matcher(s).replaceAll("$1");
        s = s.replaceAll("\\s{2,}", " ").replaceAll("^[,.\\s]+", "").replaceAll(",\\s*([.?!])", "$1");
        return s.strip();
    }

    static List<String> sentences(String cleaned) {
        List<String> out = new ArrayList<>();
        for (String s : cleaned.split("(?<=[.?!])\\s+")) {
            String t = s.strip();
            if (t.isEmpty()) {
                continue;
            }
            if (t.split("\\s+").length <= LONG_SENTENCE) {
                out.add(t);
                continue;
            }
            // Unpunctuated speech (ASR without sentence marks): cut at discourse markers.
            StringBuilder cur = new StringBuilder();
            for (String piece : MARKER.split(t)) {
                if (cur.length() > 0 && cur.toString().split("\\s+").length >= 8) {
                    out.add(cur.toString().strip());
                    cur.setLength(0);
                }
                cur.append(' ').append(piece);
            }
            if (cur.length() > 0) {
                out.add(cur.toString().strip());
            }
        }
        return out;
    }

    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^a-z0-9']+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    static int contentWords(String s) {
        int n = 0;
        for (String w : words(s)) {
            if (w.length() > 1 && !STOP.contains(w) && !w.contains("'")) {
                n++;
            }
        }
        return n;
    }

    static boolean isStop(String w) {
        return STOP.contains(w);
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String period(String s) {
        // A trailing tag ("…, okay.") or a cut-off word's dash ("…therapy-") is speech, not note.
        String t = s.strip().replaceAll("(?i)(?:,\\s*(?:okay|ok|alright|all right|right)\\s*[.?!]?|[-–—]+\\s*[.?!]?)$", "")
                .replaceAll("[,;:\\s]+$", "");
        if (t.endsWith("?") || t.endsWith("!")) {
            t = t.substring(0, t.length() - 1);
        }
        return t.endsWith(".") ? t : t + ".";
    }
}
