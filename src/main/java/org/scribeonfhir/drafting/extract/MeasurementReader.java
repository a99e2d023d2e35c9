package org.scribeonfhir.drafting.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.extract.Quantities.Quantity;
import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.Measurement;
import org.scribeonfhir.drafting.visit.Support;

/**
 * Vital signs and lab values, only with a measurement context: a named measure ("blood pressure", "a1c",
 * "temperature of") with a number in its plausible range after it. A number in small talk ("it was 101
 * degrees yesterday", "we won 6 to 3") has no measure and is never a clinical value.
 */
final class MeasurementReader {

    private static final int REACH = 45;
    /** A score said without its questionnaire's name ("your score was 16", "today it's 13"). */
    private static final Pattern SCORED = Pattern.compile("(?i)\\b(?:(?:your|the|that|his|her) score (?:was|is|came "
            + "to|came out at|of)|(?:you|he|she) scored|(?:today|this time) (?:it's|it is|it was))\\s*(?=\\d)");

    private MeasurementReader() {
    }

    static List<Measurement> read(Context c) {
        List<Measurement> out = new ArrayList<>();
        Term scale = null;
        int scaleTurn = -10;
        int pressureTurn = -10;
        PulseCount count = new PulseCount();
        ValueNext next = new ValueNext();
        for (Utterance u : c.utterances()) {
            if (Recounted.replace(c, u, out)) {
                continue;
            }
            List<Match> measures = c.vocabulary.find(Term.Kind.MEASURE, u.text()).stream()
                    .filter(m -> !ResultReader.urineCells(u.text(), m) && !MeasureValue.explains(u.text(), m))
                    .toList();
            Measurement named = measures.isEmpty() ? next.said(u) : null;
            if (named != null) {
                add(out, named);
            }
            if (u.clinician()) {
                for (Match m : measures) {
                    if (m.term().canonical().endsWith(" score") && !m.term().canonical().equals("Pain score")) {
                        scale = m.term();
                        scaleTurn = u.turn();
                    }
                }
                Matcher s = SCORED.matcher(u.text());
                if (scale != null && u.turn() - scaleTurn <= 3 && s.find()
                        && measures.stream().noneMatch(m -> m.start() < s.start())) {
                    // "You filled in the GAD-7." … "Your score was 16.": the score of the questionnaire just named
                    Quantity q = Quantities.find(u.text().substring(s.end())).stream().findFirst().orElse(null);
                    Measurement x = q == null ? null : MeasureValue.of(scale, q, u.text().substring(s.end()),
                            Support.of(0.8, scaleTurn, u.turn()));
                    if (x != null) {
                        add(out, x);
                        scale = null;
                        continue;
                    }
                }
            }
            Measurement rate = u.clinician() && !u.question() ? count.rate(u) : null;
            if (rate != null) {
                add(out, rate); // "So about eighty-eight a minute.": the rate worked out from the count
                continue;
            }
            if (u.clinician() && u.question()) {
                count.asked(u, measures);
                Utterance a = c.dialogue.answerTo(u);
                // "Do you have a peak flow meter?" "Somewhere. Hang on. … The best was 460.": anywhere in the reply
                List<Utterance> reply = a == null || echoes(c, u, a) ? List.of() : c.dialogue.ofTurn(a.turn());
                for (Utterance x : reply) {
                    if (x.index() >= a.index() && answered(measures, u, x, out)) {
                        break;
                    }
                }
                if (measures.stream().anyMatch(m -> m.term().canonical().equals("Blood pressure"))) {
                    pressureTurn = u.turn(); // "You've got a blood pressure monitor at home?" … "It says 124 over 78."
                }
                continue;
            }
            int before = out.size();
            read(c, u, measures, Support.of(u.clinician() ? 0.9 : 0.75, u.turn()), out);
            next.named(u, measures, out.size() > before);
            if (measures.stream().anyMatch(m -> m.term().canonical().equals("Blood pressure"))) {
                pressureTurn = u.turn();
            } else if ((u.clinician() || u.historySide()) && u.turn() - pressureTurn <= 2) {
                pressureSaid(c, u, out, pressureTurn);
            }
        }
        return out;
    }

    /** "…so that makes you 26? Any shortness of breath?" "26, yeah.": the number said back, no measurement. */
    private static boolean echoes(Context c, Utterance q, Utterance a) {
        List<Quantity> said = Quantities.find(a.text());
        if (said.isEmpty()) {
            return false;
        }
        String value = said.get(0).value();
        return java.util.stream.IntStream.rangeClosed(Math.max(1, q.turn() - 1), q.turn())
                .mapToObj(c.dialogue::ofTurn).flatMap(List::stream).filter(Utterance::question)
                .anyMatch(x -> Quantities.find(x.text()).stream().anyMatch(n -> n.value().equals(value)));
    }

