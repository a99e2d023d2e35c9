package org.scribeonfhir.drafting.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.speech.Utterance;

/**
 * A stronger drug prescribed without its name to replace the one taken: "I can prescribe you a slightly stronger,
 * anti-inflammatory that you can take regularly instead of the ibuprofen". The order has no drug to start, so without
 * this line the note loses both the prescription and the switch.
 */
final class StrongerInstead {

    private static final Pattern STRONGER = Pattern.compile("(?i)\\b(?:prescribe|give) you (?:something|an?|some)\\b"
            + "[^.;?]{0,50}?\\bstronger\\b");
    private static final Pattern INSTEAD = Pattern.compile("(?i)\\binstead of (?:the |your )?([a-z][a-z-]+)");
    private static final Pattern KIND = Pattern.compile("(?i)\\b(anti-?inflammator(?:y|ies)|pain ?killers?|pain relief|"
            + "analgesi[ac]\\w*)\\b");
    private static final Pattern WITH_FOOD = Pattern.compile("(?i)\\bwith (?:food|meals|something to eat)\\b");

    private StrongerInstead() {
    }

    /** "Prescribe a stronger anti-inflammatory instead of ibuprofen (not named in the consultation).", or null. */
    static String line(Context c, Utterance u) {
        Matcher stronger = STRONGER.matcher(u.text());
        Matcher instead = INSTEAD.matcher(u.text());
        if (!u.clinician() || u.question() || !stronger.find() || !instead.find(stronger.end())
                || c.vocabulary.find(Term.Kind.DRUG, instead.group(1)).isEmpty()) {
            return null;
        }
        Matcher kind = KIND.matcher(u.text());
        String what = !kind.find() ? "medicine" : kind.group(1).toLowerCase(Locale.ROOT)
                .replace("painkiller", "pain killer").replaceFirst("^anti-?inflammator(?:y|ies)$", "anti-inflammatory");
        boolean food = WITH_FOOD.matcher(c.dialogue.text(u.turn())).find();
        return "Prescribe a stronger " + what + " instead of " + instead.group(1).toLowerCase(Locale.ROOT)
                + (food ? ", taken with food" : "") + " (its name was not said in the consultation).";
    }
}
