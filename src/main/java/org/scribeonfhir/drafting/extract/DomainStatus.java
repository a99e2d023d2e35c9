package org.scribeonfhir.drafting.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.HistoryItem;
import org.scribeonfhir.drafting.visit.Support;

/**
 * "How's your appetite?" "Normal again. I'm cooking…": how a domain of the review is, in the note's shorthand
 * ("Appetite: normal again."), as a psychiatric or follow-up note keeps it, whether it is good or poor.
 */
final class DomainStatus {

    /** The reply's first words, when they say how the domain is. */
    private static final Pattern STATUS = Pattern.compile("(?i)^\\W*(?:(?:um|uh|oh|well|honestly|yeah|actually)\\W+)*"
            + "(?:(?:my )?" + DomainAnswers.DOMAIN + "(?:'s| is| has been)\\s+)?"
            + "(?<status>(?:(?:it's|its|it has been|it's been|been|pretty|really|very|quite|much|a lot|a bit|a little|"
            + "mostly|"
            + "still|actually)\\s+)*(?:good|fine|okay|ok|normal|better|worse|poor|bad|low|dreadful|terrible|awful|"
            + "rubbish|great|not great|not good|not bad|so-so|up and down|less|more|improved|improving|back to normal|"
            + "gone|flat|variable|all over the place|broken)(?:\\s+again)?)\\b(?!-)");
    /** "…probably five hours a night": how long, said after the status. */
    private static final Pattern HOURS = Pattern.compile("(?i)\\b(?:about |around |maybe |probably |like )?"
            + "(\\d+(?:\\.5)?"
            + "(?: (?:or|to) \\d+)?) hours?(?: a night| of sleep| most nights)?\\b");

    private DomainStatus() {
    }

    static void read(Context c, Utterance q, Utterance a, List<HistoryItem> out) {
        String domain = a == null || a.clinician() ? null : DomainAnswers.asked(q.text());
        if (domain == null) {
            return;
        }
        Matcher said = STATUS.matcher(a.text());
        if (!said.find()) {
            return;
        }
        String status = said.group("status").toLowerCase(Locale.ROOT).replaceAll("\\b(?:it's|its|it has been|it's been|"
                + "been|actually)\\s+", "").replaceAll("^less$", "decreased").replaceAll("^more$", "increased");
        if (domain.equals("sleep")) {
            String told = String.join(" ", c.dialogue.ofTurn(a.turn()).stream().map(Utterance::text).toList());
            Matcher hours = HOURS.matcher(told);
            status += hours.find() ? ", about " + hours.group(1) + " hours a night" : "";
        }
        String text = Character.toUpperCase(domain.charAt(0)) + domain.substring(1) + ": " + status;
        HistoryReader.add(out, new HistoryItem("status", text, domain, Support.of(0.7, q.turn(), a.turn())));
    }
}
