package org.scribeonfhir.drafting.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A plan sentence that names its topic first ("And the energy drinks: I'd cut those down") said about the topic. */
final class SpokenTopic {

    private static final Pattern TOPIC = Pattern.compile("(?i)^(?:and |as for |about |for )?((?:the |your )?"
            + "[a-z ]{3,30}):\\s+");
    /** "The important thing: if you get a fever…": a signpost, no topic a pronoun could refer to. */
    private static final Pattern MARKER = Pattern.compile("(?i)(?:the )?(?:(?:most )?important|main|key|big|other|"
            + "one) thing|(?:the )?bottom line|the plan|the (?:good|bad) news|what (?:does|do|will|can|might) help|"
            + "what helps|what to do|on [a-z]+|regarding [a-z ]+");
    /** "For the next few days: rest, ice…": when, said first. */
    private static final Pattern WHILE = Pattern.compile("(?i)(?:the )?(?:next|first|coming) (?:few |couple of )?"
            + "(?:days?|weeks?|nights?|hours?)|today|tonight|the meantime");

    private static final Pattern PRONOUN = Pattern.compile("(?i)\\b(?:those|them|it|that|these)\\b");

    private SpokenTopic() {
    }

    /** The sentence with its topic put where its pronoun was; a signpost dropped; a time said last. */
    static String unfold(String s) {
        Matcher topic = TOPIC.matcher(s);
        if (!topic.find()) {
            return s;
        }
        String what = PlanWording.lowerFirst(topic.group(1).strip());
        String rest = s.substring(topic.end());
        if (MARKER.matcher(what).matches()) {
            return rest;
        }
        if (WHILE.matcher(what).matches() && !rest.isEmpty()) {
            return rest.replaceFirst("[.!]*$", " for " + what + ".");
        }
        Matcher pronoun = PRONOUN.matcher(rest);
        // "Right ear: the canal is red, with some debris in it"; a pronoun further on refers to something said since
        return pronoun.find() && rest.substring(0, pronoun.start()).split("\\s+").length <= 12
                ? rest.substring(0, pronoun.start()) + what + rest.substring(pronoun.end()) : rest;
    }
}
