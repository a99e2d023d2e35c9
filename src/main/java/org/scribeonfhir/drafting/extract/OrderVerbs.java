package org.scribeonfhir.drafting.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The verbs of a clinician's medication order ("increase", "stop", "put you on", "send in"), by what they do. */
final class OrderVerbs {

    /** An order verb as said: the action and where its words are. */
    record Said(String verb, int start, int end) {
    }

    private static final String[][] ORDERS = {
        {"increase", "\\b(?:increase|increasing|bump(?:ing)? (?:it |that |you )?up|raise|raising|go up on|up the dose|"
                + "double|doubling|titrate up)\\b"},
        {"decrease", "\\b(?:decrease|decreasing|lower|lowering|reduce|reducing|cut back|cut|"
                + "cut (?:it|that) (?:down|in half)"
                + "|halve|taper|go down on|wean|(?<!\\d |\\ba |\\bone )drop(?! of\\b)|dropping|"
                + "bring (?:it |that )?(?:back )?down)\\b"}, // not "one drop of hypromellose"
        {"stop", "\\b(?:stop|stopping|discontinue|discontinuing|come off|get (?:you )?off|take (?:you|him|her) off|"
                + "quit|no more(?! than)|d/c|get rid of|dispose of|throw (?:away|out)|"
                + "stay off|stays off|remain off|leave (?:it|that|them) off)\\b"},
        {"hold", "\\b(?:hold|holding|pause|skip)\\b"},
        {"continue", "\\b(?:continue|continuing|keep going with|carry on with|keep giving|stay on|"
                + "keep (?:taking|you on|him on|her on|using|on|the|your|his|her)|remain on|"
                + "stick with)\\b"},
        {"restart", "\\b(?:restart|restarting|resume|resuming|go back on|get back on|(?:you|him|her) back on)\\b"},
        {"refill", "\\b(?:refill|refilled|renew)\\b"},
        {"start", "\\b(?:start|starting|begin|initiate|order(?=\\s+(?:some\\s+|the\\s+)?$)|put (?:you|him|her) on|"
                + "get (?:you|him|her) started on|prescribe|prescribing|try|trial of|"
                + "give (?:you|him|her)|(?:i'm|i am|we're|we are) giving(?: (?:you|him|her|them))?|"
                + "send(?:ing)? (?:you |him |her |them )?home(?: with| on)?|send(?:ing)? in|recommend(?= $)|"
                + "write(?: (?:you|him|her))?(?= $)|" // "I'll write Alesse, one pill a day"
                + "(?:first|second|third|next|other) (?:one |thing |"
                + "treatment )?(?:is|will be)(?= $)|prescription(?: [a-z']+){0,6}? for(?= (?:an? |some |the )?$)|"
                + "(?:send|sending|e-?prescribe|call in|calling in)(?= (?:some |the |a |an )?$)|"
                + "add|adding|switch (?:you |him |her )?(?:over )?to|"
                + "change (?:you |him |her )?(?:over )?to|use|go with|treat (?:it |this |that |her |him |you )?with|"
                + "going to have you (?:take|use)|want you to (?:take|use|"
                + "start|chew)|chew(?= (?:[a-z0-9-]+ ){0,4}$)"
                + "|(?<!you |he |she |they |i |we |to |you can't |not )take(?=\\s+(?:some\\s+|regular\\s+)?$)"
                + "|^(?:so |and )?get (?:some |a |an )?(?=(?:[a-z-]+,? ){0,4}$)"
                + "|swap (?:it |that |them |you )?(?:over )?(?:for|to)|replace (?:it|that|them) with)\\b"}};
    private static final Pattern[] ORDER_PATTERNS = java.util.Arrays.stream(ORDERS).map(o -> Pattern.compile(o[1]))
            .toArray(Pattern[]::new);

    /** "Second, a steroid ointment for the inflamed patches: clobetasone": the plan's next item, then its name. */
    private static final Pattern ITEM_NAMED = Pattern.compile("(?i)(?:^|[,.]\\s*)(?:the )?(?:first|second|third|next|"
            + "then|other)(?: one| thing)?(?: is)?,? (?:a|an|some) [^:.]{0,60}(?:[:,]|\\bcalled)\\s*$");

    private static final Pattern SOMEONE_ELSE = Pattern.compile("(?i)\\b(?:the (?:specialists?|consultants?|"
            + "hospital|team|surgeons?|cardiologists?|endocrinologists?|dermatologists?|psychiatrists?|clinic)|they) "
            + "(?:will|would|may|might|could|can)(?: (?:most likely|probably|likely|then|also))? $");

    private static final Pattern HOW = Pattern.compile("(?i)\\s+(?:how|the way)\\b");

    private OrderVerbs() {
    }

    /**
     * The words of {@code text} from {@code from} to the drug at {@code at}, or the start it orders when the sentence
     * up to the drug names an item of the plan just before it ("Second, a steroid ointment…:", "the first is … an
     * emollient called").
     */
    static String itemNamed(String text, int from, int at) {
        return ITEM_NAMED.matcher(text.substring(0, at)).find() ? " start " : text.substring(from, at);
    }

    /** The order verb said last in {@code before} (lower case), or null. */
    static Said last(String before) {
        Said best = null;
        for (int i = 0; i < ORDERS.length; i++) {
            Matcher m = ORDER_PATTERNS[i].matcher(before);
            while (m.find()) {
                if (SOMEONE_ELSE.matcher(before.substring(0, m.start())).find()
                        || HOW.matcher(before).region(m.end(), before.length()).lookingAt()) {
                    continue; // "the specialist will most likely start a tablet called carbimazole": not this order;
                }             // "ibuprofen can reduce how the kidneys clear lithium": what a drug does

                if (best == null || m.start() > best.start()) {
                    best = new Said(ORDERS[i][0], m.start(), m.end());
                }
            }
        }
        return best;
    }
}
