package org.scribeonfhir.drafting.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.HistoryItem;
import org.scribeonfhir.drafting.visit.Support;

/** A family history asked about: "Anyone in the family with heart disease?" "My dad."; "your dad?" "Heart attack." */
final class FamilyAnswers {

    private static final Pattern RELATIVE = Pattern.compile("(?i)\\b(mother|mom|mum|father|dad|brother|sister|"
            + "grandmother|grandma|grandfather|grandpa|aunt|uncle|parents)\\b");
    private static final Pattern ASKS = Pattern.compile("(?i).*\\b(?:family|parents?|mother|father|mom|mum|dad|"
            + "siblings?|brothers?|sisters?)\\b.*");

    private FamilyAnswers() {
    }

    /** The relative's condition the question and its answer name together, or null. */
    static HistoryItem of(Context c, Utterance q, Utterance a) {
        if (!ASKS.matcher(q.text()).matches() || Negation.answer(a.text()) == Negation.Answer.NO) {
            return null;
        }
        Matcher inAnswer = RELATIVE.matcher(a.text());
        Matcher inQuestion = RELATIVE.matcher(q.text());
        List<Match> named = c.vocabulary.find(Term.Kind.CONDITION, a.text());
        List<Match> asked = c.vocabulary.find(Term.Kind.CONDITION, q.text());
        Support s = Support.of(0.75, q.turn(), a.turn());
        if (inAnswer.find() && named.isEmpty() && !asked.isEmpty()) {
            // a husband's "My own father": his family, not hers
            String whose = Kinship.parentOfSpeaker(c, Attribution.fromCompanion(a, a.text().substring(0,
                    inAnswer.end()), Kinship.relation(inAnswer.group(1))));
            return Kinship.bloodRelative(whose)
                    ? new HistoryItem("family", asked.get(0).term().canonical(), whose, s) : null;
        }
        // "And remind me about your dad, he had heart trouble?" "Heart attack at sixty.": the relative asked about
        if (!inAnswer.reset().find() && inQuestion.find() && !named.isEmpty() && a.index() == 0
                && !a.text().toLowerCase(Locale.ROOT).matches("(?s).*\\b(?:i|i've|i'm|my|me)\\b.*")) {
            return new HistoryItem("family", named.get(0).term().canonical(), Kinship.relation(inQuestion.group(1)),
                    s);
        }
        return null;
    }
}
