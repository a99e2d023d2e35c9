package org.scribeonfhir.drafting.extract;

import static org.scribeonfhir.drafting.extract.HistoryReader.ALCOHOL;
import static org.scribeonfhir.drafting.extract.HistoryReader.QUANTITY;
import static org.scribeonfhir.drafting.extract.HistoryReader.SMOKING;
import static org.scribeonfhir.drafting.extract.HistoryReader.SOCIAL_QUESTION;
import static org.scribeonfhir.drafting.extract.HistoryReader.add;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.HistoryItem;
import org.scribeonfhir.drafting.visit.Support;

/** Social history the patient tells in passing, in any answer: a job, tobacco, alcohol, caffeine, drugs. */
final class SocialTold {

    private static final Pattern DRUGS = Pattern.compile("(?i)\\b(?:marijuana|weed|cannabis|cocaine|heroin|meth|"
            + "recreational drugs|street drugs|illicit)\\b");
    private static final Pattern CAFFEINE = Pattern.compile("(?i)\\b(?:caffeine|coffee|energy drinks?|sodas?|"
            + "red bull|monster)\\b");
    private static final Pattern WORK = Pattern.compile("(?i)\\bi (?:work|worked) (?:as|at|in|for)\\b");

    private SocialTold() {
    }

    static void read(Context c, Utterance u, List<HistoryItem> out) {
        String text = u.text();
        if (!HistoryReader.speaksAsPatient(u)) {
            return;
        }
        String job = Occupation.stated(text);
        if (job != null && out.stream().noneMatch(h -> h.text().startsWith("Occupation: "))) {
            add(out, new HistoryItem("social", "Occupation: " + job, "work", Support.of(0.7, u.turn())));
        } // "I'm a teaching assistant, so it's tea and biscuits…": said in passing, in any answer
        if (!Attribution.of(u, text.length()).equals(Attribution.PATIENT) || HistoryReader.othersHabit(u)) {
            return;
        }
        String what = CAFFEINE.matcher(text).find() && QUANTITY.matcher(text).find() ? "caffeine"
                : SMOKING.matcher(text).find() ? "tobacco" : drinksAmount(text) ? "alcohol"
                : DRUGS.matcher(text).find() ? "drugs"
                : WORK.matcher(text).find() ? "work" : null;
        Utterance q = c.dialogue.questionFor(u);
        if (q != null && SOCIAL_QUESTION.matcher(q.text()).find() && (u.index() == 0 || what != null
                && out.stream().anyMatch(h -> h.kind().equals("social") && h.support().turns().contains(u.turn())
                && what.equals(habit(h.text()))))) {
            return; // the answer told already, in the social answer's words
        }
        if (what == null || c.relevance(u) < 0.3 && !what.equals("tobacco") || what.equals("work")
                && out.stream().anyMatch(h -> h.text().startsWith("Occupation: "))) {
            return; // the work, once asked and answered, is not told again from a later sentence
        }
        List<String> told = HabitClauses.told(Phrasing.tidy(text));
        // "twelve years quit now and maybe two beers on the weekend": each habit on its own
        (told.size() > 1 ? told : List.of(Habits.of(text)))
                .forEach(h -> add(out, new HistoryItem("social", h, what, Support.of(0.7, u.turn()))));
    }

    /**
     * A drink and, in its clause or the next two, an amount: not "…to give the dog his insulin, two shots a day, so I
     * didn't drink as much as some".
     */
    private static boolean drinksAmount(String text) {
        String[] clauses = text.split("[,;]|\\s(?=(?:so|but|because)\\b)");
        for (int i = 0; i < clauses.length; i++) { // "I drink, like, on weekends": the amount may follow
            if (ALCOHOL.matcher(clauses[i]).find() && QUANTITY.matcher(String.join(",",
                    Arrays.copyOfRange(clauses, i, Math.min(clauses.length, i + 3)))).find()) {
                return true;
            }
        }
        return false;
    }

    /** Which habit a social-history line tells: "tobacco", "alcohol", or null. */
    private static String habit(String line) {
        return SMOKING.matcher(line).find() ? "tobacco" : ALCOHOL.matcher(line).find() ? "alcohol" : null;
    }
}
