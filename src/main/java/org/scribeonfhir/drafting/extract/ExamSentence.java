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

    /** "On the right, at the bottom, I hear crackles" → "I hear crackles at the right base": where, after what. */
    private static String located(String s) {
        Matcher m = WHERE_FIRST.matcher(s);
        if (!m.find()) {
            return s;
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

    static String prepared(String sentence) {
        return located(REST_NORMAL.matcher(LOOK_FIRST.matcher(sentence).replaceFirst("")).replaceFirst(""));
    }
}
