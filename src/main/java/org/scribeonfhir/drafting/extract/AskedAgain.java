package org.scribeonfhir.drafting.extract;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.Presence;

/**
 * "Any weakness, numbness or trouble getting your words out?" "My mum gets migraines actually…" "And what about the
 * weakness or trouble with words?": a question left unanswered by a reply about someone else, then asked again.
 */
final class AskedAgain {

    private static final Pattern ELSEWHERE = Pattern.compile("(?i)\\b(?:is|are|has|have) (?:the|your|his|her|it|they)"
            + "(?: \\w+)? (?:anywhere else|elsewhere|spread)\\b|\\bany (?:\\w+ )?(?:pain|swelling|rash) anywhere "
            // "Has the rash gone near your face at all?": where the known rash has reached
            + "else\\b|\\b(?:has|have|did|is) (?:the|your|his|her) (?:rash|blisters|redness|swelling|spots) (?:\\w+ )?"
            + "(?:gone|spread|moved|got|come|crept) (?:near|to|onto|into|up|down|on)\\b");

    /** "Any pain in that heel or the tendon before last night?": asked of the time before the complaint began. */
    private static final Pattern BEFORE_NOW = Pattern.compile("(?i)\\bbefore (?:last night|yesterday|this (?:week|"
            + "morning|happened|started|injury)|today|the (?:injury|fall|accident))\\W*$");

    /**
     * "Is the rash anywhere else, elbows, feet?", "Has the rash gone near your face?": asked where else the complaint
     * is, not whether it is there.
     */
    static boolean elsewhere(Utterance q) {
        return ELSEWHERE.matcher(q.text()).find() || BEFORE_NOW.matcher(q.text()).find();
    }

    private static final Pattern RELATIVE_REPLY = Pattern.compile("(?i)^\\W*(?:(?:well|oh|um|uh|actually|yeah|so)\\W+)*"
            + "(?:my|our) (?:mum|mom|mother|dad|father|sister|brother|wife|husband|son|daughter|gran|grandma|grandpa|"
            + "nan|aunt|uncle|cousin|partner)(?:'s)?\\b");
    private static final Pattern HAD_THAT = Pattern.compile("(?i)^\\W*(?:(?:and|so|okay|ok|now)\\W+)*(?:have you|"
            + "did you|do you) (?:ever )?(?:had|have|get|got|noticed|notice) (?:that|this|it|any of that|"
            + "anything like (?:that|this))\\W*$");
    private static final Pattern WHAT_ABOUT = Pattern.compile("(?i)^\\W*(?:(?:and|so|okay|ok|but)\\W+)*(?:what|how) about "
            + "(?:the )?");

    private static final Pattern COUNTED = Pattern.compile("(?i)^\\W*(?:(?:um|uh|well|oh|yeah)\\W+)*(?:one|once|twice|"
            + "two|three|a couple|a few|a bit|a little|some|loads|lots|very|really|quite|terribly|pretty|extremely|"
            + "\\d)\\b");

    private AskedAgain() {
    }

    /**
     * "Any bleeding in between periods?" "I had a terrible nosebleed last month…": another complaint told, the one
     * asked about left unanswered — unless the reply counts or grades it ("one, in the grocery store…", "very
     * sick") or says its word.
     */
    static boolean toldOther(Match asked, String answer, List<Match> inAnswer) {
        if (inAnswer.isEmpty() || inAnswer.stream().anyMatch(x -> x.term() == asked.term())) {
            return false;
        }
        java.util.regex.Matcher counted = COUNTED.matcher(answer);
        // "a little bit of spotting" grades the spotting it names, not the discharge asked about
        if (counted.lookingAt() && inAnswer.get(0).start() - counted.end() > 12) {
            return false;
        }
        String a = answer.toLowerCase(Locale.ROOT);
        return Arrays.stream(asked.surface().toLowerCase(Locale.ROOT).split("\\W+"))
                .filter(w -> w.length() > 3).noneMatch(w -> a.matches("(?s).*\\b" + Pattern.quote(w) + "\\b.*"));
    }

    private static final Pattern BARE_YES = Pattern.compile("(?i)^\\W*(?:yes|yeah|yep)\\b");

