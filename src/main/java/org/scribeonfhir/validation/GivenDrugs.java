package org.scribeonfhir.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.NoteHeaders;
import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.lexicon.Vocabulary;

/**
 * The drugs a note gives: those named on the plan's lines (unless the line stops, holds, avoids or refuses them; after
 * "switch from X to Y" only Y) and on the history's medication line ("Current medications:", "Medications:").
 */
final class GivenDrugs {

    /** A drug said on a line of the note: the vocabulary's term, the words used, where. */
    record Given(Term drug, String surface, String section, String line) {

        /** The drug as the line says it, to open a finding's sentence: "Amoxicillin". */
        String said() {
            return surface.isEmpty() ? surface : Character.toUpperCase(surface.charAt(0)) + surface.substring(1);
        }
    }

    private static final Pattern NOT_GIVEN = Pattern.compile("(?i)\\b(?:stop|stopped|stopping|discontinu\\w*|hold|held|"
            + "avoid\\w*|allerg\\w*|no longer|instead of|not to take|do not take|don't take|never take|"
            + "not prescribed)\\b");
    private static final Pattern MEDICATION_LINE = Pattern.compile("(?i)^\\s*(?:current |home )?medications:");
    private static final Pattern SWITCH = Pattern.compile("(?i)\\b(?:switch|chang)\\w* (?:\\w+ )?from .+? to (.+)");

    private GivenDrugs() {
    }

    static List<Given> of(Map<String, String> note) {
        List<Given> out = new ArrayList<>();
        for (String header : List.of(NoteHeaders.HPI, NoteHeaders.ASSESSMENT_AND_PLAN)) {
            for (String line : note.getOrDefault(header, "").split("\n")) {
                if (header.equals(NoteHeaders.ASSESSMENT_AND_PLAN) || MEDICATION_LINE.matcher(line).find()) {
                    for (Match m : Vocabulary.get().find(Term.Kind.DRUG, givenPart(line))) {
                        out.add(new Given(m.term(), m.surface(), header, line.strip()));
                    }
                }
            }
        }
        return out;
    }

    private static String givenPart(String line) {
        Matcher sw = SWITCH.matcher(line);
        if (sw.find()) {
            return sw.group(1);
        }
        return NOT_GIVEN.matcher(line).find() ? "" : line;
    }
}
