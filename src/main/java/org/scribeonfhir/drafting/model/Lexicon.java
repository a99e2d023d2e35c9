package org.scribeonfhir.drafting.model;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phrases known to name a medication or a problem (from BC5CDR training mentions), matched longest-first
 * on word boundaries, case-insensitively. Its matches are extra inputs of the entity head, which learns how
 * far to trust them.
 */
public final class Lexicon {

    public static final int FLAGS = 4;
    static final int MAX_WORDS = 6;
    private static final Pattern WORD = Pattern.compile("[a-z0-9]+");

    private final Map<String, String> phrases;

    public Lexicon(Map<String, String> phrases) {
        this.phrases = Map.copyOf(phrases);
    }

    /** Lines of {@code TYPE<TAB>phrase}. */
    public static Lexicon parse(byte[] tsv) {
        Map<String, String> m = new HashMap<>();
        for (String line : new String(tsv, StandardCharsets.UTF_8).split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                m.put(normalise(line.substring(tab + 1)), line.substring(0, tab));
            }
        }
        return new Lexicon(m);
    }

    public static String normalise(String phrase) {
        StringBuilder s = new StringBuilder();
        Matcher m = WORD.matcher(phrase.toLowerCase());
        while (m.find()) {
            if (s.length() > 0) {
                s.append(' ');
            }
            s.append(m.group());
        }
        return s.toString();
    }

    public List<Span> match(String text) {
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase());
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        String lower = text.toLowerCase();
        List<Span> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int matched = 0;
            String type = null;
            StringBuilder key = new StringBuilder();
            for (int n = 1; n <= MAX_WORDS && i + n <= words.size(); n++) {
                int[] w = words.get(i + n - 1);
                if (n > 1) {
                    key.append(' ');
                }
                key.append(lower, w[0], w[1]);
                String t = phrases.get(key.toString());
                if (t != null) {
                    matched = n;
                    type = t;
                }
            }
            if (matched > 0) {
                out.add(new Span(type, words.get(i)[0], words.get(i + matched - 1)[1], 1.0));
                i += matched;
            } else {
                i++;
            }
        }
        return out;
    }

    /** Per token: B/I of a MEDICATION match, B/I of a PROBLEM match. */
    public float[][] flags(String text, Encoder.Pieces pieces) {
        float[][] f = new float[pieces.size()][FLAGS];
        for (Span s : match(text)) {
            int base = "MEDICATION".equals(s.type()) ? 0 : 2;
            boolean first = true;
            for (int i = 0; i < pieces.size(); i++) {
                if (pieces.start()[i] >= s.start() && pieces.end()[i] <= s.end() && pieces.end()[i] > pieces.start()[i]) {
                    f[i][base + (first ? 0 : 1)] = 1f;
                    first = false;
                }
            }
        }
        return f;
    }
}
