package org.scribeonfhir.drafting.extract;

import java.util.List;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.speech.Utterance;

/** A drug said to be stopped in the sentences after it: "I stopped that", "I haven't used one since I was fifteen". */
final class StoppedAfter {

    /**
     * "I stopped that", "Yes, the calcipotriol. I stopped it back in the summer", and whoever stopped it: "They stopped
     * that in August", "Doctor Patel stopped that last year": the drug just named is stopped.
     */
    static final Pattern STOPPED_IT = Pattern.compile("(?i)^(?:(?:and|but|so|well|yeah|yes|oh|no|um|uh)\\W+)*"
            + "(?:i|we|they|(?:dr|doctor) [\\w-]+|(?:the|my|his|her) (?:doctor|gp|cardiologist|"
            + "specialist|consultant|hospital|pediatrician|paediatrician))(?:'ve| have)? (?:stopped|quit|came off|"
            + "went off|gave up(?: on)?|switched|took (?:me|him|her) off)(?: taking| using)? (?:it|that|them|those)\\b");

    /** "That's from when I was a kid. I haven't used one since I was about fifteen.": not used for years. */
    private static final Pattern NOT_USED_SINCE = Pattern.compile("(?i)\\b(?:i|we|she|he)(?: haven't| have not| hasn't|"
            + " has not) (?:used|taken|had) (?:it|one|them|that|any) (?:since|for|in)\\b");

    /** "I'd been on them five years and I came off last October": came off what was just named, no object said. */
    private static final Pattern CAME_OFF = Pattern.compile("(?i)\\b(?:and|but|so|then) (?:i|we|she|he) (?:came|went) "
            + "off (?:them |it |those )?(?:last|in|about|around|a|two|three|\\d)");

    /** "…a short course of prednisolone last winter. That's long finished.": a course over. */
    private static final Pattern FINISHED = Pattern.compile("(?i)^(?:(?:and|but|so|well|oh)\\W+)*(?:that's|that was|"
            + "it's|it was|that is|it is|they're|those are)(?: long| all| well)? (?:finished|done|over)\\b");

    /** "Just Zyrtec in the spring. I'm not taking it right now.": not taken at present. */
    private static final Pattern NOT_TAKING = Pattern.compile("(?i)^(?:(?:and|but|so|well|yeah|yes|oh|no|um|uh)\\W+)*"
            + "(?:i|we|she|he)(?:'m|'re|'s| am| are| is) not (?:taking|using|on|giving (?:him|her))(?: it| that| them| "
            + "those)\\b");

    /**
     * The last drug of the clinician's list read out, the end of the turn, answered "I stopped that" next ("Oh, that
     * was for my back. I stopped it after a month.").
     */
    static boolean readBackStopped(Context c, Utterance u) {
        List<Utterance> turn = c.dialogue.ofTurn(u.turn());
        List<Utterance> next = c.dialogue.ofTurn(u.turn() + 1);
        // "I've got you down for Rigevidon. Are you still taking that?": a question about it may end the turn
        boolean last = turn.subList(Math.min(turn.size(), u.index() + 1), turn.size()).stream()
                .allMatch(x -> x.question() && DrugNames.in(c, x).isEmpty());
        if (!last || next.isEmpty() || !next.get(0).historySide()) {
            return false;
        }
        for (Utterance x : next.subList(0, Math.min(2, next.size()))) {
            if (STOPPED_IT.matcher(x.text()).find() || NOT_USED_SINCE.matcher(x.text()).find()) {
                return true;
            }
            if (!DrugNames.in(c, x).isEmpty()) {
                return false; // "So, the glipizide. I stopped that.": another drug of the list
            }
        }
        return false;
    }

    /** "…co codamol from when I did my back. But they bunged me right up. So I stopped them.": a sentence or two on. */
    static boolean stoppedNext(Context c, Utterance u) {
        List<Utterance> turn = c.dialogue.ofTurn(u.turn());
        for (int i = u.index() + 1; i < Math.min(turn.size(), u.index() + 3); i++) {
            if (STOPPED_IT.matcher(turn.get(i).text()).find() || NOT_TAKING.matcher(turn.get(i).text()).find()
                    || CAME_OFF.matcher(turn.get(i).text()).find() || FINISHED.matcher(turn.get(i).text()).find()) {
                return true;
            }
            if (!DrugNames.in(c, turn.get(i)).isEmpty()) {
                return false;
            }
        }
        return false;
    }
}
