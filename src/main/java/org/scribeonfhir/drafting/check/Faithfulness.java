package org.scribeonfhir.drafting.check;

import java.util.ArrayList;
import java.util.List;

import org.scribeonfhir.drafting.DraftNote;
import org.scribeonfhir.drafting.Section;
import org.scribeonfhir.drafting.Statement;
import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.speech.Dialogue;
import org.scribeonfhir.ehr.EncounterContext;

/**
 * The faithfulness check, separate from the writer: each statement's clinical content (drugs, numbers with
 * units, symptoms and conditions with their polarity, side, whose) is looked for in the turns and chart
 * facts it cites. A statement fails when any of it is not there, is there with the other polarity or side,
 * belongs to someone else, or was corrected by the speaker. Statements people type are checked the same way
 * (the safety checks build on this).
 */
public final class Faithfulness {

    /** One reason a statement is not supported by its evidence. */
    public record Problem(String header, String statement, String kind, String detail) {
    }

    /** The check of a whole note: how many statements, and every problem found. */
    public record Report(int statements, List<Problem> problems) {

        public Report {
            problems = List.copyOf(problems);
        }

        /** Statements with at least one problem. */
        public int unsupported() {
            return (int) problems.stream().map(p -> p.header() + "\u0000" + p.statement()).distinct().count();
        }
    }

    private Faithfulness() {
    }

    public static Report check(DraftNote note, Dialogue dialogue, EncounterContext chart) {
        List<Problem> problems = new ArrayList<>();
        int n = 0;
        for (Section section : note.sections()) {
            for (Statement s : section.statements()) {
                n++;
                problems.addAll(check(section.header(), s, dialogue, chart));
            }
        }
        return new Report(n, problems);
    }

    /**
     * Lines nobody cited evidence for (what people type; the safety checks), each checked against the whole
     * visit: every turn and every chart fact, read once for all the lines.
     */
    public static final class WholeVisit {

        private final EvidenceText evidence;

        private WholeVisit(EvidenceText evidence) {
            this.evidence = evidence;
        }

        /** The conversation or the chart names this term ("TEST", "echocardiogram"), however it was said. */
        public boolean names(Term term) {
            String name = term.kind() + ":" + term.canonical();
            String word = term.canonical().toLowerCase(java.util.Locale.ROOT);
            // "x-ray" is named by "chest x-ray"; "chest x-ray" by "x-ray" of the chest
            return evidence.terms().stream().anyMatch(t -> t.equals(name) || t.startsWith(term.kind() + ":")
                    && (t.toLowerCase(java.util.Locale.ROOT).contains(word)
                            || word.contains(t.substring(t.indexOf(':') + 1).toLowerCase(java.util.Locale.ROOT))));
        }

        /** There is a visit to check against: turns or chart facts. */
        public boolean present() {
            return !evidence.empty();
        }

        /** The problems of one line of the note (empty when the visit supports all of it). */
        public List<Problem> check(String header, String line) {
            List<Problem> out = new ArrayList<>();
            if (evidence.empty()) {
                return out;
            }
            for (String[] p : Rules.all(Content.of(line), evidence)) {
                out.add(new Problem(header, line, p[0], p[1]));
            }
            return out;
        }
    }

    public static WholeVisit wholeVisit(Dialogue dialogue, EncounterContext chart) {
        return new WholeVisit(EvidenceText.whole(dialogue, chart));
    }

    /** The problems of one statement (empty when its evidence supports all of it). */
    public static List<Problem> check(String header, Statement s, Dialogue dialogue, EncounterContext chart) {
        EvidenceText evidence = EvidenceText.of(s, dialogue, chart);
        List<Problem> out = new ArrayList<>();
        if (evidence.empty()) {
            out.add(new Problem(header, s.text(), "no-evidence", "cites nothing that can be read"));
            return out;
        }
        Content content = Content.of(s.text());
        for (String[] p : Rules.all(content, evidence)) {
            out.add(new Problem(header, s.text(), p[0], p[1]));
        }
        return out;
    }
}
