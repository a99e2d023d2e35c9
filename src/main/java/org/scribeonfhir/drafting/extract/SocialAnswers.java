package org.scribeonfhir.drafting.extract;

import static org.scribeonfhir.drafting.extract.HistoryReader.ALCOHOL;
import static org.scribeonfhir.drafting.extract.HistoryReader.QUANTITY;
import static org.scribeonfhir.drafting.extract.HistoryReader.SMOKING;
import static org.scribeonfhir.drafting.extract.HistoryReader.SOCIAL_QUESTION;
import static org.scribeonfhir.drafting.extract.HistoryReader.add;
import static org.scribeonfhir.drafting.extract.HistoryReader.othersHabit;
import static org.scribeonfhir.drafting.extract.HistoryReader.speaksAsPatient;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.HistoryItem;
import org.scribeonfhir.drafting.visit.Support;

/** The answer to a social-history question (smoking, alcohol, drugs, caffeine) in the note's words. */
final class SocialAnswers {

    /** "…my vices are tomatoes and one glass of wine with dinner": how much is drunk, said in passing. */
    private static final String COUNT = "(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|ten)";
    private static final Pattern DRINK_AMOUNT = Pattern.compile("(?i)\\b((?:about |around |maybe )?(?:" + COUNT
            + "(?: (?:or|to) " + COUNT + ")?|half a|a couple of|a few) (?:glass(?:es)?|pints?|cans?|bottles?|shots?|"
            + "beers?|drinks|units|gin and tonics?|g and ts?|whiske?ys?|ciders?|lagers?)(?: of (?:red |white )?(?:wine|"
            + "beer|lager|cider|whiske?y|bourbon|vodka|gin|rum|spirits))?(?: (?:with dinner|a day|a night|a "
            + "week|(?:over|in|per) a week|every (?:day|night|evening)|"
            + "at night|(?:on|at) (?:the )?weekends?|nightly|daily|per week|most (?:nights|days|evenings)|at christmas|"
            + "on (?:special )?occasions|occasionally|socially|"
            + "on (?:a )?(?:friday|saturday|sunday)s?))*)");

    private static final Pattern BEVERAGE = Pattern.compile("(?i)\\b(?:wine|beer|lager|cider|whiske?y|bourbon|vodka|"
            + "gin|rum|spirits)\\b");

    private SocialAnswers() {
    }

    /** "How much are you drinking?" "About three litres a day.": the fluid a thirsty patient drinks, not alcohol. */
    private static final Pattern FLUIDS = Pattern.compile("(?i)\\b(?:\\d+(?:\\.\\d+)?|a|one|two|three|four|five) "
            + "(?:litres?|liters?|bottles? of water|glasses of water|pints of water)\\b|\\bwater\\b");
    private static final Pattern BOOZE = Pattern.compile("(?i)\\b(?:beers?|wine|lagers?|ciders?|spirits|vodka|whiske?y|"
            + "gin|rum|alcohol|units|pints?(?! of water))\\b");

