package org.scribeonfhir.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.NoteHeaders;
import org.scribeonfhir.drafting.check.Faithfulness;
import org.scribeonfhir.drafting.extract.Negation;
import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.lexicon.Vocabulary;
import org.scribeonfhir.drafting.visit.Presence;

/**
 * Each line of the note against the whole visit — every turn of the conversation and every chart fact — with
 * the drafting's own faithfulness rules (one place that knows what a drug, a number, a denial or a relative
 * is): a symptom the patient denied written as present, a relative's condition written as the patient's, a value
 * the speaker corrected, are critical; a drug, condition, number or side nobody said is a warning (people may
 * add what was decided after the conversation).
 */
final class SupportCheck {

    private static final Set<String> UNSAID = Set.of("drug", "concept", "number", "side");
    private static final List<String> EVIDENCE = List.of("the conversation and the chart");
    /** A line about the family is where relatives' conditions belong; a denied condition is no one's. */
    private static final Pattern FAMILY = Pattern.compile("(?i)\\b(?:famil\\w*|parents?|maternal|paternal|siblings?|"
            + "relatives?|mother|father|mom|dad|brothers?|sisters?|aunts?|uncles?|grand\\w+|cousins?|sons?|"
            + "daughters?|wife|husband|spouse|partner)\\b");
    private static final Pattern LISTED_DENIAL = Pattern.compile("(?i)^(?:[a-z. ]{0,30}\\b)?(?:denies|denied|no|"
            + "negative for|without)\\b");
    private static final Pattern PAST = Pattern.compile("(?i)\\b(?:former|formerly|quit|previous(?:ly)?|prior|past|"
            + "used to|history of|resolved|no longer)\\b");
    private static final Pattern DENIED = Pattern.compile("(?i)\\b(?:denies|denied|no|not|negative|never|without)\\b");

    private SupportCheck() {
    }

    static List<Finding> check(Map<String, String> note, Faithfulness.WholeVisit visit) {
        List<Finding> out = new ArrayList<>();
        for (String header : NoteHeaders.ALL) {
            for (String line : note.getOrDefault(header, "").split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                List<String> unsaid = new ArrayList<>();
                for (Faithfulness.Problem p : visit.check(header, line.strip())) {
                    Finding f = finding(p);
                    if (f == null && (UNSAID.contains(p.kind()) || p.detail().endsWith("is not in its evidence"))
                            && !(p.kind().equals("concept") && negative(line, subject(p)))) {
                        String what = subject(p);
                        if (!unsaid.contains(what)) {
                            unsaid.add(what);
                        }
                    } else if (f != null && out.stream().noneMatch(o -> o.line().equals(f.line())
                            && o.message().equals(f.message()))) {
                        out.add(f);
                    }
                }
                if (!unsaid.isEmpty()) { // one warning per line, however much of it nobody said
                    out.add(new Finding("unsupported", Finding.Severity.WARNING, header, line.strip(),
                            "Not in the conversation or the chart: " + String.join(", ", unsaid) + ".",
                            EVIDENCE));
                }
            }
        }
        return out;
    }

    /**
     * The line writes this condition or finding as absent ("No murmurs.", "Denies melena."): an exam's or a
     * review's negative that nobody said aloud is how notes are written, not unsupported content.
     */
    private static boolean negative(String line, String canonical) {
        for (Match m : Vocabulary.get().find(line, Term.Kind.SYMPTOM, Term.Kind.CONDITION)) {
            if (m.term().canonical().equalsIgnoreCase(canonical)) {
                String sentence = sentenceAround(line, m.start());
                int at = m.start() - line.indexOf(sentence);
                return LISTED_DENIAL.matcher(sentence).find()
                        || Negation.of(sentence, at, at + m.surface().length()) == Presence.DENIED;
            }
        }
        return false;
    }

    private static String sentenceAround(String line, int at) {
        int start = Math.max(line.lastIndexOf(". ", at) + 1, line.lastIndexOf(": ", at) + 1);
        int end = line.indexOf(". ", at);
        return line.substring(start, end < 0 ? line.length() : end + 1).strip();
    }

    /** What a problem is about: "amoxicillin", "500 mg", "left". */
    private static String subject(Faithfulness.Problem p) {
        return p.detail().replaceFirst(" (?:is|was) (?:not in its evidence|denied here|present here|said of|"
                + "corrected).*$", "").replace("\"", "");
    }

    /** The critical problems as findings of their own; null for the rest. */
    private static Finding finding(Faithfulness.Problem p) {
        String what = subject(p);
        String said = what.isEmpty() ? what : Character.toUpperCase(what.charAt(0)) + what.substring(1);
        return switch (p.kind()) {
            case "negation" -> p.detail().contains("present here but denied")
                    ? deniedButWritten(p, said)
                    // A history written as denied that the patient reported; the exam's own negatives are not history.
                    : p.header().equals(NoteHeaders.PHYSICAL_EXAM) || p.header().equals(NoteHeaders.RESULTS) ? null
                    : new Finding("negation", Finding.Severity.WARNING, p.header(), p.statement(), said
                            + " is written as absent, but the conversation mentions it as present.", EVIDENCE);
            case "whose" -> p.detail().endsWith("is not in its evidence") || FAMILY.matcher(p.statement()).find()
                    || DENIED.matcher(p.statement()).find() ? null
                    : critical("attribution", p, said + " was said of someone else in the conversation ("
                            + who(p.detail()) + "), not of the patient.");
            case "corrected" -> critical("corrected", p, said + " was corrected in the conversation: the corrected "
                    + "value belongs here.");
            default -> null; // unsaid content is gathered per line; "wording": paraphrase is how notes are written
        };
    }

    /**
     * A symptom the patient denied, written as present: critical in the history (chief complaint, HPI, review of
     * systems); a warning where it may be the past ("former smoker") or in the plan; nothing in the exam and results,
     * which are the clinician's findings, not the patient's account, or on a line about the family.
     */
    private static Finding deniedButWritten(Faithfulness.Problem p, String said) {
        String message = said + " is written as present, but in the conversation the patient denied it.";
        if (p.header().equals(NoteHeaders.PHYSICAL_EXAM) || p.header().equals(NoteHeaders.RESULTS)
                || FAMILY.matcher(p.statement()).find()) {
            return null;
        }
        boolean history = List.of(NoteHeaders.CHIEF_COMPLAINT, NoteHeaders.HPI, NoteHeaders.ROS).contains(p.header());
        return history && !PAST.matcher(p.statement()).find() ? critical("negation", p, message)
                : new Finding("negation", Finding.Severity.WARNING, p.header(), p.statement(), message, EVIDENCE);
    }

    private static String who(String detail) {
        int open = detail.lastIndexOf('(');
        String w = open < 0 ? "another person" : detail.substring(open + 1, detail.length() - 1);
        w = w.toLowerCase(Locale.ROOT).replace('_', ' ');
        return w.equals("speaker") ? "the clinician" : w.equals("patient") ? "another person" : "the patient's " + w;
    }

    private static Finding critical(String kind, Faithfulness.Problem p, String message) {
        return new Finding(kind, Finding.Severity.CRITICAL, p.header(), p.statement(), message,
                EVIDENCE);
    }

}
