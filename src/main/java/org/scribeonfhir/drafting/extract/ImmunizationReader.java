package org.scribeonfhir.drafting.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.HistoryItem;
import org.scribeonfhir.drafting.visit.Support;

/**
 * Whether the patient's immunizations are up to date, as the historian says it ("shots are all up to date", "is
 * Ludo up to date with his vaccinations?" "yes"), with what was missed ("except the rotavirus").
 */
final class ImmunizationReader {

    private static final String SHOTS = "(?:shots|vaccines|vaccinations|immuni[sz]ations|jabs)";
    private static final Pattern SAID = Pattern.compile("(?i)\\b" + SHOTS + " (?:are|were) (?:all )?(?:up to date|"
            + "up-to-date|current|done)\\b(?:[,.]? ?(?:well, )?(except|apart from|but (?:not|he missed|she missed|"
            + "we missed))\\s+([^.;]{3,60}))?");
    private static final Pattern ASKED = Pattern.compile("(?i)\\b(?:up to date|up-to-date|current) (?:with|on) "
            + "(?:his|her|your|their|the|all)? ?(?:" + SHOTS + "|immuni[sz]ations?)\\b|\\b" + SHOTS
            + " (?:are |is )?(?:all )?up to date\\b");
    /** "All up to date, he had his one-year ones.": the answer said in the question's words. */
    private static final Pattern UP_TO_DATE = Pattern.compile("(?i)^\\W*(?:(?:yes|yeah|yep),?\\s+)?(?:they're |they are "
            + "|he's |she's |all |everything's )*(?:up to date|up-to-date)\\b");

    private ImmunizationReader() {
    }

    static List<HistoryItem> read(Context c) {
        List<HistoryItem> out = new ArrayList<>();
        for (Utterance u : c.utterances()) {
            if (!out.isEmpty()) {
                break;
            }
            Matcher m = SAID.matcher(u.text());
            if (u.historySide() && m.find() && !u.question()) {
                String missed = m.group(2) == null ? "" : Phrasing.tidy(m.group(2))
                        .replaceAll("(?i)\\b(?:we|he|she) missed\\b.*$", "").replaceAll("[,\\s]+$", "");
                out.add(new HistoryItem("immunizations", "up to date" + (missed.isEmpty() ? "" : ", except " + missed),
                        null, Support.of(0.8, u.turn())));
            } else if (u.clinician() && u.question() && ASKED.matcher(u.text()).find()) {
                Utterance a = c.dialogue.answerTo(u);
                if (a != null && (Negation.answer(a.text()) == Negation.Answer.YES
                        || UP_TO_DATE.matcher(a.text()).find())) {
                    out.add(new HistoryItem("immunizations", "up to date", null, Support.of(0.75, u.turn(),
                            a.turn())));
                }
            }
        }
        return out;
    }
}
