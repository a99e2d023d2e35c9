package org.scribeonfhir.drafting.extract;

import java.util.List;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.extract.MedicationMentions.Mention;

/**
 * A regimen new today for a drug the history told only as used once ("one dose of Nurofen at three this
 * morning", "two Advil last night") or in the past ("she had amoxicillin when she was eighteen months"): the plan
 * starts it rather than continues it, and the current medications never take the new sig.
 */
final class NewRegimen {

    enum Use { RECENT, PAST, HABIT }

    private static final Pattern RECENT = Pattern.compile("(?i)\\b(?:last night|this morning|yesterday|earlier "
            + "today|overnight|one dose|a dose|at (?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
            + "twelve)(?::\\d\\d)?(?: o'clock)? (?:this|last)|(?:two|three|a couple of|a few) (?:doses|times) "
            + "(?:so far|since))\\b");
    private static final Pattern PAST = Pattern.compile("(?i)\\b(?:when (?:she|he|i|they) (?:was|were)|years? ago|"
            + "as a (?:baby|child|kid|toddler)|(?:had|was on|took) (?:it|some|the \\w+|\\w+) (?:once|before)|"
            + "(?:had|took) \\w+ (?:and|but) it was fine)\\b");
    /** "the hydrocortisone when it flares", "I usually take", "every day": a use the patient already has. */
    private static final Pattern HABIT = Pattern.compile("(?i)\\b(?:when (?:it|they|he|she) (?:flares?|gets? bad)|"
            + "usually|normally|regularly|every|each|always|most days|as needed|when (?:i|she|he) need|a day|daily|"
            + "twice|at night|i(?:'m| am) on|(?:she|he)'s on)\\b");

    private NewRegimen() {
    }

    /** How the history told the drug's use: a one-off, a past use, a habit, or null when it did not say. */
    static Use of(List<Mention> mentions) {
        Use use = null;
        for (Mention m : mentions) {
            if (m.plan() || m.where().clinician() && !m.where().question()) {
                continue;
            }
            String text = m.where().text();
            if (HABIT.matcher(text).find()) {
                return Use.HABIT;
            }
            use = PAST.matcher(text).find() ? (use == null ? Use.PAST : use)
                    : RECENT.matcher(text).find() ? Use.RECENT : use;
        }
        return use;
    }
}
