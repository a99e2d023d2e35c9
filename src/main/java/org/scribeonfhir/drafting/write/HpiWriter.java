package org.scribeonfhir.drafting.write;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.scribeonfhir.drafting.Statement;
import org.scribeonfhir.drafting.speech.ThirdPerson;
import org.scribeonfhir.drafting.visit.Measurement;
import org.scribeonfhir.drafting.visit.Narrative;
import org.scribeonfhir.drafting.visit.PatientInfo;
import org.scribeonfhir.drafting.visit.Presence;
import org.scribeonfhir.drafting.visit.Pronouns;
import org.scribeonfhir.drafting.visit.Support;
import org.scribeonfhir.drafting.visit.Symptom;
import org.scribeonfhir.drafting.visit.VisitModel;

/**
 * HISTORY OF PRESENT ILLNESS: who the patient is and why they came, the presenting symptoms with what was
 * said about them, the story in the note's words, pertinent negatives, then medications, allergies and
 * past, family and social history.
 */
final class HpiWriter {

    private HpiWriter() {
    }

    static List<Statement> write(VisitModel v) {
        List<Statement> out = new ArrayList<>();
        Pronouns p = v.patient().pronouns();
        Statement opening = opening(v);
        if (opening != null) {
            out.add(opening);
        }
        if (!v.historian().patient() && v.historian().support() != null) {
            out.add(Lines.statement("History is provided by the patient's " + v.historian().said() + ".",
                    v.historian().support()));
        }
        List<Timed> story = new ArrayList<>();
        List<Symptom> present = v.symptoms().stream().filter(Symptom::present).toList();
        List<Symptom> plain = new ArrayList<>();
        // the opening's "presents with cough for 6 days" is not said again as "She reports cough for 6 days."
        String presents = opening == null || v.reason() == null ? "\u0000"
                : v.reason().phrase().toLowerCase(Locale.ROOT);
        for (Symptom s : present) {
            if (toldBy(s, v.narrative()) && !described(s)) {
                continue;
            }
            String described = described(s) ? describe(s, p) : null;
            String told = described != null ? described.replaceFirst("^.*? reports ", "").replaceFirst("\\.$", "")
                    : name(s);
            if (presents.contains(told.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (described(s)) {
                story.add(new Timed(s.support().firstTurn(), Lines.statement(described, s.support())));
            } else {
                plain.add(s);
            }
        }
        if (!plain.isEmpty()) {
            List<String> names = plain.stream().map(HpiWriter::name).distinct().toList();
            Support support = Lines.join(plain.stream().map(Symptom::support).toList());
            String also = story.isEmpty() ? " reports " : " also reports ";
            story.add(new Timed(support.firstTurn(), Lines.statement(Lines.subject(p) + also + Lines.list(names, "and")
                    + ".", support)));
        }
        for (Narrative n : v.narrative()) {
            story.add(new Timed(n.support().firstTurn(), Lines.statement(n.text(), n.support())));
        }
        for (Measurement m : v.measurements()) {
            if (m.kind().equals("reported")) {
                // "my temperature was 38.5 last night": the patient's own reading belongs to the story
                String when = m.when() == null ? "" : " (" + m.when() + ")";
                story.add(new Timed(m.support().firstTurn(), Lines.statement(Lines.subject(p) + " reports "
                        + m.name().toLowerCase(Locale.ROOT) + " " + ResultsWriter.value(m) + when + ".", m.support())));
            }
        }
        story.sort(Comparator.comparingInt(Timed::turn));
        story.forEach(t -> out.add(t.statement()));
        List<Symptom> gone = v.symptoms().stream().filter(s -> s.presence() == Presence.RESOLVED).toList();
        if (!gone.isEmpty()) {
            List<String> names = gone.stream().map(HpiWriter::name).distinct().toList();
            out.add(Lines.statement(Lines.subject(p) + " previously had " + Lines.list(names, "and")
                    + ", since resolved.", Lines.join(gone.stream().map(Symptom::support).toList())));
        }
        List<Symptom> denied = v.symptoms().stream().filter(s -> s.presence() == Presence.DENIED).toList();
        if (!denied.isEmpty()) {
            List<String> names = denied.stream().map(HpiWriter::name).distinct().toList();
            out.add(Lines.statement(Lines.subject(p) + " denies " + Lines.list(names, "or") + ".",
                    Lines.join(denied.stream().map(Symptom::support).toList())));
        }
        // "The coach said she didn't answer him…": neither told nor denied; the clinician called it possible
        for (Symptom s : v.symptoms()) {
            if (s.presence() == Presence.UNCERTAIN && s.said().matches("(?:possible|possibly|suspected) .*")) {
                out.add(Lines.statement(Character.toUpperCase(s.said().charAt(0)) + s.said().substring(1) + ".",
                        s.support()));
            }
        }
        HpiBackground.write(v, p, out);
        return out;
    }

    private record Timed(int turn, Statement statement) {
    }

    private static Statement opening(VisitModel v) {
        PatientInfo pt = v.patient();
        Support support = Lines.join(Arrays.asList(pt.support(), v.reason() == null ? null
                : v.reason().support()));
        if (support == null) {
            return null;
        }
        String name = pt.name() != null ? pt.name() : "The patient";
        StringBuilder s = new StringBuilder(name);
        if (pt.ageText() != null) {
            s.append(" is ").append(article(pt.ageText())).append(' ').append(pt.ageText()).append(' ')
                    .append(noun(pt));
            if (!pt.history().isEmpty()) {
                s.append(" with a past medical history of ").append(Lines.list(pt.history(), "and"));
            }
            if (v.reason() != null) {
                s.append(" who presents ").append(preposition(v)).append(' ').append(told(v));
            }
        } else if (v.reason() != null) {
            s.append(" presents ").append(preposition(v)).append(' ').append(told(v));
        } else {
            return null;
        }
        return Lines.statement(s.append('.').toString(), support);
    }

    private static String article(String ageText) {
        return ageText.matches("(?:8|11|18|8\\d)-.*") ? "an" : "a";
    }

    private static String noun(PatientInfo pt) {
        if (pt.age() != null && pt.age() < 1 && (pt.ageText() == null || !pt.ageText().matches("(?:1[2-9]|[2-9]\\d)-month.*"))) {
            return "infant";
        }
        if (pt.age() != null && pt.age() < 13) {
            return "female".equals(pt.sex()) ? "girl" : "male".equals(pt.sex()) ? "boy" : "child";
        }
        return "female".equals(pt.sex()) ? "female" : "male".equals(pt.sex()) ? "male" : "patient";
    }

    /** "follow-up of hypertension; right knee pain" in prose: "…of hypertension, and right knee pain". */
    private static String told(VisitModel v) {
        return Lines.lowerFirst(v.reason().phrase()).replace("; ", ", and ");
    }

    private static String preposition(VisitModel v) {
        String r = v.reason().phrase().toLowerCase(Locale.ROOT);
        if (r.startsWith("follow-up")) {
            return "for";
        }
        boolean complaint = v.symptoms().stream().anyMatch(s -> r.contains(s.name().toLowerCase(Locale.ROOT)))
                || r.matches(".*\\b(?:pain|ache|cough|fever|rash|swelling|injury|laceration|bleeding|vomiting|diarrhea|"
                + "spells?|episodes?|attacks?)\\b.*");
        return complaint ? "with" : "for";
    }

    /** A narrative sentence from the symptom's first turn that names it already tells it. */
    private static boolean toldBy(Symptom s, List<Narrative> narrative) {
        String said = s.said() == null ? "" : s.said().toLowerCase(Locale.ROOT);
        for (Narrative n : narrative) {
            String t = n.text().toLowerCase(Locale.ROOT);
            if (n.support().turns().contains(s.support().firstTurn()) && (t.contains(said) || t.contains(
                    s.name().toLowerCase(Locale.ROOT)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean described(Symptom s) {
        return s.duration() != null || s.onset() != null || s.severity() != null || s.character() != null
                || s.timing() != null || s.radiation() != null || !s.aggravating().isEmpty() || !s.relieving().isEmpty();
    }

    /** "vomiting once", "syncope twice": an episode counted, whose count reads right after its name. */
    static boolean counted(Symptom s) {
        return s.timing() != null && s.timing().matches("once|twice|\\w+ times");
    }

    static String name(Symptom s) {
        return s.sidedName();
    }

    /** "She reports sharp right knee pain for 2 days, rated 7/10, worse with stairs, improved with ice." */
    static String describe(Symptom s, Pronouns p) {
        StringBuilder b = new StringBuilder(Lines.subject(p)).append(" reports ");
        boolean adjective = s.timing() != null && s.timing().matches("occasional|intermittent|constant");
        if (adjective) {
            b.append(s.timing()).append(' ');
        }
        boolean amount = s.severity() != null && s.severity().startsWith("of "); // "weight loss of 8 lb"
        if (s.severity() != null && !s.severity().contains("/") && !s.severity().startsWith("to ") && !amount) {
            b.append(s.severity()).append(' ');
        }
        // "pressure-like pelvic pain", not "pressure pelvic pain"
        if (s.character() != null && !name(s).contains(s.character())) {
            b.append(s.character().equals("pressure") && name(s).endsWith(" pain")
                    ? "pressure-like" : s.character()).append(' ');
        }
        b.append(name(s));
        if (amount) {
            b.append(' ').append(s.severity());
        }
        if (s.duration() != null) {
            b.append(" for ").append(s.duration().replaceFirst("^(?:the (?:past|last) )", ""));
        } else if (s.onset() != null) {
            b.append(s.onset().startsWith("since") ? " " : " that started ").append(s.onset());
        }
        if (s.severity() != null && s.severity().contains("/")) {
            b.append(", rated ").append(s.severity());
        } else if (s.severity() != null && s.severity().startsWith("to ")) {
            b.append(' ').append(s.severity());
        }
        // "night sweats, at night": a timing the name already says is left out
        if (s.timing() != null && !adjective && (s.severity() == null || !s.severity().contains(s.timing()))
                && !s.name().contains(s.timing().replaceFirst("^(?:at|in the|every) ", ""))
                && s.aggravating().stream().noneMatch(a -> a.startsWith(s.timing().replaceFirst("^with ", "")))) {
            b.append(counted(s) ? " " : ", ").append(s.timing());
        }
        if (s.radiation() != null) {
            b.append(", radiating ").append(s.radiation());
        }
        if (!s.aggravating().isEmpty()) {
            b.append(", worse with ").append(voice(Lines.list(s.aggravating(), "and"), p));
        }
        if (!s.relieving().isEmpty()) {
            b.append(", better with ").append(voice(Lines.list(s.relieving(), "and"), p));
        }
        return b.append('.').toString();
    }

    private static String voice(String phrase, Pronouns p) {
        return ThirdPerson.patient(phrase, p);
    }
}
