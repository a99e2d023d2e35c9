package org.scribeonfhir.drafting.extract;

import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.visit.Presence;

/**
 * A mood word said as an excuse or a trait, not a complaint: "The telly is unbearable. I thought I was just cranky."
 * explains the loud noise away; "she's always cranky when Aoife has Peppa Pig on" teases.
 */
final class Traits {

    private static final Pattern EXCUSE = Pattern.compile("(?i)\\b(?:i|she|he) thought (?:i|she|he) was (?:just|only) "
            + "(?:being )?$");
    private static final Pattern ALWAYS = Pattern.compile("(?i)\\b(?:she's|he's|she is|he is|you're|i'm) always\\s+$");
    private static final Pattern MOOD = Pattern.compile("irritability|fussiness|mood swings");

    private Traits() {
    }

    /** Whether a present mood word is an excuse or a trait of the person rather than a symptom. */
    static boolean of(Presence p, Match m, String before) {
        return p == Presence.PRESENT && MOOD.matcher(m.term().canonical()).matches()
                && (EXCUSE.matcher(before).find() || ALWAYS.matcher(before).find());
    }
}
