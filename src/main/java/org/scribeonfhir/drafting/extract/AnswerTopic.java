package org.scribeonfhir.drafting.extract;

import java.util.List;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.speech.Utterance;

/**
 * What the patient's side says in answer to a run of history questions that are not about the patient's own medicines.
 * "Any allergies to medicines?" "Sulfa." "Anything else?" "Codeine." … "And put penicillin down.": a drug named while
 * the clinician's last questions were about allergies is allergy talk, not a medicine taken.
 */
final class AnswerTopic {

    /** "Anything else that disagreed with you?", "any tablet that didn't suit you?": the intolerance question. */
    private static final Pattern DISAGREED = Pattern.compile("(?i)\\b(?:disagreed with|(?:didn't|did not|don't|"
            + "doesn't) (?:agree with|suit)|side effects? (?:from|with|to) any)\\b");
    private static final Pattern ANYTHING_ELSE = Pattern.compile("(?i)^\\W*(?:okay\\W+)?(?:anything|any) (?:else|"
            + "others?|more)\\W*$");
    /** What the clinician says between allergy questions: an acknowledgement, or a word on the reaction. */
    private static final Pattern ALLERGY_ASIDE = Pattern.compile("(?i)\\b(?:allerg\\w*|intoleran\\w*|side effect|"
            + "reaction|note (?:it|that|down))\\b|^\\W*(?:okay|ok|right|good|got it|i see|mm-?hm)\\W*$");

    private static final Pattern FAMILY = Pattern.compile("(?i)\\b(?:family history|in (?:the|your) family|runs? in "
            + "(?:the|your) family)\\b");
    private static final Pattern FIRST_PERSON = Pattern.compile("(?i)\\b(?:i|i'm|i've|me|myself)\\b");

    private AnswerTopic() {
    }

    /**
     * "Any family history?" "My brother has sleep apnea." "And he takes that pill. Modafinil, 200 mg every morning.":
     * a drug said, with no word of the speaker's own, in answer to the family history question is a relative's.
     */
    static boolean family(Context c, Utterance u) {
        if (u.clinician() || FIRST_PERSON.matcher(u.text()).find()) {
            return false;
        }
        List<Utterance> all = c.utterances();
        for (int i = c.indexOf(u) - 1; i >= 0 && u.turn() - all.get(i).turn() <= 3; i--) {
            Utterance q = all.get(i);
            if (q.clinician()) {
                return q.question() && FAMILY.matcher(q.text()).find();
            }
        }
        return false;
    }

    /**
     * Whether {@code u} is in the patient's side's reply to a turn that asks about allergies, in a turn that names the
     * allergen, or answers straight away a question that does ("No, mine is the sulfa one, co-trimoxazole. I got hives
     * all over"): the reaction told, not today's.
     */
    static boolean allergyReply(Context c, Utterance u) {
        List<Utterance> all = c.utterances();
        int i = c.indexOf(u);
        while (i >= 0 && !all.get(i).clinician()) {
            i--;
        }
        if (u.clinician() || i < 0) {
            return false;
        }
        int asked = all.get(i).turn();
        return c.dialogue.ofTurn(asked).stream().anyMatch(Utterance::question) && asksAllergies(c, asked)
                && (names(c, u.turn()) || u.turn() == asked + 1 && names(c, asked));
    }

    /** "Now allergies. I've got cefalexin on his notes?": the turn, not only its question, says what is asked. */
    private static boolean asksAllergies(Context c, int turn) {
        return c.dialogue.ofTurn(turn).stream().anyMatch(x -> x.clinician() && (AllergyReader.asksAbout(x)
                || DISAGREED.matcher(x.text()).find() || x.question() && AllergyTurns.anyOther(c, x)));
    }

    private static boolean names(Context c, int turn) {
        return c.dialogue.ofTurn(turn).stream().anyMatch(x -> !Allergens.of(c, x.text()).isEmpty());
    }

    /** Whether {@code u}, on the patient's side, answers a run of allergy questions. */
    static boolean allergies(Context c, Utterance u) {
        if (u.clinician()) {
            return false;
        }
        List<Utterance> all = c.utterances();
        for (int i = c.indexOf(u) - 1; i >= 0 && u.turn() - all.get(i).turn() <= 8; i--) {
            Utterance q = all.get(i);
            if (!q.clinician()) {
                continue;
            }
            if (!q.question()) {
                if (ALLERGY_ASIDE.matcher(q.text()).find()) {
                    continue;
                }
                return false;
            }
            if (asksAllergies(c, q.turn())) {
                return true;
            }
            if (!ANYTHING_ELSE.matcher(q.text()).find()) {
                return false;
            }
        }
        return false;
    }
}
