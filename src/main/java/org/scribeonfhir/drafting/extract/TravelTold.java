package org.scribeonfhir.drafting.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.HistoryItem;
import org.scribeonfhir.drafting.visit.Support;

/**
 * "We got back from Ghana twelve days ago", "we flew back from Orlando nine days ago", "back from a cruise on
 * Friday": recent travel, told in the patient's words; a place is where the patient went, not a past condition.
 */
final class TravelTold {

    /** Not a journey: back from work, been in bed, went to the doctor. */
    private static final String NOT_A_PLACE = "(?!(?:the|a|an|my|our|his|her|their|your|work|school|church|hospital|"
            + "bed|town|home|there|here|it|that|this|lunch|dinner|college|uni|university|gym|shops?|doctors?|gp|"
            + "pharmacy|chemist|surgery|clinic|sleep|see|get|be|do|have|a&e|er|urgent|"
            // "when I was in high school, I had to have a tube put down my throat": a time of life, not a journey
            + "high|primary|secondary|middle|junior|grade|year|labou?r|pain|trouble|care|rehab|prison)\\b)";
    // "just from staring at the screen" is only from it: "just" goes back or home from somewhere
    private static final Pattern TRAVEL = Pattern.compile("(?i)\\b(?:(?:(?:flew|flown|got|came|come|been|arrived|"
            + "returned) (?:back |home )?from|just (?:got |come |flown )?(?:back|home) from|"
            + "(?:when|while) (?:we|i) (?:were|was) (?:over )?in) " + NOT_A_PLACE
            + "\\w+|back from (?:a |our |my |the )?(?:holiday|trip|cruise|vacation|safari)|(?:been|went|travel{1,2}ed|"
            + "flew|flown) (?:out )?to " + NOT_A_PLACE + "[a-z]+(?: for (?:a|two|three|\\d+) (?:weeks?|days?|months?))"
            + "|(?:on|from) (?:a |the |our )?cruise\\b|long[- ]haul flight)");
    private static final Pattern FUTURE = Pattern.compile("(?i)\\b(?:going to|gonna|will|'ll|planning|plan to|next "
            + "(?:week|month|year))\\b");

    /** A journey asked about, or spoken of by the clinician: it matters to this visit. */
    private static final Pattern ASKED = Pattern.compile("(?i)\\b(?:travel\\w*|abroad|overseas|journeys?|flights?|"
            + "flew|flying|trips?|cruise|ship|holiday|vacation|away anywhere|been away)\\b");

    /** "Where have you been?" "I went to Vietnam.": a named place, when the question asks where. */
    private static final Pattern WENT = Pattern.compile("\\b(?:[Ww]ent|[Bb]een|[Tt]ravell?ed|[Ff]lew) (?:out )?to "
            + "[A-Z][a-z]+");
    private static final Pattern WHERE = Pattern.compile("(?i)\\bwhere (?:have you been|did you go|were you)\\b");

    private TravelTold() {
    }

    static void read(Context c, Utterance u, List<HistoryItem> out) {
        Matcher m = TRAVEL.matcher(u.text());
        Utterance q = c.dialogue.questionFor(u);
        if (!m.find() && q != null && WHERE.matcher(q.text()).find()) {
            m = WENT.matcher(u.text());
        }
        if (!HistoryReader.speaksAsPatient(u) || !m.find(0) || !mattersHere(c, u)
                || FUTURE.matcher(u.text().substring(0, m.start())).find()
                || !Attribution.of(u, m.start()).equals(Attribution.PATIENT)
                || out.stream().anyMatch(h -> h.kind().equals("travel"))) {
            return; // the first account of the journey is the one the note keeps
        }
        String said = Phrasing.tidy(u.text()).replaceAll("(?i)^(?:yes|yeah|yep|no|well|so)\\b,?\\s*", "")
                .replaceAll("(?i)^that's the thing,?\\s*", "").replaceAll("(?i),? (?:and|but) (?:then |on |it |"
                        + "that's )[^,]*$", "").replaceAll("[.!]+$", "");
        HistoryReader.add(out, new HistoryItem("travel", said, null, Support.of(0.7, u.turn())));
    }

    /** The question the patient answers, or any later clinician sentence, speaks of the journey. */
    private static boolean mattersHere(Context c, Utterance u) {
        Utterance q = c.dialogue.questionFor(u);
        return q != null && (ASKED.matcher(q.text()).find() || WHERE.matcher(q.text()).find())
                || c.utterances().stream()
                .anyMatch(x -> x.clinician() && x.turn() > u.turn() && ASKED.matcher(x.text()).find());
    }
}
