package org.scribeonfhir.drafting.train;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.scribeonfhir.drafting.Turn;
import org.scribeonfhir.drafting.bench.NoteSections;
import org.scribeonfhir.drafting.model.Labels;

/**
 * Weak section labels for ACI-Bench training turns: a turn belongs to the part of the reference note whose
 * sentence shares the most (IDF-weighted) content words with it; a turn that shares too little belongs
 * nowhere ({@link Labels#NONE}).
 */
final class Alignment {

    static final Set<String> STOP = Set.of(("a an the and or but if so of to in on at for with from by about as is are was "
            + "were be been being am do does did done have has had having i me my we our you your he him his she her it its "
            + "they them their this that these those there here what which who whom how when where why not no yes yeah okay "
            + "ok um uh mm hmm just like know really very well also any some can could would should will shall may might "
            + "going gon na wan get got go one two all right oh alright then than too out up down over now today").split(" "));

    private final Map<String, Double> idf = new HashMap<>();

    Alignment(List<String> documents) {
        Map<String, Integer> df = new HashMap<>();
        for (String d : documents) {
            for (String w : new HashSet<>(words(d))) {
                df.merge(w, 1, Integer::sum);
            }
        }
        df.forEach((w, n) -> idf.put(w, Math.log((documents.size() + 1.0) / (n + 0.5))));
    }

    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.toLowerCase().split("[^a-z0-9]+")) {
            if (w.length() > 1 && !STOP.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /** The best IDF-weighted overlap of a sentence with any of the lines (0 unless at least two words are shared). */
    double best(String sentence, List<String> lines) {
        Set<String> words = new HashSet<>(words(sentence));
        double best = 0;
        for (String line : lines) {
            double score = 0;
            int shared = 0;
            for (String w : new HashSet<>(words(line))) {
                if (words.contains(w)) {
                    score += idf.getOrDefault(w, 1.0);
                    shared++;
                }
            }
            if (shared >= 2) {
                best = Math.max(best, score);
            }
        }
        return best;
    }

    List<String> label(List<Turn> turns, String note) {
        List<NoteSections.Line> lines = new ArrayList<>();
        for (NoteSections.Line l : NoteSections.lines(note)) {
            for (String sentence : l.text().split("(?<=[.!?])\\s+")) {
                lines.add(new NoteSections.Line(l.section(), sentence));
            }
        }
        List<Set<String>> lineWords = new ArrayList<>();
        for (NoteSections.Line l : lines) {
            lineWords.add(new HashSet<>(words(l.text())));
        }
        List<String> labels = new ArrayList<>();
        for (Turn t : turns) {
            Set<String> tw = new HashSet<>(words(t.text()));
            double best = 0;
            String label = Labels.NONE;
            for (int i = 0; i < lines.size(); i++) {
                double score = 0;
                int shared = 0;
                for (String w : tw) {
                    if (lineWords.get(i).contains(w)) {
                        score += idf.getOrDefault(w, 1.0);
                        shared++;
                    }
                }
                if (shared >= 2 && score > best) {
                    best = score;
                    label = lines.get(i).section();
                }
            }
            labels.add(best >= 4.0 ? label : Labels.NONE);
        }
        return labels;
    }
}
