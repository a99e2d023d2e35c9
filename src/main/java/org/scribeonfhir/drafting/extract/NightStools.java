package org.scribeonfhir.drafting.extract;

import java.util.List;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.Symptom;

/** "It's eight or nine a day, and you're up twice in the night": said of bowel motions, that is no nocturia. */
final class NightStools {

    private static final Pattern URINE = Pattern.compile("(?i)\\b(?:pee|peeing|urin\\w*|wee|bladder|pass water|"
            + "waterworks)\\b");
    private static final Pattern BOWEL = Pattern.compile("(?i)\\b(?:stools?|poo\\w*|bowels?|diarrh\\w*|loose|motions?|"
            + "going (?:\\w+ )?(?:or \\w+ )?times a day|blood)\\b");

    private NightStools() {
    }

    /** The symptoms without a nocturia that was said of bowel motions (told in answers, corrections and recaps too). */
    static List<Symptom> dropped(Context c, List<Symptom> symptoms) {
        return symptoms.stream().filter(s -> !s.name().equals("nocturia") || s.said() == null
                || URINE.matcher(s.said()).find() || s.support().turns().isEmpty()
                || !c.dialogue.ofTurn(s.support().turns().get(0)).stream().allMatch(u -> bowelTalk(c, u))).toList();
    }

    /** The talk up to {@code u} is of bowel motions, not of water. */
    private static boolean bowelTalk(Context c, Utterance u) {
        if (URINE.matcher(u.text()).find()) {
            return false;
        }
        List<Utterance> all = c.utterances();
        int at = c.indexOf(u);
        for (int i = at; i >= 0 && u.turn() - all.get(i).turn() <= 2; i--) {
            if (BOWEL.matcher(all.get(i).text()).find()) {
                return true;
            }
        }
        return false;
    }
}
