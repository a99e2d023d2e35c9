package org.scribeonfhir.drafting.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What makes a complaint worse and what makes it better, as the patient's activities ("lying down at night"). */
final class Factors {

    private static final Pattern WORSE = Pattern.compile("(?i)\\b(?:worse|worsens|hurts more|aggravated|"
            + "flares up|bothers me more) (?:when|with|if|after|during|at|in)\\s+([^,.;]{3,40})");
    private static final Pattern WORSE_BEFORE = Pattern.compile("(?i)\\b([a-z]+ing(?: [a-z]+)?|stairs|walking|"
            + "bending|lifting|coughing) makes? it worse\\b");
    private static final Pattern BETTER = Pattern.compile("(?i)\\b(?:better|improves|improved|relieved|eases|"
            + "helps) (?:when|with|if|after|by)\\s+([^,.;]{3,40})");
    private static final Pattern HELPS = Pattern.compile("(?i)\\b((?:the )?(?:ice|heat|rest|resting|tylenol|"
            + "ibuprofen|advil|motrin|aleve|stretching|elevation|sitting|lying down|antacids?|tums|the inhaler|"
            + "medication|medicine|sleep))(?: (?:seems to |really |kind of )?(?:helps?|helped|makes it better))\\b");
    /** "Does coughing or sneezing make it shoot down the leg?": the activities asked about as triggers. */
    static final Pattern ASKED_TRIGGERS = Pattern.compile("(?i)\\b(?:does|do|did) ((?!(?:any|some|no|every)thing\\b)"
            + "[a-z]+ing(?:,? (?:or|and) [a-z]+ing)*) (?:ever )?(?:make|makes|bring|set|trigger)\\b");

    /** "I've had a lot of coffee": what was taken is the factor. */
    private static final Pattern HAD = Pattern.compile("(?i)^(?:(?:she|he|i|they)(?:'ve| have| has|'s|'d| had)?\\s+)?"
            + "(?:had|drunk|drank|eaten|ate)\\s+");

    private Factors() {
    }

    /** Of the activities asked about as triggers, those the reply names; all of them when it is a bare yes. */
    static List<String> askedTriggers(String question, String reply, boolean yes) {
        Matcher m = ASKED_TRIGGERS.matcher(question);
        List<String> out = new ArrayList<>();
        if (!m.find()) {
            return out;
        }
        String r = reply.toLowerCase(Locale.ROOT);
        for (String x : m.group(1).toLowerCase(Locale.ROOT).split(",?\\s+(?:or|and)\\s+")) {
            if (r.matches("(?s).*\\b" + x.replaceFirst("ing$", "") + "\\w*.*")) {
                out.add(x);
            }
        }
        if (out.isEmpty() && yes && reply.split("\\s+").length <= 3) {
            out.addAll(List.of(m.group(1).toLowerCase(Locale.ROOT).split(",?\\s+(?:or|and)\\s+")));
        }
        return out;
    }

    static List<String> aggravating(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORSE.matcher(s);
        while (m.find()) {
            out.add(HAD.matcher(gerund(thirdPerson(m.group(1)))).replaceFirst("")); // "when I've had a lot of coffee"
        }
        Matcher b = WORSE_BEFORE.matcher(s);
        while (b.find()) {
            out.add(b.group(1).toLowerCase(Locale.ROOT));
        }
        // "worse at night": when it is worse is its timing, not something that makes it worse
        out.removeIf(f -> f.matches("(?:the )?(?:night|nights|nighttime|night-time|morning|mornings|evening|evenings|"
                + "afternoon|afternoons|daytime)"));
        return out;
    }

