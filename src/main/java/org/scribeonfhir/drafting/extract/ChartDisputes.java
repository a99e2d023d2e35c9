package org.scribeonfhir.drafting.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.Presence;
import org.scribeonfhir.ehr.ChartFact;

/**
 * Chart facts the conversation contradicts: the chart lists a coronary stent and the patient says "I've never
 * had a stent", or an appendectomy and "it was my gallbladder, not my appendix". The note does not repeat
 * them as facts; the reviewer is told to check the chart.
 */
final class ChartDisputes {

    private static final Set<String> GENERIC = Set.of("history", "disease", "disorder", "placement", "status",
            "chronic", "acute", "essential", "finding", "problem", "situation", "procedure", "removal", "primary");

    private ChartDisputes() {
    }

    record Dispute(String reference, String label, int turn) {
    }

    static List<Dispute> find(Context c) {
        List<Dispute> out = new ArrayList<>();
        if (c.chart == null) {
            return out;
        }
        for (ChartFact f : c.chart.conditions()) {
            List<String> words = new ArrayList<>();
            for (String w : f.label().toLowerCase(Locale.ROOT).split("[^a-z]+")) {
                if (w.length() >= 5 && !GENERIC.contains(w)) {
                    words.add(w.substring(0, Math.min(6, w.length())));
                }
            }
            for (Utterance u : c.utterances()) {
                if (!u.historySide() || u.question()) {
                    continue;
                }
                int turn = denied(u, words);
                if (turn > 0) {
                    out.add(new Dispute(f.reference(), f.label(), turn));
                    break;
                }
            }
        }
        return out;
    }

    /** The turn when the sentence denies a word of the label ("never had a stent"), else 0. */
    private static int denied(Utterance u, List<String> stems) {
        String text = u.text().toLowerCase(Locale.ROOT);
        for (String stem : stems) {
            var m = java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(stem) + "[a-z]*").matcher(text);
            while (m.find()) {
                if (Negation.of(text, m.start(), m.end()) == Presence.DENIED) {
                    return u.turn();
                }
            }
        }
        return 0;
    }
}
