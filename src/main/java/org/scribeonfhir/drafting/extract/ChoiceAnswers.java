package org.scribeonfhir.drafting.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.Presence;
import org.scribeonfhir.drafting.visit.Support;

/**
 * "Is it a dry cough, or are you bringing anything up?" "Dry. Totally dry.": a question that offers two things,
 * answered with a word of the first, affirms the first (with the word as its character) and denies the second.
 */
final class ChoiceAnswers {

    /** The reply's first word that says something, after fillers. */
    private static final Pattern FIRST_WORD = Pattern.compile("(?i)^\\W*(?:(?:oh|well|um|uh|it's|its|it is|mostly|"
            + "just|more|definitely|totally|completely|pretty|very|really|a)\\W+)*([a-z]{3,})\\b");
    private static final Pattern OR_AT_END = Pattern.compile("(?is).*\\bor\\W*$");
    /** "Is it dry, or…", "Is the cough dry or…": a question of which, not "any pressure or pain?", a list. */
    private static final Pattern ASKS_WHICH = Pattern.compile("(?i)^\\W*(?:(?:and|so|okay|ok|now)\\W+)*(?:(?:\\w+ )?"
            + "(?:days?|weeks?) )?(?:is|are|was|were|does|do) (?:it|the|that|they|this|your)\\b");
    private static final Pattern BOTH_IN_PART = Pattern.compile("(?i)\\b(?:mostly|mainly|partly|sometimes|but|maybe|"
            + "bit of|some|a little|both|except|occasionally)\\b");

    private ChoiceAnswers() {
    }

    /**
     * Whether the reply chose the first of two options, the first perhaps the sentence before cut at its "or" ("Is it
     * a dry cough, or" "are you bringing anything up?"); its symptoms are then affirmed and the second's denied.
     */
    static boolean read(Context c, SymptomReader r, Utterance q, Utterance a, String asked, List<Match> askedAbout) {
        List<Utterance> turn = c.dialogue.ofTurn(q.turn());
        String before = q.index() > 0 && turn.size() > q.index() ? turn.get(q.index() - 1).text() : "";
        String lead = OR_AT_END.matcher(before).matches() ? before + " " : "";
        String question = lead + asked;
        int or = question.toLowerCase(Locale.ROOT).lastIndexOf(" or");
        Matcher w = FIRST_WORD.matcher(a.text());
        if (or < 0 || !w.find()) {
            return false;
        }
        // "it's mostly dry but in the morning I bring up a little yellowish stuff": both, in part
        if (BOTH_IN_PART.matcher(a.text()).find() || !ASKS_WHICH.matcher(question).find()) {
            return false;
        }
        String chosen = w.group(1).toLowerCase(Locale.ROOT);
        Pattern word = Pattern.compile("\\b" + Pattern.quote(chosen) + "\\b");
        String first = question.substring(0, or).toLowerCase(Locale.ROOT).replaceFirst("(?s)^.*[.?!]\\s", "");
        List<Match> second = askedAbout.stream().filter(m -> lead.length() + m.start() > or).toList();
        if (!word.matcher(first).find() || word.matcher(question.substring(or).toLowerCase(Locale.ROOT)).find()
                || second.isEmpty()) {
            return false;
        }
        Support s = Support.of(SymptomQuestions.ANSWERED, q.turn(), a.turn());
        for (Match m : r.symptoms(first)) {
            r.context = null;
            SymptomBuilder b = r.builder(m, q, first);
            if (b != null) {
                b.mention(Presence.PRESENT, s);
                b.character = b.character == null ? Attributes.character(chosen) : b.character;
                r.last = b;
            }
        }
        for (Match m : second) {
            r.context = null;
            SymptomBuilder b = r.builder(m, q, asked);
            if (b != null) {
                b.mention(Presence.DENIED, s);
            }
        }
        return true;
    }
}
