package org.scribeonfhir.drafting.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.speech.Role;
import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.Narrative;
import org.scribeonfhir.drafting.visit.Pronouns;
import org.scribeonfhir.drafting.visit.Support;

/** "This is my husband. I asked him to come because he's noticed some of this": accompanied by her husband. */
final class Companions {

    private static final Pattern BROUGHT = Pattern.compile("(?i)^\\W*(?:(?:so|and|well|oh)\\W+)?i(?:'ve)? (?:asked "
            + "(?:him|her|them) to come|brought (?:him|her|them|my \\w+)(?: along| with me| in)?)\\b");
    private static final Pattern RELATION = Pattern.compile("(?i)\\b(?:this is|i brought|with) my (husband|wife|partner|"
            + "boyfriend|girlfriend|mum|mom|mother|dad|father|son|daughter|sister|brother|friend|carer|caregiver)\\b");

    private Companions() {
    }

    private static final Pattern UNSURE = Pattern.compile("(?i)\\b(?:i (?:don't|do not) know|(?:i'm |we're )?not sure|"
            + "(?:didn't|doesn't|did not|does not|couldn't|can't) remember)\\b");

    /** "Do you black out?" "I don't think so." "I found her on the floor… she didn't remember… So I don't know." */
    static boolean unsure(Context c, Utterance a) {
        return c.dialogue.ofTurn(a.turn() + 1).stream().anyMatch(x -> x.role() == Role.COMPANION
                && UNSURE.matcher(x.text()).find());
    }

    /** The patient's sentence that brought a companion along, told as who came; null for any other sentence. */
    static Narrative accompanied(Context c, Utterance u, Pronouns p) {
        if (u.role() != Role.PATIENT || !BROUGHT.matcher(u.text()).find()) {
            return null;
        }
        for (Utterance x : c.dialogue.ofTurn(u.turn())) {
            Matcher m = RELATION.matcher(x.text());
            if (x.index() <= u.index() && m.find()) {
                String whose = p.known() ? p.possessive() : "the patient's";
                return new Narrative("Accompanied by " + whose + " " + m.group(1).toLowerCase(Locale.ROOT) + ".",
                        Support.of(0.8, u.turn()));
            }
        }
        return null;
    }
}
