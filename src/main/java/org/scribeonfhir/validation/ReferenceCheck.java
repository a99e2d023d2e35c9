package org.scribeonfhir.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.NoteHeaders;
import org.scribeonfhir.drafting.check.Faithfulness;
import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.lexicon.Vocabulary;

/**
 * A study, result, imaging or procedure the note cites as done ("the echocardiogram showed", "per the MRI",
 * "colonoscopy in 2021 was normal") that neither the conversation nor the chart mentions: critical, because a
 * fabricated result in a signed note is taken as fact by the next reader. A test only ordered is not a citation.
 */
final class ReferenceCheck {

    private static final Pattern CITES = Pattern.compile("(?i)\\b(?:showed|shows|showing|revealed|reveals|"
            + "demonstrated|demonstrates|documented|confirmed|found|per (?:the|her|his|their|a|an|prior)|"
            + "according to|results? (?:of|from|were|was|show)|(?:was|were|came back) (?:normal|abnormal|"
            + "unremarkable|negative|positive|within normal limits)|consistent with|notable for|significant for|"
            + "(?:done|performed|obtained) (?:on|in|last)|in (?:19|20)\\d\\d)\\b");
    private static final Pattern ORDERED = Pattern.compile("(?i)\\b(?:order(?:ed|ing)?|schedule[d]?|refer(?:red)?|"
            + "will (?:get|obtain|check|repeat)|plan(?:ned)? (?:for|to)|recommend(?:ed)?|pending|to be done)\\b");

    private ReferenceCheck() {
    }

    static List<Finding> check(Map<String, String> note, Faithfulness.WholeVisit visit) {
        List<Finding> out = new ArrayList<>();
        for (String header : NoteHeaders.ALL) {
            for (String raw : note.getOrDefault(header, "").split("\n")) {
                String line = raw.strip();
                if (line.isEmpty() || !CITES.matcher(line).find() || ORDERED.matcher(line).find()) {
                    continue;
                }
                for (Match m : Vocabulary.get().find(Term.Kind.TEST, line)) {
                    if (!visit.names(m.term())) {
                        out.add(new Finding("fabricated-reference", Finding.Severity.CRITICAL, header, line,
                                String.format("This cites %s %s, but neither the conversation nor the chart has one.",
                                        article(m.surface()), named(m.surface())),
                                List.of("the conversation and the chart")));
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** As a sentence says it: "echocardiogram", "MRI". */
    private static String named(String surface) {
        return acronym(surface) ? surface : surface.toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean acronym(String word) {
        return word.length() > 1 && Character.isUpperCase(word.charAt(0)) && Character.isUpperCase(word.charAt(1));
    }

    /** "an MRI", "an x-ray", "a CT scan", "an echocardiogram". */
    private static String article(String word) {
        boolean acronym = acronym(word);
        char c = Character.toUpperCase(word.charAt(0));
        return (acronym ? "AEFHILMNORSX" : "AEIOU").indexOf(c) >= 0 || word.toLowerCase(java.util.Locale.ROOT).startsWith("x-") ? "an" : "a";
    }
}
