package org.scribeonfhir.drafting.extract;

import java.util.regex.Pattern;

import org.scribeonfhir.drafting.speech.Utterance;

/**
 * What the words around a clinician's drug change in the action read before it: a dose cut or raised "from ten to
 * five" said after the drug, a dose given in the room, and a "don't" that only limits the drug's use (a site it must
 * not go on, a most-days warning) and stops nothing.
 */
final class ActionAfter {

    /** "And the amlodipine, cut from ten milligrams to five": the change said after its drug. */
    private static final Pattern CUT = Pattern.compile("(?i)^[\\s,]*(?:(?:is|gets?|will be|we'll|i'll|goes|going)\\s+)?"
            + "(?:cut|reduced?|lowered?|dropped|halved|(?:comes?|coming|goes|going) down)\\s+(?:it\\s+)?from\\s+\\d");
    private static final Pattern RAISED = Pattern.compile("(?i)^[\\s,]*(?:(?:is|gets?|will be|we'll|i'll|goes|going)"
            + "\\s+)?(?:increased?|raised?|doubled|(?:comes?|coming|goes|going) up)\\s+(?:it\\s+)?from\\s+\\d");
    /** "a shot of ketorolac", "I'm going to give him a dose of ondansetron": one dose, in the room. */
    private static final Pattern SHOT_BEFORE = Pattern.compile("(?i)\\b(?:(?:an?|one) (?:shot|injection|jab|stat dose)|"
            + "(?:give (?:you|him|her|them)|get|have) (?:a|one) (?:single |first )?dose) of (?:the )?$");
    /** "Ketorolac thirty IM in the right deltoid … given at nine-fifteen": a nurse's record of a dose given. */
    private static final Pattern GIVEN = Pattern.compile("(?i)\\b(?:given|administered|gave (?:it|them|him|her))\\b");
    private static final Pattern INJECTED = Pattern.compile("(?i)^[^.;]{0,60}?(?:\\bIM\\b|\\bIV\\b|\\bin (?:the|your|"
            + "his|her) (?:muscle|arm|bottom|buttock|thigh|deltoid)|\\bintramuscular)");
    /** "not taking painkillers or the sumatriptan on more than two days a week": a limit, no stop. */
    private static final Pattern LIMIT = Pattern.compile("(?i)\\b(?:on )?more than (?:\\w+ ){0,4}(?:days?|times?|"
            + "doses?|nights?)\\b|\\btoo (?:much|many|often)\\b");
    /** "Don't use the Eumovate on her face": where it must not go, not that it stops. */
    private static final Pattern SITE = Pattern.compile("(?i)^\\s+(?:on|near|around|to|in) (?:the |her |his |your "
            + "|their )?(?:face|eyes?|eyelids?|genitals?|groin|broken skin|open wounds?|skin folds?|armpits?|lips?|"
            + "mouth|nose|cheeks?)\\b");
    private static final Pattern NEGATED_USE = Pattern.compile("(?i)\\b(?:not taking|don't use|don't take|do not "
            + "(?:use|take)|never (?:use|take)|not (?:to )?use)\\s+(?:\\w+\\s+){0,4}$");

    private ActionAfter() {
    }

    /** The action of a clinician's drug named at {@code before} | drug | {@code after} in {@code u}. */
    static String of(Utterance u, String before, String after, String action, boolean plan) {
        if (!u.clinician()) {
            return action;
        }
        if (action != null && action.matches("stop|stopped") && NEGATED_USE.matcher(before).find()
                && (SITE.matcher(after).lookingAt() || LIMIT.matcher(u.text()).find())) {
            return null;
        }
        if (action == null || action.matches("continue|continue-implied|taking|taking-maybe")) {
            if (CUT.matcher(after).lookingAt()) {
                return "decrease";
            }
            if (RAISED.matcher(after).lookingAt()) {
                return "increase";
            }
        }
        boolean shot = SHOT_BEFORE.matcher(before).find()
                || INJECTED.matcher(after).lookingAt() && GIVEN.matcher(u.text()).find();
        return shot && (plan || action != null) ? "given" : action;
    }

    /** "Don't use the Eumovate on her face": a site the drug must not go on, said right after it. */
    static boolean site(String after) {
        return SITE.matcher(after).lookingAt();
    }
}