    /**
     * The answer to "what makes it worse?" as its factors: "reaching overhead, and reaching behind my back, like
     * tucking my shirt in" → reaching overhead, reaching behind my back. Examples ("like…") and answers that
     * are not a list of activities give nothing.
     */
    static List<String> answered(String answer) {
        List<String> out = new ArrayList<>();
        String a = answer.replaceAll("(?i)^\\W*(?:(?:um|uh|well|yeah|yes|oh|so|i guess|i think|probably|mostly|"
                + "definitely)\\W+)*", "").replaceAll("[.!?]+$", "");
        if (a.matches("(?is)^(?:no|nothing|not really|none|nope|i don't know)\\b.*")) {
            return out;
        }
        for (String part : a.split("(?i),\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+")) {
            String f = part.strip().toLowerCase(Locale.ROOT).replaceAll("^(?:when i(?:'m)?|if i|with|by) ", "")
                    .replaceAll("\\s+(?:helps?|seems to help|makes it (?:better|worse)|does it)"
                            + "(?: a (?:bit|little|lot))?$", "") // "lying down flat helps": "lying down flat"
                    // "lifting it over my head is the worst", "reaching behind, like putting my coat on"
                    .replaceAll("\\s+(?:is|was) (?:the )?(?:worst|worse|bad|a killer)$", "")
                    .replaceAll("(?<=\\w{3})\\s+like\\s.*$", "");
            // "walking on it, forget it", "the bleach, definitely": an exclamation or adverb, not a second factor
            if (f.matches("forget (?:it|about it)|no way|not a chance|oh my (?:god|gosh)|god|no chance|definitely|"
                    + "probably|mostly|maybe|for sure|too|as well|especially|really")) {
                continue;
            }
            // "at night … two or three times a night": when, and how often, not what makes it worse
            if (f.matches("(?s)(?:^at night|^in the (?:morning|evening)|.*\\d).*")
                    || f.matches("(?s)^(?:like|such as|e\\.g\\.|i mean|you know|that|it|which)\\b.*") || f.length() < 3
                    || f.split("\\s+").length > 8 || f.matches("(?s).*\\b(?:i|you|we|they)\\b.*")) {
                continue;
            }
            out.add(f);
        }
        return out.size() > 4 ? List.of() : out;
    }

    static List<String> relieving(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = BETTER.matcher(s);
        while (m.find()) {
            out.add(thirdPerson(m.group(1)));
        }
        Matcher h = HELPS.matcher(s);
        while (h.find()) {
            out.add(h.group(1).toLowerCase(Locale.ROOT).replaceAll("^the ", ""));
        }
        return out;
    }

    /** A new clause's subject inside what makes it worse ("…at night sometimes i get this"): where it ends. */
    private static final Pattern NEXT_CLAUSE = Pattern.compile("(?<!\\b(?:when|if|after|before|while|as|until|once|"
            + "since|because))\\s+(?:(?:and|but|so|then|sometimes|usually|also|"
            + "because|plus|or) )?(?:i|it|it's|i'm|she|he|they|we|you|that|this)\\b");

    private static final Pattern FIRST_VERB = Pattern.compile("^(?:i|i'm) ([a-z]+)\\b");

    /** "i lie down at night sometimes i get this" → "lying down at night": the patient's own verb as an activity. */
    static String gerund(String factor) {
        Matcher next = NEXT_CLAUSE.matcher(factor);
        String f = next.find(1) ? factor.substring(0, next.start()) : factor;
        Matcher i = FIRST_VERB.matcher(f);
        if (!i.find() || i.group(1).endsWith("ing") || i.group(1).matches("am|have|had|was|feel|get|got|do|did")) {
            return f;
        }
        String v = i.group(1);
        String ing = v.endsWith("ie") ? v.substring(0, v.length() - 2) + "ying" : v.endsWith("e") && !v.endsWith("ee")
                ? v.substring(0, v.length() - 1) + "ing" : v.matches("run|sit|jog|swim|stop|cut|put|hit|skip|step")
                ? v + v.charAt(v.length() - 1) + "ing" : v + "ing";
        return ing + f.substring(i.end());
    }

    /** The phrase as said, lower-cased; the writer puts it in the third person. */
    private static String thirdPerson(String s) {
        return s.toLowerCase(Locale.ROOT).strip();
    }
}
