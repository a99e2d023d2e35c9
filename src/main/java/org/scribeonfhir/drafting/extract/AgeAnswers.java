package org.scribeonfhir.drafting.extract;

import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.speech.Utterance;

/**
 * "How old is Zinhle now?" "Twenty months.", "73, I see from the chart.": the patient's age said in the talk when
 * no opening line ("a 45-year-old…") gives it.
 */
final class AgeAnswers {

    private static final Pattern HOW_OLD = Pattern.compile("(?i)\\bhow old (?:is|are)\\b");
    private static final Pattern ANSWER = Pattern.compile("(?i)^\\W*(?:(?:she's|he's|i'm|she is|he is|i am|"
            + "they're) )?(\\d{1,3})(?: (years?|months?|weeks?))?(?: old)?\\b(?! (?:days?|hours?|minutes?|kg|kilos?|"
            + "pounds?|lbs?|percent|o'clock)\\b)");
    private static final Pattern FROM_CHART = Pattern.compile("(?i)^\\W*(\\d{1,3}),? (?:i see|i can see|it says) "
            + "(?:from|on|in) (?:the|your|his|her) (?:chart|notes|record|file)\\b");

    record Age(int years, String text, int turn) {
    }

    private AgeAnswers() {
    }

    /** The age said in the first turns, or null. */
    static Age of(Context c) {
        for (Utterance u : c.utterances()) {
            if (u.turn() > 12) {
                break;
            }
            Matcher chart = FROM_CHART.matcher(u.text());
            if (u.clinician() && chart.find()) {
                return age(Integer.parseInt(chart.group(1)), null, u.turn());
            }
            if (!u.clinician() && u.index() == 0) {
                Utterance q = c.dialogue.questionFor(u);
                Matcher a = ANSWER.matcher(u.text());
                // "How old is Nico now?" "He's three weeks": the patient telling her baby's age is not her own
                boolean own = u.role() != org.scribeonfhir.drafting.speech.Role.PATIENT
                        || q != null && q.text().matches("(?is).*\\bhow old are you\\b.*");
                if (q != null && q.clinician() && q.turn() == u.turn() - 1 && HOW_OLD.matcher(q.text()).find()
                        && own && a.find()) {
                    return age(Integer.parseInt(a.group(1)), a.group(2), u.turn());
                }
            }
        }
        return null;
    }

    /** The age on the encounter's date from the chart's birth date, or null. */
    static Integer fromChart(Context c) {
        if (c.chart == null || c.chart.patient() == null || c.chart.patient().birthDate() == null) {
            return null;
        }
        try {
            LocalDate born = LocalDate.parse(c.chart.patient().birthDate().substring(0, 10));
            String start = c.chart.encounter() == null ? null : c.chart.encounter().start();
            LocalDate on = start == null ? LocalDate.now() : LocalDate.parse(start.substring(0, 10));
            return Period.between(born, on).getYears();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Age age(int n, String unit, int turn) {
        String u = unit == null ? "year" : unit.toLowerCase(Locale.ROOT).replaceAll("s$", "");
        if (n <= 0 || u.equals("year") && n > 110) {
            return null;
        }
        int years = u.equals("year") ? n : u.equals("month") ? n / 12 : 0;
        return new Age(years, n + "-" + u + "-old", turn);
    }
}
