package org.scribeonfhir.drafting.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.lexicon.PlanTopics;
import org.scribeonfhir.drafting.lexicon.Term;

/** The note's names for the problems said in the plan. */
final class ProblemNames {

    private static final Pattern NOT_A_PROBLEM = Pattern.compile("(?i)^(?:(?:any|some|a|the|your|my|it|this|that|"
            + "problem|question|plan|idea|issue|thing|good|great|fine|okay|better|worse|well|going|doing|been|"
            + "lot|little|bit|time|sense|chance|appointment|follow|next|one|two|first|last|other|more|less|you|"
            + "primary|main|"
            + "medication|medications|labs?|results?|exam|pain|something|nothing|anything|everything|things)\\b.*)$");

    /** An unknown phrase is a problem name only when it is shaped like a diagnosis. */
    private static final Pattern DIAGNOSIS_SHAPE = Pattern.compile("(?i)(?:disorder|disease|infection|syndrome|strain|"
            + "sprain|fracture|tear|injury|itis|osis|emia|pathy|algia|oma|ectomy|ism|failure|deficiency|"
            + "insufficiency|dysfunction|problems?|issues?|pain|exam|visit|check-?up|follow-?up)$");

    private ProblemNames() {
    }

    /** The note's name for a problem said in the plan; null when the phrase is not one. */
    static String of(Context c, String said) {
        String s = said.strip().replaceAll("(?i)^(?:your|the|his|her|a|an|some|that|this)\\s+", "").strip();
        if (s.isEmpty() || NOT_A_PROBLEM.matcher(s).matches() || s.split("\\s+").length > 6) {
            return null;
        }
        String topic = PlanTopics.condition(s); // "for your blood pressure, …": the problem it treats
        if (topic != null) {
            return capital(topic);
        }
        List<Match> known = c.vocabulary.find(s, Term.Kind.CONDITION, Term.Kind.SYMPTOM);
        if (!known.isEmpty()) {
            Match m = known.get(0);
            String after = s.substring(m.end()).strip().toLowerCase(Locale.ROOT);
            if (after.matches("tests?|testing|kits?")) {
                return null; // "for the pregnancy test": a test, not a problem
            }
            if (after.matches("planning|prevention|screening|risk")) {
                return capital(s.toLowerCase(Locale.ROOT)); // "pregnancy planning" is the topic, not a pregnancy
            }
            String extra = s.substring(0, m.start()).strip();
            String name = m.term().canonical();
            if (!extra.isEmpty() && extra.matches("(?i)(?:left|right|bilateral|acute|chronic|mild|moderate|severe|"
                    + "medial|lateral|lumbar|cervical)(?: \\w+)?")) {
                name = extra.toLowerCase(Locale.ROOT) + " " + name;
            }
            return capital(name);
        }
        return s.matches("(?i)[a-z][a-z -]*") && s.split("\\s+").length <= 4 && DIAGNOSIS_SHAPE.matcher(s).find()
                ? capital(s.toLowerCase(Locale.ROOT)) : null;
    }

    static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
