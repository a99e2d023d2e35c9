package org.scribeonfhir.drafting.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.Presence;
import org.scribeonfhir.drafting.visit.Support;
import org.scribeonfhir.drafting.visit.Symptom;

/**
 * "I've had a couple of nosebleeds." "No, you've no. That was wee Callum." "Aye, it was Callum. Nothing from me.";
 * "She lost five kilos." "Sorry, she's correcting me: she means her brother lost five kilos.": a symptom told and
 * taken back straight after, by the patient or a companion, before the clinician speaks again, is denied.
 */
final class LateRetractions {

    private static final String DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
            + "March|April|May|June|July|August|September|October|November|December|Christmas|Easter|Doctor|Dr|Mr|"
            + "Mrs|Ms";
    /** Someone else's, a correction of the interpreter, or nothing of the patient's after all. */
    static final Pattern TAKEN_BACK = Pattern.compile("(?:\\b(?i:that was|it was|that were|no,? that's|"
            + "that's(?= [A-Z][a-z]+, (?i:my|our)\\b))\\s+"
            + "(?:(?i:wee|little|our|my|your|his|her|the) )?(?:(?!(?:" + DAYS + ")\\b)[A-Z][a-z]+\\b|(?i:son|daughter|"
            + "grandson|granddaughter|grandwean|grandchild|grandkid|husband|wife|brother|sister|mother|mum|mom|father|"
            + "dad|boy|girl|baby|cousin|nephew|niece|neighbou?r|friend|week (?:i|he|she|we))\\b)"
            + "(?! who\\b| that\\b|'s\\b))"
            + "|(?i)\\b(?:nothing|none of that) (?:from|for|with) me\\b|\\b(?:you've|you have|he's|she's|i've) had "
            + "nothing\\b|\\b(?:she|he) means (?:her|his|my|their) \\w+|\\b(?:she|he) (?:herself|himself) "
            + "(?:hasn't|has not|hasn't had|didn't|did not|doesn't|does not|isn't|is not)\\b|\\b(?:she's|he's) "
            + "correcting me\\b|\\boh no,? hang on\\b|\\bscratch that\\b|^\\W*no,? you've no\\b"
            + "|\\b(?:that was|it was) you\\b(?! who\\b| that\\b)"); // "Nomsa, that was you. You had the rash"

    private LateRetractions() {
    }

    /** The symptoms, each told and then taken back made denied. */
    static List<Symptom> apply(Context c, List<Symptom> symptoms) {
        List<Symptom> out = new ArrayList<>();
        for (Symptom s : symptoms) {
            Integer back = s.presence() == Presence.PRESENT ? takenBack(c, s) : null;
            out.add(back == null ? s : new Symptom(s.name(), s.said(), Presence.DENIED, s.system(), null, null,
                    s.site(), s.laterality(), null, null, null, null, List.of(), List.of(),
                    s.support().and(Support.of(s.support().confidence(), back))));
        }
        return out;
    }

    /** The turn that takes back the symptom's last telling, or null; a telling after the taking back stands. */
    private static Integer takenBack(Context c, Symptom s) {
        Integer back = null;
        for (int told : s.support().turns()) {
            if (!names(c, s, told)) {
                continue; // "How long?" "Two or three months.": a detail given, not the symptom told again
            }
            Integer r = takenBack(c, s, told);
            back = r != null ? r : back != null && told > back ? null : back;
        }
        return back;
    }

    /** "Now, the fluttering — tell me more.": a word of the patient's own name for the symptom said back. */
    private static boolean saysWord(Context c, Symptom s, int turn) {
        String text = c.dialogue.text(turn).toLowerCase(java.util.Locale.ROOT);
        return s.said() != null && java.util.Arrays.stream(s.said().toLowerCase(java.util.Locale.ROOT).split("\\W+"))
                .anyMatch(w -> w.length() >= 6 && DrugPronoun.says(text, w));
    }

    private static boolean names(Context c, Symptom s, int turn) {
        return c.dialogue.ofTurn(turn).stream().anyMatch(u -> c.symptoms(u).stream()
                .anyMatch(m -> m.term().canonical().equals(s.name())));
    }

    /** Later in the turn that tells the symptom, or in the next turns before the clinician speaks again. */
    private static Integer takenBack(Context c, Symptom s, int told) {
        List<Utterance> turn = c.dialogue.ofTurn(told);
        int said = -1;
        for (Utterance u : turn) {
            if (said < 0 && c.symptoms(u).stream().anyMatch(m -> m.term().canonical().equals(s.name()))) {
                said = u.index();
            } else if (said >= 0 && u.historySide() && TAKEN_BACK.matcher(u.text()).find()) {
                return told;
            }
        }
        for (int t = told + 1; t <= told + 2; t++) {
            List<Utterance> next = c.dialogue.ofTurn(t);
            if (next.isEmpty() || !next.get(0).historySide()) {
                return askedAgain(c, s, t);
            }
            if (next.stream().anyMatch(u -> !u.question() && TAKEN_BACK.matcher(u.text()).find())) {
                return t;
            }
        }
        return null;
    }

    /**
     * "Now, the fluttering — tell me more." "Actually no, hold on… That's Seamus, my husband": taken back when the
     * clinician's next word on the symptom is answered so, even some turns on.
     */
    private static Integer askedAgain(Context c, Symptom s, int from) {
        for (int t = from; t <= from + 20; t++) {
            List<Utterance> turn = c.dialogue.ofTurn(t);
            if (!turn.isEmpty() && turn.get(0).clinician() && (names(c, s, t) || saysWord(c, s, t))) {
                List<Utterance> next = c.dialogue.ofTurn(t + 1);
                return !next.isEmpty() && next.get(0).historySide() && next.stream()
                        .anyMatch(u -> !u.question() && TAKEN_BACK.matcher(u.text()).find()) ? t + 1 : null;
            }
        }
        return null;
    }

    /** "No, Gwen, that's me, love. I'm the one with the muffled ear.": the companion's own, not the patient's. */
    private static final Pattern MINE_INSTEAD = Pattern.compile("(?i)^\\W*(?:(?:no|oh|nah)\\W+)*(?:[a-z]+\\W+)?"
            + "(?:that's me|that is me|that was me)\\b|\\bi'm the one with\\b|\\bit's (?:him|her),? not me\\b");

    /** Whether the next turn or the one after takes what the patient's side just said for someone else's. */
    static boolean takenBackNext(Context c, Utterance u) {
        for (int t = u.turn() + 1; u.historySide() && t <= u.turn() + 2; t++) {
            List<Utterance> next = c.dialogue.ofTurn(t);
            if (!next.isEmpty() && !next.get(0).clinician() && !next.get(0).question()
                    && (MINE_INSTEAD.matcher(next.get(0).text()).find()
                    || TAKEN_BACK.matcher(next.get(0).text()).find())) {
                return true;
            }
        }
        return false;
    }

    /** "Actually I did have a sore neck. Oh no, hang on, that was the week I fell asleep in the car.": taken back. */
    static boolean laterInTurn(Context c, Utterance u) {
        return c.dialogue.ofTurn(u.turn()).stream().anyMatch(x -> x.index() > u.index()
                && TAKEN_BACK.matcher(x.text()).find());
    }
}
