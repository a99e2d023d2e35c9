package org.scribeonfhir.drafting.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.lexicon.Term;

/** Known problems a sentence says the state of, by name or by measure ("your blood pressure isn't controlled"). */
final class StatedProblems {

    private static final List<Pattern> MEASURED = ProblemStatus.MEASURES.stream().map(m -> Pattern.compile(
            "(?i)\\b(?:your|the|his|her|their) (?:" + m[1] + ")\\b")).toList();

    private StatedProblems() {
    }

    /**
     * The known problem a plan sentence says the state of ("your blood pressure isn't controlled", "the anxiety's
     * better"): a condition on the chart or told in the history, named or by its measure, with a predicate of its
     * control or course. None when the sentence says no such thing: a reading alone ("blood pressure is high
     * today") is no diagnosis.
     */
    static List<String> opens(Context c, String text) {
        return opens(c, text, true);
    }

    /** The sentence says the state of a problem, known or not: it is the assessment, whatever part it was in. */
    static boolean assesses(Context c, String text) {
        return !opens(c, text, false).isEmpty();
    }

    private static List<String> opens(Context c, String text, boolean knownOnly) {
        List<String> out = new ArrayList<>();
        List<String[]> said = new ArrayList<>();
        for (Match m : c.conditions(text)) {
            said.add(new String[] {m.term().canonical(), String.valueOf(m.start()), String.valueOf(m.end())});
        }
        for (int i = 0; i < ProblemStatus.MEASURES.size(); i++) {
            String[] measure = ProblemStatus.MEASURES.get(i);
            Matcher m = MEASURED.get(i).matcher(text);
            while (m.find()) {
                List<Match> named = c.vocabulary.find(Term.Kind.CONDITION, measure[2]);
                String name = named.isEmpty() ? measure[2] : named.get(0).term().canonical();
                said.add(new String[] {name, String.valueOf(m.start()), String.valueOf(m.end()), measure[0]});
            }
        }
        for (String[] s : said) {
            Set<String> course = new LinkedHashSet<>();
            ProblemStatus.predicate(text, Integer.parseInt(s[2]), course, null);
            course.removeIf(w -> w.matches("flare|in remission"));
            String name = ProblemNames.capital(s[0]);
            boolean known = knownOnly && (ProblemBlocks.known(c, s[0]) || s.length > 3 && ProblemBlocks.known(c, s[3]));
            if (!course.isEmpty() && (known || !knownOnly) && !out.contains(name)) {
                out.add(name);
            }
        }
        return out;
    }

    /** Where the sentence names the problem: its lexicon name or variants, its own name, or its measure. */
}
