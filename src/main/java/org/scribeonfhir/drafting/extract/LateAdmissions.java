package org.scribeonfhir.drafting.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.speech.Role;
import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.Presence;
import org.scribeonfhir.drafting.visit.Support;
import org.scribeonfhir.drafting.visit.Symptom;

/**
 * "Any vomiting?" "No. None of that." … (during the exam) "Oh, he did actually vomit this morning, once.": a symptom
 * denied and then told after all, even once the examination has begun, is present; the last word wins. "Any weight
 * loss?" "No, no." … "Have you lost weight?" "Half a stone, maybe, since Easter." is the same.
 */
final class LateAdmissions {

    /** Words that take back an earlier "no". */
    private static final Pattern AFTER_ALL = Pattern.compile("(?i)\\b(?:actually|come to think of it|now (?:that )?"
            + "you (?:mention|say) it|i forgot|forgot to say|i should say|to be honest|(?:i|he|she|we|they) did "
            + "(?:\\w+ )?(?:have|get|vomit|throw up|feel|lose|cry|go down|fall))\\b");
    /** "Amma, the bathroom. Tell her.": a companion prompting the patient to tell what they left out. */
    private static final Pattern URGED = Pattern.compile("(?i)\\btell (?:her|him|them|the doctor|the nurse|doctor|"
            + "nurse)\\b|\\byou did\\b|\\bwhat about (?:the|when|that)\\b");
    /** "Half a stone", "three kilos", "a bit", "maybe": an answer that gives an amount, or hedges, not a "no". */
    private static final Pattern SOME = Pattern.compile("(?i)^\\W*(?:(?:yes|yeah|yep|a bit|a little|some|maybe|"
            + "probably|i think so)\\b|(?:about |around |maybe )?(?:half a|a|one|two|three|four|five|\\d+(?:\\.\\d+)?)"
            + " ?(?:stone|kilos?|kg|pounds?|lbs?)\\b)");

    private LateAdmissions() {
    }

    /** The symptoms, each denied one told after all in a later turn made present. */
    static List<Symptom> apply(Context c, List<Symptom> symptoms) {
        if (symptoms.stream().noneMatch(s -> s.presence() == Presence.DENIED)) {
            return symptoms;
        }
        List<Symptom> out = new ArrayList<>();
        for (Symptom s : symptoms) {
            int denied = s.support().turns().isEmpty() ? -1 : s.support().turns().get(s.support().turns().size() - 1);
            if (s.presence() == Presence.DENIED && denied >= 0 && siblingTold(c, s.name(), denied)) {
                continue; // "Any numbness or tingling?" "No." … "Actually, yeah, it's kind of tingly there."
            }
            Integer told = s.presence() != Presence.DENIED || denied < 0 ? null
                    : conceded(c, s.name(), denied) ? Integer.valueOf(denied + 2) : ownedInTurn(c, s.name(), denied)
                    ? Integer.valueOf(denied) : toldAfter(c, s.name(), denied);
            out.add(told == null ? s : new Symptom(s.name(), s.said(), Presence.PRESENT, s.system(), s.onset(),
                    s.duration(), s.site(), s.laterality(), s.character(), s.severity(), s.timing(), s.radiation(),
                    s.aggravating(), s.relieving(), s.support().and(Support.of(s.support().confidence(), told))));
        }
        return out;
    }

    /** The turn after {@code denied} in which the patient's side tells the symptom after all, or null. */
    private static Integer toldAfter(Context c, String name, int denied) {
        for (Utterance u : c.utterances()) {
            if (u.turn() <= denied || !u.historySide() || u.question()) {
                continue;
            }
            String text = u.text();
            for (Match m : c.symptoms(u)) {
                if (m.term().canonical().equals(name) && (AFTER_ALL.matcher(turnSoFar(c, u)).find() || urged(c, u))
                        && Attribution.of(u, m.start()).equals(Attribution.PATIENT)
                        && Negation.of(text, m.start(), m.end()) == Presence.PRESENT
                        && !SymptomReader.HYPOTHETICAL.matcher(text).find() && !LateRetractions.laterInTurn(c, u)) {
                    return u.turn();
                }
            }
            Utterance q = c.dialogue.questionFor(u);
            if (q != null && q.turn() > denied && u.index() == 0 && SOME.matcher(text).find()) {
                List<Match> asked = c.symptoms(q);
                if (asked.size() == 1 && asked.get(0).term().canonical().equals(name)) {
                    return u.turn(); // asked again on its own, and answered with an amount
                }
            }
        }
        return null;
    }

