package org.scribeonfhir.drafting.speech;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.EditDistance;
import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.lexicon.Vocabulary;

/**
 * A drug a recogniser broke into sound-alike words ("hydrox is een 25 mg", "coal chicken 0.6 mg", "restart the sir
 * trolling"), read as the drug when a dose follows or an order verb comes just before; the reviewer is told, since
 * the words said were not the drug's name.
 */
final class SoundAlikeDrugs {

    /** A changed turn and what was read as what, for the reviewer. */
    record Respelled(String text, List<String> read) {
    }

    private static final Pattern WORD = Pattern.compile("[A-Za-z]+");
    /** A dose just after the words: "25 mg", "0.6 milligram", "10 ml". */
    private static final Pattern DOSE_AFTER = Pattern.compile("(?i)^\\W*(?:\\w+\\W+){0,2}?\\d+(?:\\.\\d+)?\\s*(?:mg|"
            + "milligrams?|micrograms?|mcg|ml|units?)\\b");
    /** An order verb just before: "restart the", "start you on", "prescribe". */
    private static final Pattern ORDER_BEFORE = Pattern.compile("(?i)\\b(?:start|restart|prescribe|prescribing|"
            + "sending|send|increase|decrease|continue|stop|give you|put you on|switch(?: you)? to)(?: (?:you|him|her) "
            + "on)?(?: the| some)?\\s+$");
    private static final Pattern EDGE = Pattern.compile("(?i)^(?:the|a|an|to|at|on|of|it|that|and|or|is|in|for|with|"
            + "you|your|my|his|her|up|see|have|has|so|but)\\b|\\b(?:the|a|an|to|at|on|of|it|that|and|or|is|in|for|"
            + "with|you|your|my|his|her|up|so|but)$");
    private static volatile Map<String, List<String[]>> byKey;

    private SoundAlikeDrugs() {
    }

    static Respelled respell(String text) {
        Matcher w = WORD.matcher(text);
        List<int[]> words = new java.util.ArrayList<>();
        while (w.find()) {
            words.add(new int[] {w.start(), w.end()});
        }
        StringBuilder out = new StringBuilder();
        List<String> read = new java.util.ArrayList<>();
        int copied = 0;
        for (int i = 0; i < words.size(); i++) {
            for (int n = 4; n >= 2; n--) {
                if (i + n > words.size() || words.get(i)[0] < copied) {
                    continue;
                }
                int start = words.get(i)[0];
                int end = words.get(i + n - 1)[1];
                // the context first, read in place: a turn may be long, and this runs for every few words of it
                if (!DOSE_AFTER.matcher(text).region(end, text.length()).lookingAt() && !ORDER_BEFORE.matcher(text)
                        .useTransparentBounds(true).region(Math.max(0, start - 60), start).find()) {
                    continue;
                }
                String said = text.substring(start, end);
                // the pieces are words said one after the other, none a drug's name or a little word at either end
                // ("glipizide on", "the nicotine", "increase it" are not a drug broken up)
                // "send the form to St Aldhelm's": a capital after the first word is a name, not a broken drug
                if (!said.matches("[A-Za-z]+(?: [A-Za-z]+)+") || EDGE.matcher(said).find()
                        || said.substring(said.indexOf(' ')).matches(".*\\b[A-Z].*")
                        || java.util.Arrays.stream(said.split(" ")).anyMatch(x -> Vocabulary.get()
                        .lookup(Term.Kind.DRUG, x) != null)) {
                    continue;
                }
                String drug = drug(said);
                if (drug == null) {
                    continue;
                }
                out.append(text, copied, start).append(drug);
                copied = end;
                read.add("\"" + said + "\" as " + drug);
                break;
            }
        }
        out.append(text.substring(copied));
        return new Respelled(out.toString(), read);
    }

    /**
     * The drug whose sound the joined words have: of the names with that sound key (or one letter of key away, for
     * keys of six or more), the one spelled nearest; null when two drugs are as near.
     */
    private static String drug(String said) {
        String joined = said.toLowerCase(Locale.ROOT).replace(" ", "");
        if (joined.length() < 7 || Vocabulary.get().lookup(Term.Kind.DRUG, said) != null) {
            return null;
        }
        String key = key(joined);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (Map.Entry<String, List<String[]>> e : keys().entrySet()) {
            boolean near = e.getKey().equals(key) || key.length() >= 6 && e.getKey().charAt(0) == key.charAt(0)
                    && Math.abs(e.getKey().length() - key.length()) <= 1 && EditDistance.of(e.getKey(), key) <= 1;
            for (String[] name : near ? e.getValue() : List.<String[]>of()) {
                if (!name[0].startsWith(joined.substring(0, 2))) {
                    continue; // "like to add" is no "lactase": a broken name still starts as the name does
                }
                int d = EditDistance.of(joined, name[0]);
                if (d < bestDistance) {
                    tie = best != null && !best.equals(name[1]) && d == bestDistance;
                    best = name[1];
                    bestDistance = d;
                } else if (d == bestDistance && !name[1].equals(best)) {
                    tie = true;
                }
            }
        }
        return tie ? null : best;
    }

    /** Every one-word drug name or variant of 7 letters or more, by its sound key: {name, the drug it names}. */
    private static Map<String, List<String[]>> keys() {
        Map<String, List<String[]>> k = byKey;
        if (k == null) {
            k = new HashMap<>();
            for (String name : Vocabulary.get().names(Term.Kind.DRUG)) {
                if (name.matches("[a-z]{7,}")) {
                    String drug = Vocabulary.get().lookup(Term.Kind.DRUG, name).canonical().toLowerCase(Locale.ROOT);
                    k.computeIfAbsent(key(name), x -> new java.util.ArrayList<>()).add(new String[] {name, drug});
                }
            }
            byKey = k;
        }
        return k;
    }

    /** How the letters sound: c and ch as k, z as s, y as i, no vowels or h after the first letter, no doubles. */
    static String key(String letters) {
        String s = letters.replace("ph", "f").replace("ch", "k").replace("ck", "k").replace('c', 'k').replace('z', 's')
                .replace('y', 'i');
        StringBuilder b = new StringBuilder().append(s.charAt(0));
        for (int i = 1; i < s.length(); i++) {
            char ch = s.charAt(i);
            if ("aeiouh".indexOf(ch) < 0 && ch != b.charAt(b.length() - 1)) {
                b.append(ch);
            }
        }
        return b.toString();
    }
}
