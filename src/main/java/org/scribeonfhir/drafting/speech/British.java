package org.scribeonfhir.drafting.speech;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.Turn;

/**
 * "Sick" in a British visit: "I was sick twice" is vomiting and "feeling sick" nausea, where an American "I was sick"
 * is being ill. A visit is British when it says at least two things only a British visit says.
 */
final class British {

    private static final Pattern MARKER = Pattern.compile("(?i)\\b(?:GP|A&E|a and e|NHS|paracetamol|co-codamol|"
            + "salbutamol|fortnight|mum|mummy|nappy|nappies|chemist|whilst|fit note|sick note|practice nurse|"
            + "ring (?:back|us|the surgery)|(?:the|our) surgery|(?:111|999))\\b");
    private static final Pattern FEELING_SICK = Pattern.compile("(?i)\\b(feel|feels|feeling|felt)((?: a (?:bit|little)"
            + "| very| really| quite| so)?) sick\\b(?! (?:to (?:my|his|her|the) stomach|of|and tired|with)\\b)");
    private static final Pattern BEING_SICK = Pattern.compile("(?i)(?<!\\boff )\\b(was|were|been|being) sick\\b"
            // "I was sick for probably good like two weeks": ill for a while, not vomiting
            + "(?! (?:note|leave|pay|day|days|of|and tired|with|for (?:[\\w-]+ ){1,4}(?:days?|weeks?|months?)|for "
            + "(?:a while|ages))\\b)");

    private British() {
    }

    /** Whether the turns say two different British-only words. */
    static boolean spoken(List<Turn> turns) {
        Set<String> seen = new HashSet<>();
        for (Turn t : turns) {
            if (t.text() != null) {
                Matcher m = MARKER.matcher(t.text());
                while (m.find()) {
                    seen.add(m.group().toLowerCase(Locale.ROOT).replaceAll("\\W+", " "));
                }
            }
        }
        return seen.size() >= 2;
    }

    /** The turn with "sick" in its British senses said plainly: "felt sick" → "felt nauseous", "was sick" → "vomited". */
    static String plain(String text) {
        if (text == null) {
            return null;
        }
        String s = FEELING_SICK.matcher(text).replaceAll("$1$2 nauseous");
        return BEING_SICK.matcher(s).replaceAll(m -> m.group(1).equalsIgnoreCase("being") ? "vomiting" : "vomited");
    }
}
