package org.scribeonfhir.drafting.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Habits told in one breath, each in the note's words: "probably four cups of coffee a night to stay awake and a
 * couple of beers on the weekends that's it i've never smoked" → "Drinks about 4 cups of coffee a night to stay
 * awake", "Drinks a couple of beers on the weekends", "Never smoked"; "i quit 10 years ago i smoked a pack a day for
 * about 20 years" → "Former smoker, a pack a day for about 20 years, quit 10 years ago".
 */
final class HabitClauses {

    private static final Pattern THATS_IT = Pattern.compile("(?i)[,.]?\\s*\\b(?:that's|that is) (?:about |pretty much "
            + ")?(?:it|all)\\b[.!]?|,?\\s*\\b(?:i know|honestly|to be honest|though)\\b[.!]?");
    private static final Pattern BREAK = Pattern.compile("(?i)\\s*[,;.]\\s*(?:and |but |plus )?|\\s+(?:and|but|plus)\\s+"
            + "(?=(?:a|an|one|two|three|four|five|six|half|\\d+|i|i've|i'm|no|never|maybe|probably|about|like)\\b)"
            + "|\\s+(?=i(?:'ve| have)? (?:never|quit|stopped|gave up|don't|do not|smoked|used to)\\b)");
    private static final Pattern LEAD = Pattern.compile("(?i)^(?:(?:um|uh|oh|well|yeah|yes|yep|okay|ok|and|so|just|only|"
            + "honestly|"
            + "not anymore|not any more|more than i should)\\b,?\\s*)+");
    private static final Pattern HEDGE = Pattern.compile("(?i)^(?:(?:probably|maybe|like|roughly)\\s+)+(?=(?:\\d|a |an "
            + "|one |two |three |four |five |six |half |a couple))");
    /** "i don't drink much, a couple of beers on the weekend": how much follows. */
    private static final Pattern NOT_MUCH = Pattern.compile("(?i)^(?:i )?(?:don't|do not) (?:drink|smoke) (?:much|a lot|"
            + "very much|that much|too much)$");
    private static final Pattern NEVER_SMOKED = Pattern.compile("(?i)^(?:i(?:'ve| have)? )?never (?:smoked|been a "
            + "smoker)\\b");
    private static final Pattern NO_SMOKING = Pattern.compile("(?i)^(?:i )?(?:don't|do not) smoke\\b|^no (?:smoking|"
            + "cigarettes|tobacco)\\b");
    private static final Pattern QUIT = Pattern.compile("(?i)^(?:i )?(?:quit|stopped|gave (?:it )?up)(?: smoking)?"
            + "(" + Habits.AGO + "(?: when .*)?)?\\s*$");
    /** "twelve years quit now": how long ago, said first. */
    private static final Pattern QUIT_FOR = Pattern.compile("(?i)^((?:about |around |nearly |over )?(?:\\d+|a|one|two|"
            + "three|four|five|six|seven|eight|nine|ten|a few|a couple of) (?:years?|months?)) (?:quit|smoke-free|"
            + "off (?:them|cigarettes|the cigarettes|the smokes))(?: now)?$");
    /** "from when I was sixteen": since what age the smoking went on. */
    private static final Pattern FROM_AGE = Pattern.compile("(?i)^(?:from|since|starting) (?:when )?(?:i was|the age "
            + "of|age) (\\d+)$");
    private static final Pattern SMOKED = Pattern.compile("(?i)^(?:i )?(?:smoked|used to smoke)\\b\\s*(.*?)"
            + "(?:\\s+(?:before that|back then|at the time|in those days))?$");
    private static final Pattern SMOKES = Pattern.compile("(?i)^(?:i )?smoke\\b\\s*(.*)$|^((?:about |around )?"
            + "(?:\\d+|a|one|half a|a couple of|a few) (?:packs?|cigarettes?|cigs|cigars?)\\b.*)$");
    private static final Pattern VAPES = Pattern.compile("(?i)^(?:i )?vape\\b.*$");
    private static final Pattern NO_DRUGS = Pattern.compile("(?i)^no (weed|marijuana|cannabis|drugs|recreational "
            + "drugs)\\s*$");
    private static final Pattern NO_OTHER = Pattern.compile("(?i)no (?:cold medicines?|decongestants?|caffeine|"
            + "energy drinks|coffee|vaping)");
    /** "weed maybe once or twice a month". */
    private static final Pattern CANNABIS = Pattern.compile("(?i)^(?:i (?:smoke|use) )?(?:weed|marijuana|cannabis|pot)\\b"
            + "\\s*(.*)$");
    private static final String BEVERAGE = "(?:beers?|wine|bourbon|whiske?y|vodka|gin|rum|liquor|cocktails?|drinks|"
            + "lagers?|ciders?|pints?|units|coffee|tea|sodas?|energy drinks?|cans?)";
    private static final Pattern DRINK = Pattern.compile("(?i)^(?:i )?(?:drink|have|'ll have|will have|usually have)"
            + "\\s+(?=.*\\b" + BEVERAGE + "\\b)");
    private static final Pattern DRINKS = Pattern.compile("(?i)^(?:(?:about|around) )?(?:\\d+|a|an|one|two|three|four|"
            + "five|six|half a|a couple(?: of)?|a few|a glass|a cup)\\b.*\\b" + BEVERAGE + "\\b.*$");
    private static final Pattern NO_DRINKING = Pattern.compile("(?i)^(?:i )?(?:don't|do not|never) drink(?: alcohol)?"
            + "\\s*$|^no (?:alcohol|drinking)\\s*$");