    /**
     * "Are you drooling?" "No." (the sister) "He's been spitting in a tub the whole way." "Okay, okay. Yes.": the
     * patient's denial, contradicted by a companion at once and then conceded. A bare "yes" concedes a question about
     * one or two symptoms; an amount ("Maybe half a stone") concedes the weight loss only.
     */
    private static boolean conceded(Context c, String name, int denied) {
        List<Utterance> answer = c.dialogue.ofTurn(denied);
        List<Utterance> companion = c.dialogue.ofTurn(denied + 1);
        List<Utterance> reply = c.dialogue.ofTurn(denied + 2);
        // the one who answered (the patient, or the grandson answering for him), put right by another companion
        if (answer.isEmpty() || companion.isEmpty() || reply.isEmpty() || !answer.get(0).historySide()
                || companion.get(0).role() != Role.COMPANION || companion.stream().anyMatch(Utterance::question)
                || java.util.Objects.equals(companion.get(0).speaker(), answer.get(0).speaker())
                || !java.util.Objects.equals(reply.get(0).speaker(), answer.get(0).speaker())) {
            return false;
        }
        // "That was not fainting, I just sat. Okay, maybe I blacked out for a second.": conceded in a later sentence
        if (reply.stream().skip(1).anyMatch(u -> CONCEDES.matcher(u.text()).lookingAt() && names(c, u, name, false))) {
            return true;
        }
        String said = String.join(" ", reply.stream().map(Utterance::text).toList());
        if (WEIGHT.matcher(said).lookingAt()) {
            return name.contains("weight loss");
        }
        // "Oh, well, yes. A few nights I've woken up sweaty… I suppose I've lost a bit.": the yes is for what it names
        List<String> told = reply.stream().flatMap(u -> c.symptoms(u).stream().filter(m -> Negation.of(u.text(),
                m.start(), m.end()) == Presence.PRESENT)).map(m -> m.term().canonical()).toList();
        boolean few = fewAsked(c, answer.get(0));
        if (CONCEDES.matcher(said).lookingAt() && !few && !told.isEmpty()) {
            return told.contains(name) || name.contains("weight loss") && LOST.matcher(said).find();
        }
        return CONCEDES.matcher(said).lookingAt() && few;
    }

    private static final Pattern LOST = Pattern.compile("(?i)\\b(?:i've|i have|i) lost (?:a bit|some|a little|a few|"
            + "weight)\\b");

