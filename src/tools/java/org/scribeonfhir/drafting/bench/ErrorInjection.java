package org.scribeonfhir.drafting.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.Section;
import org.scribeonfhir.drafting.Statement;
import org.scribeonfhir.drafting.check.Faithfulness;
import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.lexicon.Vocabulary;
import org.scribeonfhir.drafting.speech.Dialogue;

/**
 * Proves the faithfulness check can fail: each supported statement of a draft is changed the way a drafter
 * goes wrong (another number, the opposite polarity, the other side, another drug) and checked again with the
 * same evidence. The share of changed statements the check flags is its detection rate per kind of error.
 */
final class ErrorInjection {

    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.])(\\d+(?:\\.\\d+)?)(?![\\w.]\\d)");
    private static final Pattern DENIES = Pattern.compile("\\b(denies|Denies)\\b");
    private static final Pattern REPORTS = Pattern.compile("\\b(reports|Endorses)\\b");
    private static final Pattern SIDE = Pattern.compile("\\b(left|right)\\b");

    private final Map<String, int[]> counts = new LinkedHashMap<>();

    void add(List<Section> sections, Dialogue dialogue) {
        for (Section section : sections) {
            for (Statement s : section.statements()) {
                if (s.evidence().stream().allMatch(e -> e.turns() == null)
                        || !Faithfulness.check(section.header(), s, dialogue, null).isEmpty()) {
                    continue;
                }
                try_(section.header(), s, dialogue, "number", number(s.text()));
                try_(section.header(), s, dialogue, "negation", negation(s.text()));
                try_(section.header(), s, dialogue, "side", side(s.text()));
                try_(section.header(), s, dialogue, "drug", drug(s.text()));
            }
        }
    }

    private void try_(String header, Statement s, Dialogue dialogue, String kind, String changed) {
        if (changed == null || changed.equals(s.text())) {
            return;
        }
        Statement wrong = new Statement(changed, s.confidence(), s.evidence());
        boolean flagged = !Faithfulness.check(header, wrong, dialogue, null).isEmpty();
        int[] c = counts.computeIfAbsent(kind, k -> new int[2]);
        c[0]++;
        c[1] += flagged ? 1 : 0;
    }

    private static String number(String text) {
        Matcher lead = Pattern.compile("^\\d+\\. ").matcher(text);
        Matcher m = NUMBER.matcher(text);
        if (!m.find(lead.find() ? lead.end() : 0)) {
            return null;
        }
        String v = m.group(1);
        String other = v.contains(".") ? String.valueOf(Math.round((Double.parseDouble(v) + 1.3) * 10) / 10.0)
                : String.valueOf(Integer.parseInt(v) * 2 + 3);
        return text.substring(0, m.start(1)) + other + text.substring(m.end(1));
    }

    private static String negation(String text) {
        if (DENIES.matcher(text).find()) {
            return DENIES.matcher(text).replaceFirst("reports");
        }
        Matcher r = REPORTS.matcher(text);
        return r.find() && !Vocabulary.get().find(Term.Kind.SYMPTOM, text).isEmpty() ? r.replaceFirst(
                r.group(1).equals("reports") ? "denies" : "Denies") : null;
    }

    private static String side(String text) {
        Matcher m = SIDE.matcher(text);
        return m.find() ? text.substring(0, m.start()) + (m.group(1).equals("left") ? "right" : "left")
                + text.substring(m.end()) : null;
    }

    private static String drug(String text) {
        List<Match> drugs = Vocabulary.get().find(Term.Kind.DRUG, text);
        if (drugs.isEmpty()) {
            return null;
        }
        Match m = drugs.get(0);
        String other = m.term().canonical().equals("lisinopril") ? "metoprolol" : "lisinopril";
        return text.substring(0, m.start()) + other + text.substring(m.end());
    }

    Map<String, Object> figures() {
        Map<String, Object> m = new LinkedHashMap<>();
        int all = 0;
        int caught = 0;
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            all += e.getValue()[0];
            caught += e.getValue()[1];
            m.put(e.getKey(), e.getValue()[1] + "/" + e.getValue()[0]);
        }
        m.put("injected", all);
        m.put("detected", caught);
        m.put("detection_rate", Benchmark.round4(all == 0 ? 0 : (double) caught / all));
        return m;
    }
}
