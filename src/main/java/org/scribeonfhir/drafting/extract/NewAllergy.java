package org.scribeonfhir.drafting.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.Allergy;
import org.scribeonfhir.drafting.visit.Support;

/**
 * "He's never been allergic to anything." "Well, he is now: bee venom. That goes at the top of his list.": an allergy
 * the clinician records today, from the reaction this visit is about.
 */
final class NewAllergy {

    private static final Pattern RECORDED = Pattern.compile("(?i)\\b(?:goes|going|put|putting|add|adding|record|"
            + "recording|write|writing)\\b[^.;]{0,25}\\b(?:list|allergies|allergy list|record|chart)\\b|\\b(?:he|she|"
            + "you|they) (?:is|are|'s|'re) now\\b");

    private NewAllergy() {
    }

    /** Each allergen the clinician names in a sentence, or just before one, that puts it on the record. */
    static void add(Context c, List<Allergy> out, java.util.function.BiConsumer<List<Allergy>, Allergy> add) {
        for (Utterance u : c.utterances()) {
            if (!u.clinician() || u.question()) {
                continue;
            }
            List<Utterance> turn = c.dialogue.ofTurn(u.turn());
            int i = turn.indexOf(u);
            boolean recorded = RECORDED.matcher(u.text()).find() || i + 1 < turn.size()
                    && RECORDED.matcher(turn.get(i + 1).text()).find();
            Matcher venom = recorded ? Allergens.OTHER_ALLERGENS.matcher(u.text()) : null;
            while (venom != null && venom.find()) {
                if (venom.group(1).toLowerCase(Locale.ROOT).matches(".*(?:venom|stings?)")) {
                    add.accept(out, new Allergy(venom.group(1).toLowerCase(Locale.ROOT)
                            .replaceFirst("stings$", "sting"), null, false, Support.of(0.8, u.turn())));
                }
            }
        }
    }
}