    /** "…blood pressure machine at the pharmacy…" "We got one here too, the nurse had you at 146 over 94." */
    private static void pressureSaid(Context c, Utterance u, List<Measurement> out, int named) {
        Term bp = c.vocabulary.lookup(Term.Kind.MEASURE, "blood pressure");
        for (Quantity q : Quantities.find(u.text())) {
            if (bp != null && q.value().contains("/") && !q.value().endsWith("/10") && !target(u.text(), q)
                    && !NAMED_OWN.matcher(u.text().substring(0, q.start())).find()
                    && !USUAL.matcher(u.text().substring(0, q.start())).find()
                    && !corrected(u.text(), q) && (u.clinician() || Attribution.of(u, q.start())
                    .equals(Attribution.PATIENT))) {
                Measurement m = MeasureValue.of(bp, q, u.text(), Support.of(0.8, named, u.turn()));
                // "At my physical in April it was 152 over 94", "I did it before you rang, 108 over 64": the
                // patient's own reading, for the story
                m = m == null || m.when() == null && !u.historySide() ? m : reported(u, m);
                if (m != null) {
                    add(out, m);
                }
            }
        }
    }

    private static boolean answered(List<Match> measures, Utterance q, Utterance a, List<Measurement> out) {
        if (PulseCount.partOfAMinute(q.text()) || measures.stream().anyMatch(m -> m.term().canonical()
                .equals("Pain score"))) {
            // "count while I time thirty seconds" … "forty-four": half the rate; the clinician says the rate. "Out of
            // ten how bad is it" … "a seven": the pain's own rating, told with the pain
            return true;
        }
        List<Quantity> values = Quantities.find(a.text());
        // "How much weight have you lost?" "About ten pounds.": the change, not the weight
        if (measures.size() == 1 && !values.isEmpty() && !q.text().matches("(?is).*\\b(?:gain(?:ed)?|los[st]|loss|"
                + "put on|dropped|how much (?:more|less))\\b.*")) {
            // "I've done it three times, the best was 460": the first number that can be the reading
            for (Quantity v : values) {
                if (USUAL.matcher(a.text().substring(0, v.start())).find()
                        || !Attribution.of(a, v.start()).equals(Attribution.PATIENT)) {
                    continue; // "My best is usually about 450": a personal best; "my boyfriend … got 620": his
                }
                Measurement m = reported(a, MeasureValue.of(measures.get(0).term(), v, a.text(),
                        Support.of(0.75, q.turn(), a.turn())));
                if (m != null) {
                    add(out, m);
                    return true;
                }
            }
        }
        return false;
    }

    /** The sentence's measures (found once by the caller) with the numbers after them. */
    private static void read(Context c, Utterance u, List<Match> measures, Support support, List<Measurement> out) {
        String text = u.text();
        List<Quantity> values = Quantities.find(text);
        List<Quantity> used = new ArrayList<>();
        for (Match m : measures) {
            if (m.term().canonical().equals("Pain score") || AskedAbout.relative(c, u, m.start()) != null
                    || !Attribution.of(u, m.start()).equals(Attribution.PATIENT)) {
                // "Tell me about his sister." "…Her A1c was 7.2.": the sister's value; "my blood pressure was 160
                // over 90", said by his wife: hers
                continue;
            }
            for (Quantity q : values) {
                // "Ninety-seven percent oxygen": a saturation said before its name
                boolean before = q.unit().equals("%") && q.end() <= m.start() && m.start() - q.end() <= 2
                        && m.term().canonical().equals("Oxygen saturation") || blownOn(text, q, m);
                if (used.contains(q) || !before && (q.start() < m.end() || q.start() - m.end() > REACH)) {
                    continue;
                }
                if (!before && (between(values, measures, m, q) || testBetween(c, text, m, q)
                        || MeasureValue.apart(text, m.start(), m.end(), q))) {
                    break;
                }
                // "two years ago I had a kidney infection, I had a fever of like 103": that episode's value
                boolean past = u.historySide() && Attributes.YEARS_AGO.matcher(text.substring(0, q.start())).find();
                Measurement x = corrected(text, q) || target(text, q) || past ? null
                        : reported(u, MeasureValue.of(m.term(), q, text, support));
                x = x == null ? null : ReadingDates.earlier(c, u, text.substring(0, q.start()), x);
                if (x != null) {
                    used.add(q);
                    add(out, x);
                    break;
                }
            }
        }
        if (u.clinician() && c.part(u) == Part.EXAM) {
            for (Quantity q : values) {
                if (!used.contains(q) && q.unit().equals("mmHg")) {
                    Term bp = c.vocabulary.lookup(Term.Kind.MEASURE, "blood pressure");
                    if (bp != null) {
                        add(out, MeasureValue.of(bp, q, text, support));
                    }
                }
            }
        }
    }

