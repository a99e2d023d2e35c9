package org.scribeonfhir.review;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Which drafted statement a person's changed line came from: the one sharing most of its words, if most. */
final class LineSimilarity {

    /** Shared words over all words of the two (Jaccard); below this a line is new, not a changed statement. */
    static final double MIN_SHARED = 0.5;

    private LineSimilarity() {
    }

    static PaneView.StatementView closest(String line, List<PaneView.StatementView> candidates) {
        Set<String> words = words(line);
        PaneView.StatementView best = null;
        double bestScore = MIN_SHARED;
        for (PaneView.StatementView candidate : candidates) {
            double score = jaccard(words, words(candidate.text()));
            if (score >= bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(b);
        return (double) shared.size() / union.size();
    }

    static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
