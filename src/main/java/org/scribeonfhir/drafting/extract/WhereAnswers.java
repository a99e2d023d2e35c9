package org.scribeonfhir.drafting.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.Support;

/**
 * "Where is the pain exactly?" "Low back, mostly on the left side, and it shoots down the back of my left leg.": the
 * side and the spread of the pain under way, told with it rather than restated.
 */
final class WhereAnswers {

    private static final Pattern ASKS_WHERE = Pattern.compile("(?i)\\bwhere (?:is|'s|exactly is) (?:the|your|his|her|"
            + "it|this) ?(?:pain|ache|it)?\\b|\\bwhere (?:does|do|did) (?:it|the pain|you feel it|you feel the pain) "
            + "(?:hurt|start)?\\b|\\bwhere do you feel (?:it|the pain)\\b");
    private static final Pattern SPREADS = Pattern.compile("(?i)\\b(?:goes|go|went|shoots?|shooting|spreads?|"
            + "radiates?|radiating|travels?|runs?|moves?)\\s+(?:\\w+\\s+)?(?:down|into|to|up|through|round|around)\\b");
    private static final Pattern TO = Pattern.compile("(?i)\\b(?:down|into|to|up|through|round|around) (?:the "
            + "(?:back|front|side|outside|inside) of )?(?:(?:my|the|his|her)\\W+(?:(?:uh|um|er)\\W+)?)+"
            + "((?:left |right )?(?:arm|jaw|neck|back|"
            + "shoulder|shoulder blade|leg|buttock|groin|chest|hand|fingers|thigh|calf|foot|toes|knee))\\b");
    private static final int MAX_WORDS = 30;

    private WhereAnswers() {
    }

    /** The reply answers where the pain is and names a body site first, in a few words. */
    static boolean answers(Context c, Utterance a) {
        Utterance q = c.dialogue.questionFor(a);
        return a.historySide() && a.index() == 0 && q != null && q.clinician() && ASKS_WHERE.matcher(q.text()).find()
                && a.text().split("\\s+").length <= MAX_WORDS
                && !c.vocabulary.find(Term.Kind.SITE, a.text()).isEmpty();
    }

    /** The side said before any spread, and where it spreads, given to the pain; true when either was new. */
    static boolean tell(Context c, Utterance a, SymptomBuilder pain) {
        if (pain == null || !answers(c, a)) {
            return false;
        }
        Utterance q = c.dialogue.questionFor(a);
        String text = a.text();
        Matcher spread = SPREADS.matcher(text);
        int own = spread.find() ? spread.start() : text.length();
        boolean told = false;
        String side = Attributes.laterality(text.substring(0, own), own);
        if (pain.laterality == null && side != null && !side.equals("bilateral")) {
            pain.laterality = side;
            told = true;
        }
        Matcher to = own < text.length() ? TO.matcher(text).region(own, text.length()) : null;
        if (pain.radiation == null && to != null && to.find()) {
            String part = text.substring(to.start(), to.start(1)).toLowerCase(Locale.ROOT)
                    .replaceFirst("^(?:down|into|to|up|through|round|around) ", "").replaceFirst("^the ", "")
                    .replaceAll("(?:(?:my|the|his|her)\\W+(?:(?:uh|um|er)\\W+)?)+$", "the ");
            pain.radiation = "to the " + part.replaceFirst("^the ", "") + to.group(1).toLowerCase(Locale.ROOT);
            told = true;
        }
        if (told) {
            pain.heard(Support.of(SymptomReader.SAID, q.turn(), a.turn()));
        }
        return told;
    }
}