    /**
     * "Any numbness or tingling in the arm?" "No." "What about here?" "Actually, yeah, it's kind of tingly there.": the
     * "no" to both is taken back by telling one of them, so the other is no longer denied either.
     */
    private static boolean siblingTold(Context c, String name, int denied) {
        List<Utterance> answer = c.dialogue.ofTurn(denied);
        Utterance q = answer.isEmpty() ? null : c.dialogue.questionFor(answer.get(0));
        List<String> asked = q == null ? List.of() : c.symptoms(q).stream().map(m -> m.term().canonical()).toList();
        String base = asked.stream().filter(a -> name.equals(a) || name.startsWith(a + " of ")).findFirst()
                .orElse(null);
        if (asked.size() < 2 || base == null) {
            return false;
        }
        for (int t = denied + 1; t <= denied + 3; t++) {
            for (Utterance u : c.dialogue.ofTurn(t)) {
                if (u.historySide() && !u.question() && AFTER_ALL.matcher(turnSoFar(c, u)).find() && c.symptoms(u)
                        .stream().anyMatch(m -> !m.term().canonical().equals(base) && asked.contains(m.term()
                        .canonical()) && Negation.of(u.text(), m.start(), m.end()) == Presence.PRESENT
                        && Attribution.of(u, m.start()).equals(Attribution.PATIENT) && u.role() != Role.COMPANION)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "No, no fever. Well — hang on. … it was 38.4. So yeah, I suppose he did.": the "no" taken back in its turn. */
    private static final Pattern OWNED = Pattern.compile("(?i)^\\W*(?:so,? )?(?:yeah|yes),? (?:i suppose |i guess |"
            + "actually )?(?:he|she|i|they) (?:did|does|has|had|was)\\b");

    private static final Pattern BARE_YES = Pattern.compile("(?i)^\\W*(?:(?:actually|well|oh|okay|hmm)\\W+)*"
            + "(?:yes|yeah)\\W*$");

    /** A bare yes to "dizziness or feeling faint?" owns both; "fevers, sweats, weight loss?" asks three things. */
    private static boolean fewAsked(Context c, Utterance answer) {
        Utterance q = c.dialogue.questionFor(answer);
        return q != null && c.symptoms(q).size() <= 2 && java.util.Arrays.stream(q.text()
                .split(",|\\bor\\b|\\band\\b")).filter(x -> !x.isBlank()).count() <= 2;
    }

    private static boolean ownedInTurn(Context c, String name, int denied) {
        List<Utterance> turn = c.dialogue.ofTurn(denied);
        // "Any weakness?" "No, I'm okay. ... Actually, yes. Last week I dropped a cup": the no answers the question
        int no = !turn.isEmpty() && Negation.answer(turn.get(0).text()) == Negation.Answer.NO
                && c.symptoms(turn.get(0)).isEmpty() ? 0 : -1;
        for (Utterance u : turn) {
            if (no < 0 && c.symptoms(u).stream().anyMatch(m -> m.term().canonical().equals(name))
                    && Negation.answer(u.text()) == Negation.Answer.NO) {
                no = u.index();
            } else if (no >= 0 && !u.clinician() && (OWNED.matcher(u.text()).lookingAt()
                    || BARE_YES.matcher(u.text()).matches() && fewAsked(c, turn.get(0)))) {
                return true; // "No, I'm okay. ... Actually, yes. Last week I dropped a cup"
            } else if (no < 0 && !u.clinician() && names(c, u, name, true)) {
                no = u.index(); // "That was not fainting, I just sat. Okay, maybe I blacked out for a second."
            } else if (no >= 0 && !u.clinician() && CONCEDES.matcher(u.text()).lookingAt()
                    && names(c, u, name, false)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence names the symptom, denied ({@code denied}) or not denied. */
    private static boolean names(Context c, Utterance u, String name, boolean denied) {
        return c.symptoms(u).stream().anyMatch(m -> m.term().canonical().equals(name)
                && (Negation.of(u.text(), m.start(), m.end()) == Presence.DENIED) == denied);
    }

    private static final Pattern CONCEDES = Pattern.compile("(?i)^\\W*(?:(?:ag|ah|och|eish|okay|ok|alright|all right|"
            + "fine|oh|well|actually)\\W+)*(?:yes|yeah|yep|true|it's true|(?:she's|he's|they're) right|okay|ok)\\b");
    private static final Pattern WEIGHT = Pattern.compile("(?i)^\\W*(?:(?:okay|ok|well|yes|yeah)\\W+)*(?:maybe |"
            + "about |around |probably )?(?:half a|a|one|two|three|four|five|\\d+(?:\\.\\d+)?) ?(?:stone|kilos?|kg|"
            + "pounds?|lbs?)\\b");

    /** "Well, I did go down in the kitchen. … I sat down hard on the floor.": the turn up to the sentence. */
    private static String turnSoFar(Context c, Utterance u) {
        return String.join(" ", c.dialogue.ofTurn(u.turn()).stream().filter(x -> x.index() <= u.index())
                .map(Utterance::text).toList());
    }

    /** The patient's turn straight after a companion's prompt to tell it. */
    private static boolean urged(Context c, Utterance u) {
        List<Utterance> before = c.dialogue.ofTurn(u.turn() - 1);
        return !u.clinician() && !before.isEmpty() && before.get(0).role() == Role.COMPANION
                && u.role() != Role.COMPANION && before.stream().anyMatch(x -> URGED.matcher(x.text()).find());
    }

}
