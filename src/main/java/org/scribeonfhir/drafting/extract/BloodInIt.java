package org.scribeonfhir.drafting.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.speech.Utterance;

/** "Any blood in it?" after the diarrhoea is blood in the stool, after the cough coughing up blood. */
final class BloodInIt {

    private static final Pattern BLOOD_IN_IT = Pattern.compile("(?i)\\bblood in (?:it|there|them)\\b");
    private static final Pattern STOOL_TALK = Pattern.compile("(?i)\\b(?:the other end|like water|watery|runny|"
            + "loose|bowels?|(?:went|been|going) \\d+ times)\\b");

    private BloodInIt() {
    }

    static String named(Context c, SymptomBuilder last, String asked, Utterance q) {
        Matcher m = BLOOD_IN_IT.matcher(asked);
        if (!m.find() || last == null) {
            return asked;
        }
        // "…but the other end, I went eight times yesterday. It's like water." "Any blood in it?": the stool
        String told = q.turn() > 1 ? c.dialogue.text(q.turn() - 1) : null;
        String n = told != null && STOOL_TALK.matcher(told).find() ? "diarrhea" : last.name.toLowerCase(Locale.ROOT);
        String what = n.matches(".*(?:diarrh|stool|bowel|constipat).*") ? "blood in the stool"
                : n.matches(".*(?:cough|sputum|phlegm).*") ? "coughing up blood"
                : n.matches(".*(?:urin|dysuria|pee).*") ? "blood in the urine"
                : n.matches(".*vomit.*") ? "blood in the vomit" : null;
        return what == null ? asked : asked.substring(0, m.start()) + what + asked.substring(m.end());
    }
}