    private HabitClauses() {
    }

    /** The habits an answer tells, one phrase each; empty when it tells none or says something else too. */
    static List<String> told(String said) {
        String text = THATS_IT.matcher(said).replaceAll(". ").strip();
        List<String> out = new ArrayList<>();
        String smoked = null;
        String quit = null;
        boolean former = false;
        for (String part : BREAK.split(text)) {
            String c = HEDGE.matcher(LEAD.matcher(part.strip()).replaceFirst("")).replaceFirst("about ")
                    .replaceFirst("[.!?]+$", "").replaceFirst("(?i),?\\s+maybe$", "").strip();
            if (c.isEmpty() || NOT_MUCH.matcher(c).matches()) {
                continue;
            }
            c = Character.toLowerCase(c.charAt(0)) + c.substring(1);
            Matcher m;
            if (NEVER_SMOKED.matcher(c).find()) {
                out.add("never smoked");
            } else if (NO_SMOKING.matcher(c).find()) {
                out.add("non-smoker");
            } else if ((m = QUIT.matcher(c)).find()) {
                former = true;
                quit = "quit" + (m.group(1) == null ? "" : m.group(1));
            } else if ((m = QUIT_FOR.matcher(c)).find()) {
                former = true;
                quit = "quit " + m.group(1) + " ago";
            } else if ((m = FROM_AGE.matcher(c)).find() && former) {
                smoked = (smoked == null ? "" : smoked + " ") + "from age " + m.group(1);
            } else if ((m = SMOKED.matcher(c)).find()) {
                former = true;
                // "about 20 a day": a number a day is cigarettes
                smoked = m.group(1).isBlank() ? null : m.group(1).replaceFirst("(?i)^((?:about |around )?\\d+) (a|per) "
                        + "day\\b", "$1 cigarettes $2 day");
            } else if ((m = SMOKES.matcher(c)).find()) {
                String amount = m.group(1) != null ? m.group(1) : m.group(2);
                out.add(amount.isBlank() ? "smokes" : "smokes " + amount);
            } else if (VAPES.matcher(c).find()) {
                out.add("vapes");
            } else if (NO_OTHER.matcher(c).matches()) {
                out.add(c.toLowerCase(Locale.ROOT)); // "no cold medicines": asked in the same breath
            } else if ((m = NO_DRUGS.matcher(c)).find()) {
                out.add(m.group(1).toLowerCase(Locale.ROOT).matches("weed|marijuana|cannabis") ? "no cannabis use"
                        : "no recreational drug use");
            } else if ((m = CANNABIS.matcher(c)).find()) {
                out.add("cannabis use" + (m.group(1).isBlank() ? "" : " " + m.group(1)));
            } else if (NO_DRINKING.matcher(c).find()) {
                out.add("does not drink alcohol");
            } else if (DRINK.matcher(c).find() || DRINKS.matcher(c).find()) {
                out.add("drinks " + DRINK.matcher(c).replaceFirst(""));
            } else {
                return List.of(); // something else is said too: the sentence stays as it was
            }
        }
        if (former) {
            out.add(0, "former smoker" + (smoked == null ? "" : ", " + smoked) + (quit == null ? "" : ", " + quit));
        }
        String end = said.strip().matches("(?s).*[.!?]$") ? "." : "";
        return out.stream().map(h -> Character.toUpperCase(h.charAt(0)) + h.substring(1) + end).toList();
    }
}
