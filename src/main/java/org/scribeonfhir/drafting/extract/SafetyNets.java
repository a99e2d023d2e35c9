package org.scribeonfhir.drafting.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.speech.Utterance;

/**
 * "Now, if your symptoms return and they persist." "Then you may need to attend A and E.": a trigger said as one
 * sentence and its action as the next are one instruction; written apart, the action is lost.
 */
final class SafetyNets {

    private static final Pattern IF = Pattern.compile("(?is)^\\W*(?:(?:and|so|but|now|okay|ok|right|also|um|uh|then)"
            + "\\W+){0,3}(?:if|should)\\b.*");
    /** What to do: a modal said to the patient, "then", or a place or person to turn to. */
    private static final Pattern ACTION = Pattern.compile("(?i)\\b(?:then|(?:you|we|i)(?:'ll|'d| will| would| should| "
            + "need| must| may| might| can| could)(?!n't|'t| not)|call|ring|phone|contact|get in touch|come back|come in|go "
            + "to|attend|seek|speak to|let (?:us|me) know|a&e|a and e|999|911|111)\\b");
    private static final Pattern FILLER = Pattern.compile("(?i)^\\W*(?:(?:um|uh|er|erm|so|ok|okay)\\W+)*");
    /** How the next sentence goes on: more of the trigger ("Or you're unwell with it…") or its action ("Then…"). */
    private static final Pattern MORE_IF = Pattern.compile("(?i)^or\\b");
    private static final Pattern THEN = Pattern.compile("(?i)^(?:then\\b|you(?:'ll|'d| will| would| may| might| should| "
            + "must| need| have to)\\b)");

    private SafetyNets() {
    }

    /** The sentence, with the next one or two of the turn when it is a trigger whose action follows. */
    static String joined(Context c, Utterance u, Set<Utterance> consumed) {
        String text = u.text();
        if (!IF.matcher(text).matches() || ACTION.matcher(text).find()) {
            return text;
        }
        // "[doctor] If … it locks up." "[doctor] Then, you'd need to see a doctor urgently.": the same voice goes on
        List<Utterance> turn = new java.util.ArrayList<>(c.dialogue.ofTurn(u.turn()));
        turn.addAll(c.dialogue.goesOn(u.turn()));
        int at = turn.indexOf(u);
        String joined = strip(text);
        for (int i = at + 1; at >= 0 && i < turn.size() && i <= at + 2; i++) {
            Utterance next = turn.get(i);
            if (next.question()) {
                return text;
            }
            String said = FILLER.matcher(next.text()).replaceFirst("");
            boolean then = THEN.matcher(said).find();
            if (!then && !MORE_IF.matcher(said).find()) {
                return text;
            }
            joined = joined + ", " + lower(said);
            if (then || ACTION.matcher(said).find()) {
                consumed.addAll(turn.subList(at + 1, i + 1));
                return joined;
            }
            joined = strip(joined);
        }
        return text;
    }

    private static String strip(String s) {
        return s.replaceFirst("[.\\s]+$", "");
    }

    private static String lower(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
