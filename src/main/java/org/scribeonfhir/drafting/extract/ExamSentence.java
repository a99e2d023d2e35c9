package org.scribeonfhir.drafting.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A clinician's exam sentence made ready to split into findings: where said first goes after, the rest left out. */
final class ExamSentence {

    /** "…tenderness in the upper quadrants, but everything on your exam looks normal": the rest, not a finding. */
    private static final Pattern REST_NORMAL = Pattern.compile("(?i),?\\s+but (?:everything|the rest)(?: else)?(?: "
            + "(?:on|of) (?:your|the|his|her) exam)? (?:looks?|is|was|seems?) (?:normal|good|fine|okay)(?: and (?:looks? )?"
            + "(?:normal|good|fine))?(?=[.!]?\\s*$)");

    private static final Pattern WHERE_FIRST = Pattern.compile("(?i)^(?:on|at|over) (?:the )?(right|left)(?: side)?"
            + "(?:,? (?:at |in )?(?:the )?(bottom|base|bases|top|lower part|upper part))?,?\\s+(?=(?:i (?:do |can )?"
            + "(?:hear|see|feel|notice|appreciate)|there(?:'s| is| are))\\s)");

    /** "On the backs of both hands and between the fingers, the skin is red": a body part's place said first. */
    private static final Pattern PLACE_FIRST = Pattern.compile("(?i)^(?![^,]*\\bexam)((?:on|over|at|around|between|"
            + "across|along) [a-z ]{0,40}?\\b(?:hands?|fingers?|knuckles?|palms?|wrists?|forearms?|arms?|elbows?|"
            + "shoulders?|shins?|legs?|calf|calves|thighs?|knees?|ankles?|feet|foot|toes?|face|cheeks?|forehead|neck|"
            + "scalp|chest|trunk|abdomen|buttocks?|groin)\\b[a-z ]{0,40}?),\\s+(?=the [a-z]+ (?:is|are|looks?|"
            + "feels?)\\b|there(?:'s| is| are)\\s|i (?:can )?see\\s)");

    /** "On the right, at the bottom, I hear crackles" → "I hear crackles at the right base": where, after what. */
    private static String located(String s) {
        Matcher m = WHERE_FIRST.matcher(s);
        if (!m.find()) {
            Matcher place = PLACE_FIRST.matcher(s);
            return !place.find() ? s : s.substring(place.end()).replaceFirst("[.,;]?\\s*$", "") + " "
                    + place.group(1).toLowerCase(Locale.ROOT);
        }
        String side = m.group(1).toLowerCase(Locale.ROOT);
        String part = m.group(2) == null ? null : m.group(2).toLowerCase(Locale.ROOT);
        String where = part == null ? " on the " + side : part.matches("top|upper part") ? " at the " + side + " apex"
                : " at the " + side + " base";
        return s.substring(m.end()).replaceFirst("[.,;]?\\s*$", "") + where;
    }

    private ExamSentence() {
    }

    /** "so let me have a look there's a big patch of redness…": the look announced, run into what it found. */
    private static final Pattern LOOK_FIRST = Pattern.compile("(?i)^(?:(?:so|okay|ok|alright|right|now|and)\\s+)*"
            + "(?:let me|let's|i'll) (?:have a |take a |just )?(?:look|listen|feel)(?: at (?:your|the|his|her) [a-z]+)?"
            + "\\s+(?=(?:there's|there is|there are|i can see|i see|your|the)\\b)");

    /** "Let me have a feel of your tummy.", "Now your ears.": the part the next sentence's "it" or "they" is. */
    private static final Pattern PART_NAMED = Pattern.compile("(?i)\\b(?:look(?:ing)? at|listen(?:ing)? to|"
            + "feel(?:ing)?(?: of)?|examine|examining|check(?:ing)?|now|next)\\s+"
            + "(?:your|the|his|her)\\s+(tummy|belly|stomach|abdomen|throat|ears?|chest|lungs|heart|knee|ankle|wrist|"
            + "shoulder|back|neck|eyes?|skin|rash|foot|feet|hands?|elbow|hip|legs?|arms?|nose|tonsils|glands)\\b");
    private static final Pattern PRONOUN = Pattern.compile("(?i)^(?:(?:and|so|okay|ok|now|well)\\W+)*(?:it|they)"
            + "(?='s\\b|'re\\b| is\\b| are\\b| looks?\\b| feels?\\b| sounds?\\b)");

    /** The part a sentence names for examining, or null. */
    static String partNamed(String sentence) {
        Matcher m = PART_NAMED.matcher(sentence);
        String part = null;
        while (m.find()) {
            part = m.group(1).toLowerCase(Locale.ROOT).replaceFirst("^(?:tummy|belly|stomach)$", "abdomen");
        }
        return part;
    }

    /** "It's soft" after "let me feel your tummy" → "The abdomen's soft". */
    static String named(String sentence, String part) {
        Matcher m = part == null ? null : PRONOUN.matcher(sentence);
        return m == null || !m.find() ? sentence : "The " + part + sentence.substring(m.end());
    }

    static String prepared(String sentence) {
        return located(REST_NORMAL.matcher(LOOK_FIRST.matcher(sentence).replaceFirst("")).replaceFirst(""));
    }
}