    static void read(Context c, Utterance q, Utterance a, List<HistoryItem> out) {
        boolean smoking = SMOKING.matcher(q.text()).find();
        // "do you smoke" "i quit about two years ago": a former smoker, with when, unless the answer says more
        String former = smoking && speaksAsPatient(a) ? Habits.quitSmoking(a.text()) : null;
        int before = out.size();
        Support asked = Support.of(0.75, q.turn(), a.turn());
        if (SOCIAL_QUESTION.matcher(q.text()).find() && Negation.answer(a.text()) != Negation.Answer.NO
                && speaksAsPatient(a)
                && !(FLUIDS.matcher(a.text()).find() && !smoking && !BOOZE.matcher(a.text()).find())) {
            // "i quit ten years ago. i smoked a pack a day…": the whole answer
            List<String> told = HabitClauses.told(String.join(" ", c.dialogue.ofTurn(a.turn()).stream().map(x ->
                    Phrasing.tidy(x.text())).toList()));
            told.forEach(h -> add(out, new HistoryItem("social", h, "answer", asked)));
            if (!told.isEmpty()) {
                SocialReadBacks.apply(c, q, a, out, before, smoking);
                return;
            }
            String topic = smoking ? "Smokes" : ALCOHOL.matcher(q.text()).find() ? "Drinks" : null;
            for (Utterance x : c.dialogue.ofTurn(a.turn())) {
                String t = Phrasing.tidy(x.text()).replaceAll("(?i)^(?:yeah|yes|yep|well|like|um|uh)\\b,?\\s*", "")
                        // "I don't drink too much" is how much, not a no
                        .replaceAll("(?i)^(?:i )?(?:don't|do not|never) (smoke|drink)\\b(?!\\s+(?:too |that |very )?"
                                + "much|\\s+a lot|\\s+often|\\s+heavily).*$", "Does not $1")
                        .replaceFirst("^Does not smoke$", "Non-smoker");
                if (othersHabit(x) || Occupation.stated(x.text()) != null) {
                    continue; // "…I'm the cook at the primary, I do 340 dinners a day": the job, told as the job
                }
                String l = t.toLowerCase(Locale.ROOT);
                String drinks = "Drinks".equals(topic) || ALCOHOL.matcher(t).find() ? drinks(x.text()) : null;
                if (t.split("\\s+").length >= 2 && !l.matches("(?s).*\\b(?:exam|season|semester|anyway)\\b.*")
                        && !l.matches("(?s)^(?:that|it|this|which|but|and|so)\\b.*")
                        && (SOCIAL_QUESTION.matcher(t).find() || QUANTITY.matcher(t).find())) {
                    add(out, new HistoryItem("social", Habits.of(t, topic), "answer", Support.of(0.7, q.turn(),
                            a.turn())));
                } else if (drinks != null) {
                    // "It was most nights in the summer, now it's about three pints on a Friday": how much, now
                    add(out, new HistoryItem("social", drinks, "alcohol", Support.of(0.7, q.turn(), a.turn())));
                }
            }
            // "I gave up the year my granddaughter was born. Forty a day before that.": former, with how much
            if (former != null && out.subList(before, out.size()).stream().noneMatch(h -> h.text().matches(
                    "(?is).*\\b(?:quit|former|gave up|stopped|ex-smoker)\\b.*"))) {
                out.add(before, new HistoryItem("social", former, "answer", Support.of(0.8, q.turn(), a.turn())));
            }
            SocialReadBacks.apply(c, q, a, out, before, smoking);
            return;
        }
        // "No drugs. I drink socially, and I used to smoke": the no is the drugs', the rest is said for itself
        // "No, never. My flatmate vapes…": someone else's habit says nothing of the patient's
        String said = String.join(" ", c.dialogue.ofTurn(a.turn()).stream().filter(x -> x == a || !othersHabit(x))
                .map(Utterance::text).toList()).toLowerCase(Locale.ROOT);
        Support no = Support.of(0.8, q.turn(), a.turn());
        if (smoking && Negation.answer(a.text()) == Negation.Answer.NO
                && (!said.matches("(?s).*\\b(?:smok\\w*|cigarettes?|tobacco|vap\\w+|quit)\\b.*")
                || said.matches("(?s).*\\bnever (?:smoked|been a smoker)\\b.*")
                // "I don't smoke. A glass of wine at the weekend.": a non-smoker, and the drink after
                || said.matches("(?s)^\\W*(?:no,?\\s+)?(?:i )?(?:don't|do not) smoke\\b.*|^\\W*no (?:smoking|"
                + "cigarettes)\\b.*"))) {
            String admitted = SocialReadBacks.admittedAfter(c, a, true);
            add(out, admitted != null ? new HistoryItem("social", admitted, "answer", Support.of(0.7, q.turn(),
                    a.turn() + 2)) : new HistoryItem("social", a.text().matches("(?is)^\\W*(?:no,?\\s+)?never\\b.*")
                    ? "Never smoker" : "Non-smoker", null, no));
            drinksInPassing(c, a, out);
        } else if (ALCOHOL.matcher(q.text()).find() && Negation.answer(a.text()) == Negation.Answer.NO
                // "No, well, I have a pint from time to time": the no is taken back
                && !said.matches("(?s).*\\b(?:drink\\w*|alcohol|beers?|wine|liquor|pints?|glass(?:es)? of|lagers?|"
                + "cans?|ciders?|spirits|whisk(?:e)?y|vodka|gin|units?)\\b.*")) {
            String admitted = SocialReadBacks.admittedAfter(c, a, false); // "No, just a Coke." … "Okay, four pints."
            add(out, admitted != null ? new HistoryItem("social", admitted, "alcohol", Support.of(0.7, q.turn(),
                    a.turn() + 2)) : new HistoryItem("social", "Does not drink alcohol", null, no));
        }
    }

    /** "Do you smoke?" "Never. … one glass of wine with dinner.": the drink told after the no. */
    private static void drinksInPassing(Context c, Utterance a, List<HistoryItem> out) {
        for (Utterance x : c.dialogue.ofTurn(a.turn())) {
            // "I do like a glass of wine, maybe three or four glasses over a week": how much is the last said
            String amount = DRINK_AMOUNT.matcher(x.text()).results().map(m -> m.group(1)).reduce((p, n) -> n)
                    .orElse(null);
            boolean drink = amount != null && (ALCOHOL.matcher(amount).find() || ALCOHOL.matcher(x.text()).find());
            if (x != a && speaksAsPatient(x) && !othersHabit(x) && drink) {
                add(out, new HistoryItem("social", drinks(x.text()), "alcohol", Support.of(0.7, x.turn())));
            }
        }
    }

    /**
     * "Four pints on a Friday, four pints on a Saturday." → "Drinks 4 pints on a Friday, 4 pints on a Saturday";
     * the drink named elsewhere in the sentence goes with its measure ("half a bottle of wine"); null without one.
     */
    private static String drinks(String text) {
        List<String> amounts = DRINK_AMOUNT.matcher(text).results().map(m -> m.group(1)).toList();
        // "a glass of wine, maybe three or four glasses over a week", "three or four pints on a Sunday, four pounds
        // twenty a pint": the amounts said with how often; else the last said
        List<String> often = amounts.stream().filter(w -> w.matches("(?i).*\\b(?:(?:a|per|each|every) (?:day|night|"
                + "week|evening)|on (?:a )?\\w+days?|most \\w+|nightly|daily)\\b.*")).toList();
        List<String> kept = !often.isEmpty() ? often : amounts.isEmpty() ? amounts : List.of(amounts.get(
                amounts.size() - 1));
        if (kept.isEmpty() || kept.stream().noneMatch(w -> ALCOHOL.matcher(w).find()) && !ALCOHOL.matcher(text).find()
                && !BEVERAGE.matcher(text).find()) {
            return null;
        }
        Matcher named = BEVERAGE.matcher(text);
        String beverage = named.find() ? named.group() : null;
        String what = String.join(", ", kept.stream().map(w -> ALCOHOL.matcher(w).find() || beverage == null ? w
                : w.replaceFirst("(?i)\\b(glass(?:es)?|pints?|cans?|bottles?|shots?)\\b", "$1 of " + beverage))
                .toList());
        String said = Character.toLowerCase(what.charAt(0)) + what.substring(1);
        return "Drinks " + said.replaceFirst("^maybe ", "about ");
    }
}
