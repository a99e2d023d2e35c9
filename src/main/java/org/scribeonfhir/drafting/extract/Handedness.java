package org.scribeonfhir.drafting.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.HistoryItem;
import org.scribeonfhir.drafting.visit.Support;

/** "Are you right- or left-handed?" "Right-handed.": the dominant hand, which an injury of the hand or arm needs. */
final class Handedness {

    private static final Pattern HANDED = Pattern.compile("(?i)\\b(right|left)[- ]hand(?:ed|-dominant| dominant)\\b");

    private Handedness() {
    }

    /** The hand the patient (or a parent, of the child) says is dominant, or a yes to "you're right-handed?". */
    static HistoryItem read(Context c) {
        for (Utterance u : c.utterances()) {
            Matcher m = HANDED.matcher(u.text());
            if (!m.find()) {
                continue;
            }
            if (u.historySide() && !u.question() && !u.text().substring(0, m.start())
                    .matches("(?is).*\\b(?:not|isn't|aren't|wasn't)\\s*$")) {
                return item(m.group(1), Support.of(0.8, u.turn()));
            }
            // "You're right-handed?" "Yes."; "right- or left-handed?" is answered in words, read above
            Utterance a = u.clinician() && u.question() && !u.text().matches("(?is).*\\bor\\b.*")
                    ? c.dialogue.answerTo(u) : null;
            if (a != null && Negation.answer(a.text()) == Negation.Answer.YES) {
                return item(m.group(1), Support.of(0.75, u.turn(), a.turn()));
            }
        }
        return null;
    }

    private static HistoryItem item(String side, Support support) {
        String s = side.toLowerCase(Locale.ROOT);
        return new HistoryItem("social", Character.toUpperCase(s.charAt(0)) + s.substring(1) + "-hand dominant",
                "handedness", support);
    }
}
