package org.scribeonfhir.drafting.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.scribeonfhir.drafting.DraftNote;
import org.scribeonfhir.drafting.Section;
import org.scribeonfhir.drafting.Statement;

/**
 * Statements that restate speech instead of writing the note: a run of {@value #RUN} or more content words shared,
 * in order, with one transcript turn. Pronouns, "the patient" and fillers are dropped on both sides first, so the
 * drafter's "I" → "the patient" swap does not hide a copied sentence. Written for the benchmark, not from the
 * drafter's rules; a clinician's note shares such runs with speech only now and then (a drug's sig, a quoted phrase).
 */
final class Restated {

    static final int RUN = 6;
    private static final Set<String> DROPPED = Set.copyOf(Arrays.asList(("i me my mine myself you your yours yourself "
            + "he him his she her hers herself himself they them their theirs the patient patient's clinician um uh "
            + "like yeah so okay well just").split(" ")));

    private Restated() {
    }

    /** How many of the note's statements restate one turn of the transcript. */
    static int count(DraftNote note, String dialogue) {
        List<List<String>> turns = turns(dialogue);
        int n = 0;
        for (Section s : note.sections()) {
            for (Statement st : s.statements()) {
                n += restates(st.text(), turns) ? 1 : 0;
            }
        }
        return n;
    }

    /**
     * The same count for a clinician's reference note, line by line (headers and blank lines left out): {lines,
     * restated}. A line of a reference can hold several statements, so this is if anything an overcount.
     */
    static int[] countReference(String note, String dialogue) {
        List<List<String>> turns = turns(dialogue);
        int lines = 0;
        int restated = 0;
        for (String line : note.split("\n")) {
            if (line.isBlank() || line.strip().matches("[A-Z][A-Z /&]+:?")) {
                continue;
            }
            lines++;
            restated += restates(line, turns) ? 1 : 0;
        }
        return new int[] {lines, restated};
    }

    private static List<List<String>> turns(String dialogue) {
        List<List<String>> turns = new ArrayList<>();
        for (String line : dialogue.split("\n")) {
            turns.add(words(line.replaceFirst("^\\s*\\[[^\\]]*\\]\\s*", "")));
        }
        return turns;
    }

    private static boolean restates(String text, List<List<String>> turns) {
        List<String> w = words(text);
        return turns.stream().anyMatch(t -> longestRun(w, t) >= RUN);
    }

    static List<String> words(String text) {
        String t = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace("the patient's", "my")
                .replace("the patient", "i");
        List<String> out = new ArrayList<>();
        for (String w : t.split("[^a-z0-9']+")) {
            if (!w.isEmpty() && !DROPPED.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    private static int longestRun(List<String> a, List<String> b) {
        int best = 0;
        int[] previous = new int[b.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            int[] current = new int[b.size() + 1];
            for (int j = 1; j <= b.size(); j++) {
                if (a.get(i - 1).equals(b.get(j - 1))) {
                    current[j] = previous[j - 1] + 1;
                    best = Math.max(best, current[j]);
                }
            }
            previous = current;
        }
        return best;
    }
}