    /** "Any weight loss or blood in the stool?" "Yes, as I said, some discharge and pain": none of those. */
    static boolean yesToOthers(List<Match> asked, String answer, List<Match> inAnswer) {
        boolean bare = BARE_YES.matcher(answer).lookingAt();
        // "Any unusual discharge?" "A little bit of spotting.": the spotting is graded, the discharge not answered
        return asked.size() > 1 && bare && asked.stream().allMatch(x -> toldOther(x, answer, inAnswer))
                || asked.size() == 1 && !bare && COUNTED.matcher(answer).lookingAt()
                && toldOther(asked.get(0), answer, inAnswer);
    }

    /**
     * "Any black or tarry stools?" "…everything was red, but my wife said that's the beets." "Apart from the beets,
     * has your stool ever been black like tar?": the clinician asks it again, so the story answered nothing.
     */
    static boolean askedNext(Context c, Utterance reply, Match asked) {
        for (Utterance x : c.dialogue.ofTurn(reply.turn() + 1)) {
            if (x.clinician() && x.question() && LooseSymptoms.find(c.vocabulary, x.text()).stream()
                    .anyMatch(m -> m.term() == asked.term())) {
                return true;
            }
        }
        return false;
    }

    /** A reply that opens on a relative's story answers nothing about the patient. */
    static boolean relativesStory(Utterance reply) {
        return RELATIVE_REPLY.matcher(reply.text()).lookingAt();
    }

    /** The question as asked, or, asked again after a reply that did not answer, the first question's list with it. */
    static String question(Context c, Utterance q) {
        if (HAD_THAT.matcher(q.text()).lookingAt() && q.index() > 0) {
            // "…you get something called stridor, a noisy sound when you breathe in. Have you had that?"
            List<Utterance> turn = c.dialogue.ofTurn(q.turn());
            for (int i = q.index() - 1; i >= Math.max(0, q.index() - 3); i--) {
                List<Match> named = LooseSymptoms.find(c.vocabulary, turn.get(i).text());
                // "…flashing lights or zigzag lines. That's called an aura. Have you had anything like that?"
                if (!named.isEmpty()) {
                    return "Have you had " + String.join(" or ", named.stream().map(Match::surface).toList()) + "?";
                }
            }
        }
        if (!WHAT_ABOUT.matcher(q.text()).lookingAt()) {
            return q.text();
        }
        for (int turn = q.turn() - 2; turn >= Math.max(1, q.turn() - 4); turn--) {
            for (Utterance x : c.dialogue.ofTurn(turn)) {
                Utterance a = x.clinician() && x.question() ? c.dialogue.answerTo(x) : null;
                if (a != null && Negation.answer(a.text()) == Negation.Answer.OTHER
                        && !LooseSymptoms.find(c.vocabulary, x.text()).isEmpty()) {
                    return x.text() + " " + q.text();
                }
            }
        }
        return q.text();
    }

    /** A question that states the symptom absent and asks to confirm: "no blood in your vomit, is that right?" */
    private static final Pattern CONFIRM_TAG = Pattern.compile("(?i),?\\s*(?:is that right|is that correct|right|"
            + "correct|yeah|yes|no)\\s*\\?\\s*$");

    /** "And your waterworks are all OK?": a yes says they are normal. */
    private static final Pattern SAID_OK = Pattern.compile("(?i)^\\W*(?:(?:are|is|'re|'s|have been|has been|been)\\s+)?"
            + "(?:all\\s+)?(?:ok|okay|fine|normal|alright|all right|good|no problem)\\b[^?.]{0,15}\\?");

    static boolean confirmsAbsence(String asked, Match m) {
        return CONFIRM_TAG.matcher(asked).find() && Negation.of(asked, m.start(), m.end()) == Presence.DENIED
                || SAID_OK.matcher(asked.substring(m.end())).lookingAt()
                || WITHOUT.matcher(asked.substring(0, m.start())).find();
    }

    /** "Can you put weight on it without much pain?" "Yes": a yes says there is no pain. */
    private static final Pattern WITHOUT = Pattern.compile("(?i)\\bwithout (?:much |any |too much |a lot of )?$");
}
