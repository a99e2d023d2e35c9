package org.scribeonfhir.drafting.extract;

import java.util.List;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.speech.Role;
import org.scribeonfhir.drafting.speech.Utterance;

/**
 * What a patient or parent says that names symptoms without having them: the question asked back ("Sorry,
 * drooling?"), the warning signs read back ("Blue lips, drooling, really sleepy, 911."), a fragment in the plan.
 */
final class ReadBacks {

    private static final Pattern FIRST_PERSON = Pattern.compile("(?i)\\b(?:i|i'm|i've|i'd|my|me)\\b");
    private static final Pattern SOMEONE = Pattern.compile("(?i)\\b(?:he|she|he's|she's|his|her|they|their)\\b");
    private static final Pattern ECHO = Pattern.compile("(?i)^\\W*(?:(?:oh|um|uh)\\W+)*(?:sorry|pardon|what)\\W+"
            + "(?:[a-z'-]+\\W+){0,3}[a-z'-]+\\W*$");

    private ReadBacks() {
    }

    /** True when the historian's sentence is no complaint, whatever symptoms it names. */
    static boolean notComplaints(Context c, Utterance u, Part part) {
        if (u.question() && ECHO.matcher(u.text()).matches()) {
            return true; // "Sorry, drooling?": the question asked back, the answer follows
        }
        boolean nobody = !FIRST_PERSON.matcher(u.text()).find() && !SOMEONE.matcher(u.text()).find();
        List<Utterance> before = c.dialogue.ofTurn(u.turn() - 1);
        if (!before.isEmpty() && before.get(0).clinician() && (nobody && warned(before) || saidBack(c, u, part, before))) {
            return true; // "Blue lips, drooling, really sleepy, 911.": the warning signs read back
        }
        // in the plan a patient's fragment ("Sore arm and all.") is about what may come, not a complaint
        return part == Part.PLAN && !FIRST_PERSON.matcher(u.text()).find() && (u.role() == Role.PATIENT || nobody);
    }

    /** Each symptom the historian names was in the clinician's warning just before ("…if he's drooling"). */
    private static boolean saidBack(Context c, Utterance u, Part part, List<Utterance> clinician) {
        String before = String.join(" ", clinician.stream().map(Utterance::text).toList())
                .toLowerCase(java.util.Locale.ROOT);
        return before.matches("(?s).*\\b(?:if|should)\\b.*") && (part == Part.PLAN
                || Precautions.PRECAUTION.matcher(before).find() && u.text().split("\\s+").length <= 10)
                && LooseSymptoms.find(c.vocabulary, u.text()).stream()
                .allMatch(m -> before.contains(m.surface().toLowerCase(java.util.Locale.ROOT)));
    }

    private static boolean warned(List<Utterance> clinician) {
        return clinician.stream().anyMatch(x -> Precautions.PRECAUTION.matcher(x.text()).find());
    }

    /**
     * "sometimes with swelling in the throat you get something called stridor", "They make you drowsy": what can
     * happen, explained.
     */
    private static final Pattern EXPLAINING = Pattern.compile("(?i)\\b(?:something|a thing|what's|what is) called\\b|"
            + "^\\W*(?:(?:ok|okay|now|so|and)\\W+)*sometimes\\b|\\b(?:some people|people|patients) (?:can )?get\\b|"
            // "I'd hold off those for now. They make you drowsy": what the drug does, not what the patient has
            + "\\b(?:they|it|these|those|this|that) (?:can |may |might |will |often |do |does )?(?:make|makes) "
            + "(?:you|people|some people) (?:a bit |very |quite )?(?:drowsy|sleepy|dizzy|lightheaded|sick|"
            + "constipated|tired)\\b");

    /** The clinician explaining what can happen, not saying what the patient has. */
    static boolean explaining(String text) {
        return EXPLAINING.matcher(text).find();
    }

    private static final Pattern PLAIN_NO = Pattern.compile("(?i)^\\W*(?:(?:uh+|um+|erm)\\W+)?(?:no|nope|not really|"
            + "never)\\b(?![^.]*\\b(?:just|only|except|but|apart from)\\b)");

    /** "Any rashes?" "Rashes? No, nothing like that.": the question said back, not a rash. */
    static boolean echoed(Context c, Utterance u) {
        Utterance q = c.dialogue.questionFor(u);
        if (!u.question() || u.text().split("\\s+").length > 3 || q == null) {
            return false;
        }
        // "But swollen? No, just the toe.": the answer goes on to say what is
        List<Utterance> turn = c.dialogue.ofTurn(u.turn());
        int next = turn.indexOf(u) + 1;
        if (next <= 0 || next >= turn.size() || !PLAIN_NO.matcher(turn.get(next).text()).lookingAt()) {
            return false;
        }
        List<Match> said = LooseSymptoms.find(c.vocabulary, u.text());
        List<Match> asked = LooseSymptoms.find(c.vocabulary, q.text());
        return !said.isEmpty() && said.stream().allMatch(m -> asked.stream().anyMatch(x -> x.term() == m.term()));
    }
}