    private static final Pattern USUAL = Pattern.compile("(?i)\\b(?:usually|normally|(?:my|her|his) best "
            + "(?:is|was|ever)|personal best|when i'm well|on a good day)\\b[^.;]*$");
    /** "Ken's own is always 160 over 95": someone named, and their own reading, not the patient's. */
    private static final Pattern NAMED_OWN = Pattern.compile("\\b[A-Z][a-z]+'s (?:own|usual|reading|is always|was always)\\b");
    private static final Pattern CORRECTED = Pattern.compile("(?i)^[^.?!]{0,40}?(?:\\bwait\\b|\\bsorry\\b|\\bno,|"
            // a dash gives way to a number after it ("98 — 96", "44.3 pounds — that's 20.1 kilos"), not to "61.2
            // kilos — your chart says 64 before the pregnancy"
            + "not (?:yours|his|hers|right)|wrong (?:chart|patient|one)|scratch that|\\bi mean\\b|"
            + "(?:—|--)\\s*(?:(?:sorry|no|wait|actually|make that|that's|that is)\\W*)?\\d)");

    private static final Pattern TARGET = Pattern.compile("(?i)(?:\\b(?:under|below|above|over|less than|more than|"
            + "greater than|at least|at most|goal|target|aim for|get it (?:to|under|below)|keep it|between)\\s*(?:of\\s*)?"
            + "|\\bif\\b.*)$");

    /** "weight 60 kilos or under", "creatinine 1.5 or higher": a threshold named after its number. */
    private static final Pattern THRESHOLD = Pattern.compile("(?i)^\\s*(?:or|and) (?:under|less|lower|below|more|"
            + "higher|"
            + "over|above|greater|fewer)\\b");

    private static final Pattern BLOWN = Pattern.compile("(?i)\\b(?:blew|blows|blow|got|scored|managed)\\s+$");

    /** "…blew two hundred ten on the peak flow": a reading said before the measure it was done on. */
    private static boolean blownOn(String text, Quantity q, Match m) {
        return q.end() <= m.start() && text.substring(q.end(), m.start()).matches("\\s+on (?:the|his|her|my|your) ")
                && BLOWN.matcher(text.substring(0, q.start())).find();
    }

    /** "If your A1c isn't under 7.5", "we want the LDL below 70", "1.5 or higher": a goal or threshold, not a value. */
    static boolean target(String text, Quantity q) {
        return TARGET.matcher(text.substring(0, q.start())).find() || THRESHOLD.matcher(text.substring(q.end())).find();
    }

    /** "lithium level, 1.4 — wait, that's not yours": a value the speaker took back. */
    static boolean corrected(String text, Quantity q) {
        return CORRECTED.matcher(text.substring(q.end())).find();
    }

    /** Another measure named between this one and the number: the number is that one's. */
    private static boolean between(List<Quantity> values, List<Match> measures, Match m, Quantity q) {
        for (Match o : measures) {
            if (o != m && o.start() > m.end() && o.end() <= q.start()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "order a hemoglobin A1c and also a CBC and a chem-12": another test named between the measure and the number
     * (or the number a test's own name, "chem-12"), so the number is no value of the measure; a drug too ("for the
     * heart rate, you're on metoprolol 25": its dose).
     */
    private static boolean testBetween(Context c, String text, Match m, Quantity q) {
        String gap = text.substring(m.end(), q.start());
        return gap.matches("(?is).*\\b(?:chem|smac|bmp|cmp|panel)[- ]?$")
                // "…metoprolol succinate 25", not "ferritin, the iron stores, is 4"
                || c.vocabulary.find(Term.Kind.DRUG, gap).stream().anyMatch(d -> gap.substring(d.end())
                        .matches("(?i)[\\s,;:]*(?:(?!is\\b|was\\b|of\\b|at\\b)[a-z]+\\s+)?")) // "sugar, metformin, 500"
                || c.vocabulary.find(Term.Kind.TEST, gap).stream()
                        .anyMatch(t -> !t.term().canonical().equals("blood work")); // "the a1c on the labs was 7.2"
    }

    /** "My temperature was 38.5 last night": a reading the patient took, for the history, not the exam's vitals. */
    private static Measurement reported(Utterance u, Measurement m) {
        return m == null || !u.historySide() || !m.kind().equals("vital") ? m
                : new Measurement(m.name(), m.value(), m.unit(), "reported", m.when(), m.support());
    }

    private static void add(List<Measurement> out, Measurement m) {
        for (int i = 0; i < out.size(); i++) {
            Measurement x = out.get(i);
            if (x.name().equals(m.name()) && Quantities.same(x.value(), m.value())) {
                out.set(i, new Measurement(x.name(), x.value(), x.unit().isEmpty() ? m.unit() : x.unit(), x.kind(),
                        x.when() != null ? x.when() : m.when(), x.support().and(m.support())));
                return;
            }
        }
        out.add(m);
    }
}
