package org.scribeonfhir.drafting.extract;

import java.util.List;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.HistoryItem;
import org.scribeonfhir.drafting.visit.Support;

/**
 * "Have you ever had kidney stones?" "Yes, once, years ago.": a condition of the patient's past, named only by the
 * question and confirmed by the answer.
 */
final class AskedHistory {

    /** A question about the patient's own past, not today's illness. */
    private static final Pattern PAST = Pattern.compile("(?i)\\b(?:ever|before|in the past|previously|history of|"
            + "been (?:told|diagnosed))\\b");
    private static final Pattern YOU = Pattern.compile("(?i)\\byou\\b|^\\s*(?:and\\s+)?any (?:past |previous )?"
            + "history of\\b");
    /** Questions about others or about what today's illness might be. */
    private static final Pattern OTHERS = Pattern.compile("(?i)\\b(?:family|mum|mom|mother|dad|father|brother|sister|"
            + "parents?|relatives?|anyone|anybody|someone|grand\\w+|son|daughter|children|kids|think|worried|"
            + "tested|checked|vaccin\\w*|shots?|jabs?)\\b");

    private AskedHistory() {
    }

    static void read(Context c, Utterance q, Utterance a, List<HistoryItem> out) {
        String text = q.text();
        if (!PAST.matcher(text).find() || !YOU.matcher(text).find() || OTHERS.matcher(text).find()
                || Negation.answer(a.text(), c.dialogue.text(a.turn())) != Negation.Answer.YES) {
            return;
        }
        List<Match> named = c.vocabulary.find(Term.Kind.CONDITION, text);
        // "…asthma, diabetes or heart problems?" "Yes.": which of them the yes is for is not said
        if (named.size() != 1 || !c.vocabulary.find(Term.Kind.CONDITION, c.dialogue.text(a.turn())).isEmpty()) {
            return;
        }
        String name = named.get(0).term().canonical();
        if (!name.equals("drug allergy")) {
            HistoryReader.add(out, new HistoryItem("medical", name, null, Support.of(0.7, q.turn(), a.turn())));
        }
    }
}
