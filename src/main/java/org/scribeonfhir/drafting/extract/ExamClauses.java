package org.scribeonfhir.drafting.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** An exam sentence cut into its findings: one per clause, a new one wherever a part names another body system. */
final class ExamClauses {

    private static final Pattern CLAUSES = Pattern.compile("(?i);\\s*|,\\s+and (?=(?:your|the|there|i|his|her|"
            + "he|she|on|in|you're|you are)\\b)|,\\s+but (?=(?:your|the|there|i|his|her|he|she)\\b)|"
            + ",\\s+(?=(?:there's|there is|"
            + "there are|i (?:see|hear|feel|note|notice|appreciate)|you have|your|on (?:your|the))\\b)|(?<=\\w)\\s+"
            + "(?=on (?:your |the )?[a-z]+ exam(?:ination)?\\b)");
    /** Where the next "X is/are …" finding starts in a dictation without punctuation. */
    private static final Pattern FINDING_START = Pattern.compile("(?i)(?<!\\b(?:is|are|was|were|and|the|a|no|of|with|"
            + "without|in|on|at|to|cranial|heel|toe|tendon|deep))\\s+(?=(?:and )?(?:the )?(?:cranial nerves|heel "
            + "(?:and |to )?toe walking|deep tendon reflexes|range of motion|[a-z]+) (?:is|are) |(?:the )?rest of (?:the "
            + "|your )?[a-z]+ (?:looks?|feels?|is|are) |good pulses\\b|no (?:open|broken) skin\\b)");

    private ExamClauses() {
    }

    /** The sentence's clauses, a new one wherever a part names another body system ("lungs clear, heart normal"). */
    static List<String> bySystem(String sentence) {
        List<String> out = new ArrayList<>();
        // a long unpunctuated dictation ("…oriented times 3 speech is clear gait is steady…"): a finding each
        for (String clause : java.util.Arrays.stream(CLAUSES.split(sentence)).flatMap(c -> java.util.Arrays.stream(
                c.split("\\s+").length > 25 ? FINDING_START.split(c) : new String[] {c})).toList()) {
            StringBuilder cur = new StringBuilder();
            String system = null;
            for (String part : clause.split(",\\s+")) {
                String own = BodySystems.of(BodySystems.EXAM, part);
                if (cur.length() > 0 && own != null && system != null && !own.equals(system)) {
                    out.add(cur.toString());
                    cur.setLength(0);
                    system = null;
                }
                cur.append(cur.length() > 0 ? ", " : "").append(part);
                system = system == null ? own : system;
            }
            if (cur.length() > 0) {
                out.add(cur.toString());
            }
        }
        return out;
    }
}
