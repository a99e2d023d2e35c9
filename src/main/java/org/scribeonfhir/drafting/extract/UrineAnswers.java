package org.scribeonfhir.drafting.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.visit.Presence;

/**
 * "How often are you going?" "Constantly, every half an hour, and I was up four times last night."; "Anything about
 * the urine itself, the colour or the smell?" "It's cloudy and it smells quite strong.": a reply about the urine in the
 * words of the question's topic, which name no symptom on their own.
 */
final class UrineAnswers {

    /** A question about passing urine: how often, or what it looks or smells like. */
    private static final Pattern ASKS_URINE = Pattern.compile("(?i)\\b(?:urine|wee|pee|water(?:works)?|"
            + "how often (?:are|do) you (?:going|go|passing|pass)|going to the (?:toilet|loo|bathroom))\\b");

    /** In the order a note lists them. */
    private static final List<Map.Entry<String, Pattern>> SAID = List.of(
            Map.entry("urinary frequency", Pattern.compile("(?i)\\b(?:constantly|all the time|every (?:half an hour|"
                    + "hour|\\d+ minutes|twenty minutes|thirty minutes|ten minutes)|every (?:half|quarter) hour|"
                    + "(?:\\d+|ten|twenty) times a day)\\b")),
            Map.entry("nocturia", Pattern.compile("(?i)\\bup (?:\\d+|two|three|four|five|six) times (?:last night|"
                    + "at night|(?:a|every|each) night|in the night)\\b")),
            Map.entry("cloudy urine", Pattern.compile("(?i)\\b(?:it's|it is|it looks|looks|it's been|it was) "
                    + "(?:just )?(?:a bit |quite |really |very )?(?:cloudy|murky|milky)\\b")),
            Map.entry("foul-smelling urine", Pattern.compile("(?i)\\b(?:smells?|smelling) (?:a bit |quite |really |"
                    + "very |so )?(?:strong|bad|funny|off|awful|horrible|fishy)\\b|\\bstrong smell\\b")),
            Map.entry("hematuria", Pattern.compile("(?i)\\b(?:bit of |some |little )?(?:pink|blood) (?:on the "
                    + "(?:tissue|loo roll|paper)|in it|in the (?:toilet|pan|bowl))\\b")));

    private UrineAnswers() {
    }

    /** The urinary symptoms the reply tells, when the question asks about the urine; else none. */
    static List<DomainAnswers.Finding> of(String question, String reply) {
        List<DomainAnswers.Finding> out = new ArrayList<>();
        if (!ASKS_URINE.matcher(question).find()) {
            return out;
        }
        for (Map.Entry<String, Pattern> said : SAID) {
            java.util.regex.Matcher m = said.getValue().matcher(reply);
            if (!m.find()) {
                continue;
            }
            // "no blood in it", "it doesn't smell bad": what its own sentence denies is not told
            int from = 1 + Math.max(reply.lastIndexOf('.', m.start()), Math.max(reply.lastIndexOf('?', m.start()),
                    reply.lastIndexOf('!', m.start())));
            int word = Math.max(m.start(), reply.lastIndexOf(' ', m.end() - 1) + 1); // the match's last word
            if (Negation.of(reply.substring(from), word - from, m.end() - from) != Presence.DENIED) {
                out.add(new DomainAnswers.Finding(said.getKey(), Presence.PRESENT));
            }
        }
        return out;
    }
}
