package org.scribeonfhir.drafting.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * ROUGE-1, ROUGE-2 and ROUGE-Lsum F-measures with the semantics of Google's {@code rouge-score} package
 * (what ACI-Bench and MEDIQA report): lowercase, every character outside [a-z0-9] becomes a space, no
 * stemming; ROUGE-Lsum splits both texts on newlines and scores the union LCS of each reference line
 * against all predicted lines, each token counted at most as often as it occurs on both sides.
 */
public final class Rouge {

    public record Scores(double rouge1, double rouge2, double rougeLsum) {
    }

    private Rouge() {
    }

    public static Scores score(String reference, String prediction) {
        List<String> ref = tokenize(reference);
        List<String> pred = tokenize(prediction);
        return new Scores(ngram(ref, pred, 1), ngram(ref, pred, 2), lsum(reference, prediction));
    }

    public static List<String> tokenize(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                cur.append(c);
            } else if (cur.length() > 0) {
                out.add(cur.toString());
                cur.setLength(0);
            }
        }
        if (cur.length() > 0) {
            out.add(cur.toString());
        }
        return out;
    }

    static double ngram(List<String> ref, List<String> pred, int n) {
        Map<String, Integer> r = ngrams(ref, n);
        Map<String, Integer> p = ngrams(pred, n);
        int refCount = Math.max(0, ref.size() - n + 1);
        int predCount = Math.max(0, pred.size() - n + 1);
        int overlap = 0;
        for (Map.Entry<String, Integer> e : r.entrySet()) {
            overlap += Math.min(e.getValue(), p.getOrDefault(e.getKey(), 0));
        }
        return f(overlap, predCount, refCount);
    }

    private static Map<String, Integer> ngrams(List<String> tokens, int n) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i + n <= tokens.size(); i++) {
            m.merge(String.join(" ", tokens.subList(i, i + n)), 1, Integer::sum);
        }
        return m;
    }

    private static double f(int hits, int predCount, int refCount) {
        double precision = predCount == 0 ? 0 : (double) hits / predCount;
        double recall = refCount == 0 ? 0 : (double) hits / refCount;
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    static double lsum(String reference, String prediction) {
        List<List<String>> ref = sentences(reference);
        List<List<String>> pred = sentences(prediction);
        int m = ref.stream().mapToInt(List::size).sum();
        int n = pred.stream().mapToInt(List::size).sum();
        if (m == 0 || n == 0) {
            return 0;
        }
        Map<String, Integer> refCounts = new HashMap<>();
        Map<String, Integer> predCounts = new HashMap<>();
        ref.forEach(s -> s.forEach(t -> refCounts.merge(t, 1, Integer::sum)));
        pred.forEach(s -> s.forEach(t -> predCounts.merge(t, 1, Integer::sum)));
        int hits = 0;
        for (List<String> r : ref) {
            TreeSet<Integer> union = new TreeSet<>();
            for (List<String> c : pred) {
                union.addAll(lcsIndices(r, c));
            }
            for (int i : union) {
                String t = r.get(i);
                if (predCounts.getOrDefault(t, 0) > 0 && refCounts.getOrDefault(t, 0) > 0) {
                    hits++;
                    predCounts.merge(t, -1, Integer::sum);
                    refCounts.merge(t, -1, Integer::sum);
                }
            }
        }
        return f(hits, n, m);
    }

    private static List<List<String>> sentences(String text) {
        List<List<String>> out = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (!line.isEmpty()) {
                out.add(tokenize(line));
            }
        }
        return out;
    }

    /** Indices into {@code ref} of one LCS with {@code can}, backtracked as rouge-score does. */
    static List<Integer> lcsIndices(List<String> ref, List<String> can) {
        int rows = ref.size();
        int cols = can.size();
        int[][] t = new int[rows + 1][cols + 1];
        for (int i = 1; i <= rows; i++) {
            for (int j = 1; j <= cols; j++) {
                t[i][j] = ref.get(i - 1).equals(can.get(j - 1)) ? t[i - 1][j - 1] + 1 : Math.max(t[i - 1][j], t[i][j - 1]);
            }
        }
        List<Integer> lcs = new ArrayList<>();
        int i = rows;
        int j = cols;
        while (i > 0 && j > 0) {
            if (ref.get(i - 1).equals(can.get(j - 1))) {
                lcs.add(0, i - 1);
                i--;
                j--;
            } else if (t[i][j - 1] > t[i - 1][j]) {
                j--;
            } else {
                i--;
            }
        }
        return lcs;
    }
}
