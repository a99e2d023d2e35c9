package org.scribeonfhir.drafting.extract;

import java.util.Set;

/** Words that carry no clinical content on their own. */
public final class Words {

    public static final Set<String> STOP = Set.copyOf(java.util.Arrays.asList(("a an the and or but if so of to in on at for with from by about as "
            + "is are was were be been being am do does did done have has had having i me my we our you your he him his "
            + "she her it its they them their this that these those there here what which who whom how when where why "
            + "not no yes yeah okay ok um uh mm hmm just like know really very well also any some can could would "
            + "should will shall may might going gon na wan get got go all right oh alright then than too out up down "
            + "now today let lets let's sure thing things kind sort bit little good great thank thanks i'm i've it's "
            + "that's don't didn't doesn't can't won't i'd you're you've we're they're there's what's one two "
            + "patient reports denies endorses states notes").split(" ")));

    private Words() {
    }

    /**
     * The last {@code n} words of a text with the space after them kept ("… been off the "): what is said next to
     * the word that follows it.
     */
    static String last(String text, int n) {
        return LAST.computeIfAbsent(n, k -> java.util.regex.Pattern.compile("(?s)^.*?((?:\\S+\\s+){0," + k + "}\\S*)$"))
                .matcher(text).replaceFirst("$1");
    }

    /** Where the last match of the pattern in the text ends, or -1: what is said after the last cue. */
    static int lastEnd(java.util.regex.Pattern p, String text) {
        java.util.regex.Matcher m = p.matcher(text);
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        return end;
    }

    /** {@link #last}'s patterns by word count, compiled once (it runs for every drug mention). */
    private static final java.util.Map<Integer, java.util.regex.Pattern> LAST =
            new java.util.concurrent.ConcurrentHashMap<>();
}
