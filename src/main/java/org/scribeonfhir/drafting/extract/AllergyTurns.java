package org.scribeonfhir.drafting.extract;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.Allergy;

/** Turns of allergy talk whose meaning rests on the turn before or after: a relative's allergy, the question again. */
final class AllergyTurns {

    /** "Oh, that's my brother, Wiremu.", "That one is my mother.": the allergy asked about is a relative's. */
    private static final Pattern OTHERS = Pattern.compile("(?i)^\\W*(?:(?:oh|no|sorry|ah|well|actually)\\W+)*"
            + "(?:that|that one|this one|it|those)(?:'s| is| was|'re| are) (?:my|his|her|our) " + Kinship.RELATIVES
            + "\\b");

    /** "That's your mom's allergy, so … we use latex-free gloves": what follows is about the relative's allergy. */
    private static final Pattern RELATIVES_ALLERGY = Pattern.compile("(?i)\\b(?:your|his|her|my|our) "
            + Kinship.RELATIVES + "'s allerg(?:y|ies)\\b");

    private AllergyTurns() {
    }

    private static final Pattern NO_SUCH = Pattern.compile("(?i)\\b(?:no|not an?|isn't an?)\\s+$");
    private static final Pattern ALLERGY = Pattern.compile("(?i)\\s*(?:allergy|allergic)\\b");

    /**
     * Whether the words before an allergen give the allergy to a relative ("That's your mom's allergy, …"), to a "she"
     * who is not the boy ("She broke out in hives with amoxicillin"), or deny it ("…and no penicillin allergy").
     */
    static boolean notPatientsBefore(Context c, Utterance u, String before, String after) {
        return RELATIVES_ALLERGY.matcher(before).find() || NO_SUCH.matcher(before).find() && ALLERGY.matcher(after)
                .lookingAt()
                || Attribution.otherSex(u, before, c.gender());
    }

    /** "Oh, that's my brother.": the reply gives the allergy asked about to a relative. */
    static boolean relatives(String reply) {
        return OTHERS.matcher(reply).lookingAt();
    }

    /** "The nurse has written penicillin allergy." "That one is my mother.": the allergy read back is a relative's. */
    static boolean othersAnswer(Context c, Utterance u) {
        Utterance reply = u.clinician() ? AllergyReader.reply(c, c.dialogue.ofTurn(u.turn()).get(0)) : null;
        return reply != null && relatives(reply.text());
    }

    private static final Pattern OWNED = Pattern.compile("\\b(?:that's|that is|it's|it is) (?!(?:His|Her|Your|My|The)"
            + "\\b)([A-Z][a-z]+)'s (?:\\w+ )?allergy\\b");

    /**
     * "Peanuts — she has the EpiPen —" (the father) "No, no, that's Jone. Jone has the peanut allergy.": an allergy
     * told by one companion that the next speaker gives at once to someone else by name; or the clinician's "Right,
     * that's Aaji's allergy." just after it.
     */
    static boolean someoneElses(Context c, Allergy a) {
        int last = a.support().turns().isEmpty() ? -1 : a.support().turns().get(a.support().turns().size() - 1);
        for (Utterance u : c.dialogue.ofTurn(last + 1)) {
            Matcher owner = OWNED.matcher(u.text());
            if (u.clinician() && owner.find() && !c.personName(owner.group(1))) {
                List<String> named = Allergens.of(c, u.text());
                if (named.isEmpty() || named.contains(a.substance())) {
                    return true;
                }
            }
        }
        for (int t : a.support().turns()) {
            List<Utterance> told = c.dialogue.ofTurn(t);
            List<Utterance> next = c.dialogue.ofTurn(t + 1);
            if (told.isEmpty() || next.isEmpty() || told.get(0).clinician() || next.get(0).clinician()
                    || Objects.equals(told.get(0).speaker(), next.get(0).speaker())
                    || told.stream().noneMatch(u -> Allergens.of(c, u.text()).contains(a.substance()))) {
                continue;
            }
            // "And I'm the one who's allergic to penicillin": the companion's own other allergy takes nothing back
            List<String> theirs = Allergens.of(c, next.get(0).text());
            return LateRetractions.TAKEN_BACK.matcher(next.get(0).text()).find()
                    && (theirs.isEmpty() || theirs.contains(a.substance()));
        }
        return false;
    }

    /**
     * "Cefalexin, hives.", "Co-trimoxazole — rash and lip swelling.": the clinician noting an allergy just told, the
     * drug and its reaction only, while allergies are being asked about.
     */
    static Allergy readBack(Context c, Utterance u) {
        String text = u.text();
        if (!u.clinician() || u.question() || u.index() != 0 || text.split("\\s+").length > 7
                || !NOTED.matcher(text).lookingAt()) {
            return null;
        }
        List<String> named = Allergens.of(c, text);
        String reaction = AllergyReactions.of(text);
        boolean asked = java.util.stream.IntStream.rangeClosed(Math.max(1, u.turn() - 4), u.turn() - 1)
                .anyMatch(t -> c.dialogue.ofTurn(t).stream().anyMatch(x -> x.clinician()
                && x.text().toLowerCase(Locale.ROOT).contains("allerg")));
        return named.size() == 1 && reaction != null && asked
                ? new Allergy(named.get(0), reaction, false, org.scribeonfhir.drafting.visit.Support.of(0.85, u.turn()))
                : null;
    }

    private static final Pattern NOTED = Pattern.compile("(?i)^\\W*[a-z-]+\\s*(?:,|—|-)\\s*[a-z ,]+\\W*$");

    private static final Pattern ANY_OTHER = Pattern.compile("(?i)^\\W*(?:(?:and|okay|ok|so)\\W+)*(?:anything|any)"
            + " (?:else|others?|more)\\W*$");

    /** "Any allergies to medicines?" "Penicillin…" "…I'll note that. Anything else?": the allergy question again. */
    static boolean anyOther(Context c, Utterance u) {
        if (!ANY_OTHER.matcher(u.text()).matches()) {
            return false;
        }
        for (int t = u.turn() - 1; t >= u.turn() - 4; t--) {
            List<Utterance> before = c.dialogue.ofTurn(t);
            if (!before.isEmpty() && before.get(0).clinician()) {
                return before.stream().anyMatch(x -> x.question() && x.text().toLowerCase(Locale.ROOT)
                        .contains("allerg"));
            }
        }
        return false;
    }
}
