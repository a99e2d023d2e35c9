package org.scribeonfhir.drafting.extract;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.visit.Presence;

/**
 * "Energy?" "Still kind of low." A question that names a domain rather than a symptom, answered by how that
 * domain is: a poor answer is the domain's symptom, a plainly good one denies it, anything mixed says nothing.
 */
final class DomainAnswers {

    /** The symptom a poor answer about each domain means. */
    record Finding(String symptom, Presence presence) {
    }

    /** Each domain a one-word question names, and the symptom a poor answer about it means. */
    private static final Map<String, String> DOMAINS = Map.of("energy", "fatigue", "concentration",
            "difficulty concentrating", "focus", "difficulty concentrating", "appetite", "decreased appetite", "sleep",
            "insomnia", "sleeping", "insomnia", "memory", "memory loss", "mood", "depressed mood");
    /** Mood is left out: "how's your mood?" is answered on a scale or in a sentence, not "low". */
    private static final Pattern QUESTION = Pattern.compile("(?i)^(?:and |so |okay,? |what about |how about |"
            + "how(?:'s| is| are| has| have)(?: your| the)? )?(energy|concentration|focus|appetite|sleep|sleeping|"
            + "memory)(?:'s| is)?(?: (?:levels?|lately|been|like|okay|at work|at school|during the day|these days|"
            + "overall))*\\s*\\?$");
    private static final Pattern DOMAIN_WORD = Pattern.compile("(?i)\\b(" + String.join("|", DOMAINS.keySet()) + ")\\b");
    private static final Pattern POOR = Pattern.compile("(?i)\\b(?:low|hard|bad|poor|terrible|awful|rough|tough|"
            + "difficult|struggling|worse|down|zero|nonexistent|not (?:good|great|well|much)|can't|cannot|trouble)\\b");
    private static final Pattern GOOD = Pattern.compile("(?i)^(?:(?:it's|its|that's|pretty|really|very|all|"
            + "totally|been) )*(?:good|fine|okay|ok|normal|great|alright|all right|no problems?|no issues?)"
            + "(?:,? (?:thanks|actually|honestly))?\\W*$");
    private static final Pattern MIXED = Pattern.compile("(?i)\\b(?:but|better|good|fine|okay|great|except|"
            + "improving|improved|normal)\\b");

    private DomainAnswers() {
    }

    /** What the first sentence of the reply says of the domain the question names, or null. */
    static Finding of(String question, String reply) {
        Matcher q = QUESTION.matcher(question.strip());
        if (!q.matches()) {
            return null;
        }
        String symptom = DOMAINS.get(q.group(1).toLowerCase(Locale.ROOT));
        String r = reply.strip();
        Matcher other = DOMAIN_WORD.matcher(r);
        while (other.find()) {
            if (!DOMAINS.get(other.group(1).toLowerCase(Locale.ROOT)).equals(symptom)) {
                return null; // "Energy? Appetite?" "Energy's low.": the reply speaks of another domain
            }
        }
        if (GOOD.matcher(r).matches()) {
            return new Finding(symptom, Presence.DENIED);
        }
        Matcher poor = POOR.matcher(r);
        // "better, but low" is still low; "okay, maybe a little less" and "not too bad" are neither
        if (poor.find() && !MIXED.matcher(r.substring(0, poor.start())).find()
                && !r.toLowerCase(Locale.ROOT).matches("(?s).*\\bnot (?:too |that |so )?(?:bad|terrible|awful|rough)\\b.*")) {
            return new Finding(symptom, Presence.PRESENT);
        }
        return null;
    }
}
