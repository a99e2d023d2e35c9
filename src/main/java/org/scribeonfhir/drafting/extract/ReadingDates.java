package org.scribeonfhir.drafting.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.extract.Quantities.Quantity;
import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.Measurement;

/** When a reading was taken: said next to it, or, for a value the patient reports in the past, just before. */
final class ReadingDates {

    private static final Pattern WHEN = Pattern.compile("(?i)\\b(?:(?:about |around )?\\d+ (?:days?|weeks?|months?|"
            + "years?) ago|last (?:week|month|year|visit|time)|this morning|yesterday|in (?:january|february|march|"
            + "april|may|june|july|august|september|october|november|december)|at home|at the pharmacy|on (?:monday|"
            + "tuesday|wednesday|thursday|friday|saturday|sunday))\\b");
    private static final Pattern PAST = Pattern.compile("(?i)\\b(?:was|were)\\b");

    private ReadingDates() {
    }

    /** "Dr. Merriweather stopped that in August. My potassium was high, 5.8 she said.": August's. */
    static Measurement earlier(Context c, Utterance u, String before, Measurement x) {
        if (x.when() != null || u.clinician() || !PAST.matcher(before).find()) {
            return x;
        }
        String then = earlierWhen(c, u);
        return then == null ? x : new Measurement(x.name(), x.value(), x.unit(), x.kind(), then, x.support());
    }

    /** A time said in the sentence just before, in the same turn ("…stopped that in August."), or null. */
    private static String earlierWhen(Context c, Utterance u) {
        List<Utterance> turn = c.dialogue.ofTurn(u.turn());
        if (u.index() == 0 || u.index() > turn.size()) {
            return null;
        }
        Matcher w = WHEN.matcher(turn.get(u.index() - 1).text());
        String last = null;
        while (w.find()) {
            last = w.group();
        }
        return last == null || last.matches("(?i)at home|at the pharmacy") ? null : last;
    }

    /**
     * When the value was taken, said next to it: "your PHQ-9 today is 12, in January it was 19" gives 12 no date
     * and 19 January's — a time said across another number is that number's.
     */
    static String when(String text, Quantity q) {
        if (text.substring(Math.max(0, q.start() - 25), q.start()).matches("(?is).*\\b(?:today|now|currently)\\b.*")) {
            return null;
        }
        Matcher w = WHEN.matcher(text);
        String nearest = null;
        int distance = Integer.MAX_VALUE;
        while (w.find()) {
            boolean before = w.end() <= q.start();
            String between = before ? text.substring(w.end(), q.start())
                    : w.start() >= q.end() ? text.substring(q.end(), w.start()) : "";
            String next = text.substring(w.end(), Math.min(text.length(), w.end() + 20));
            // "I stopped that 5 days ago because her pressures had settled, 118 over 74 on Saturday": the nearer
            if (!between.matches("(?s).*\\d.*") && (before || !next.matches("(?s).*\\d.*"))
                    && between.length() < distance) {
                nearest = w.group();
                distance = between.length();
            }
        }
        return nearest;
    }
}
