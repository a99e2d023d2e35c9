package org.scribeonfhir.drafting.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.PlanItem;
import org.scribeonfhir.drafting.visit.Problem;
import org.scribeonfhir.drafting.visit.Support;

/**
 * "I don't think this is a blood clot.", "This isn't bipolar.", "It's most likely strep, and not MRSA.": a condition
 * the clinician says the patient does not have, which the assessment records as considered unlikely.
 */
final class RuledOut {

    /** The words just before the condition that deny it of this patient. */
    private static final Pattern DENIED_BEFORE = Pattern.compile("(?i)(?:\\b(?:i don't|i do not|i really don't) "
            + "think (?:(?:this|that|it)(?:'s| is| was)(?: coming from)?|(?:you|he|she) (?:have|has|had|'ve got|'s got)"
            + ")|\\b(?:this|that|it)(?: really| definitely)?(?: isn't| is not|'s not| doesn't look like| does not look"
            + " like| doesn't sound like| isn't like| is not like|'s not like)|"
            + "\\b(?:most likely|probably) [a-z ,]{2,40}"
            + "(?:,| and) not|\\b(?:don't|doesn't|do not|does not) (?:suggest|point to|look like|sound like)|"
            // "it seems more like a chest infection, rather than a lung cancer"
            + "\\b(?:rather than|instead of|as opposed to))\\s+"
            + "(?:anything (?:like|such as) |something like )?(?:a |an |the |your |just )?$");
    /** "…an ectopic pregnancy is very unlikely": said after the condition. */
    private static final Pattern UNLIKELY_AFTER = Pattern.compile("(?i)^\\s*(?:is|are|was|seems?|would be)\\s+"
            + "(?:very |highly |extremely |quite |pretty |really )?(?:unlikely|not likely)\\b");
    /** "Aortic stenosis … would usually give a murmur, and I don't hear one": its sign looked for and absent. */
    private static final Pattern SIGN_ABSENT = Pattern.compile("(?i)^[^.;?]{0,80}?\\b(?:would|should|usually|typically|"
            + "normally)\\b[^.;?]{0,80}?\\b(?:and|but)\\s+(?:(?:i|we)\\s+(?:don't|do not|can't|cannot|didn't|did not|"
            + "couldn't)\\s+(?:hear|see|feel|find)|there(?:'s| is) no|(?:you|he|she)\\s+(?:don't|doesn't|do not|"
            + "does not)\\s+have)\\b");
    /** "I did think about mono but you don't have the glands … so I think that's unlikely": weighed, then set aside. */
    private static final Pattern THOUGHT_OF = Pattern.compile("(?i)\\b(?:think|thought|wondered|considered) (?:about|"
            + "of)\\s+(?:an?\\s+|the\\s+)?$");
    private static final Pattern UNLIKELY_LATER = Pattern.compile("(?i)^[^.?]{0,200}?\\b(?:unlikely|less likely|not "
            + "likely)\\b");

    /** The condition at {@code m} thought of and set aside in the same sentence, or its sign looked for and absent. */
    static boolean setAside(String text, Match m) {
        String after = text.substring(m.end());
        return THOUGHT_OF.matcher(text.substring(0, m.start())).find() && UNLIKELY_LATER.matcher(after).find()
                || SIGN_ABSENT.matcher(after).find();
    }

    /** "Nothing today suggests it.", "There's no sign of that.": the condition just named, denied of this patient. */
    private static final Pattern DENIED_LATER = Pattern.compile("(?i)^(?:but |and |so |now,? )?(?:(?:nothing|none of "
            + "(?:this|that|it))(?: (?:today|here|so far|at the moment|you've told me|i've (?:seen|found|heard)))?"
            // "Nothing you've told me or that I found suggests it."
            + "(?: (?:or|and) (?:that )?(?:i|we) (?:found|saw|heard|have seen|have found))? "
            + "(?:suggests|points to|sounds like) (?:it|that)|there(?:'s| is) no (?:sign|evidence|suggestion|hint) "
            + "of (?:it|that)|(?:you|he|she) (?:don't|doesn't) have (?:it|that))\\b|\\bnothing (?:is )?(?:pointing|points) "
            + "(?:that way|to (?:it|that)|towards (?:it|that))");

    /**
     * "Giant cell arteritis is linked. A small number of people with PMR develop it. Nothing today suggests it.":
     * the first condition of the sentence, denied of this patient in one of the two sentences after it.
     */
    static boolean deniedLater(Context c, Utterance u, Match m) {
        List<Utterance> turn = c.dialogue.ofTurn(u.turn());
        boolean denied = false;
        for (int i = u.index() + 1; u.index() >= 0 && i < Math.min(turn.size(), u.index() + 3); i++) {
            denied |= DENIED_LATER.matcher(turn.get(i).text().strip()).find();
        }
        // looked up only when a denial follows: this runs for every condition the clinician names
        return denied && c.vocabulary.find(Term.Kind.CONDITION, u.text()).stream()
                .noneMatch(x -> x.start() < m.start());
    }

    /** "a CT to rule out an abscess or a perforation", "rule out anything else on that side, like a tumor". */
    private static final Pattern RULE_OUT = Pattern.compile("(?i)\\b(?:rule out|ruling out|exclude|excluding)\\s+"
            + "(?:(?:an?|the|any)\\s+)?(?:[a-z ,]{0,40}?\\b(?:like|such as)\\s+(?:an?\\s+)?)?$");
    /** Between two conditions of one list: "a bleed or a tumor". */
    private static final Pattern LISTED = Pattern.compile("(?i)^\\s*(?:,|or|and|nor)\\s+(?:an?\\s+|the\\s+)?$");
    /** "…to make sure this isn't a kidney stone": a test's purpose, not a conclusion. */
    private static final Pattern PURPOSE = Pattern.compile("(?i)\\b(?:make sure|check(?:ing)?|rule out|ruling out|"
            + "exclude|if|unless|in case|worried|worry|confirm|whether|hope)\\b");

    private static final Pattern EXCLUDING = Pattern.compile("(?i)^(?:(?:so|and|now|okay)\\W+)*(?:i )?(?:just )?"
            + "(?:want(?:ed)? to|need(?:ed)? to|have to) (?:make sure|be sure|check) (?:this|it|that) (?:isn't|is not|"
            + "wasn't) (?:an? )?");

    private RuledOut() {
    }

    /** "I just want to make sure this isn't appendicitis, that's the big one…": what was weighed, as reasoning. */
    static String weighed(String sentence, org.scribeonfhir.drafting.lexicon.Vocabulary v) {
        Matcher excluded = EXCLUDING.matcher(sentence);
        if (!excluded.find()) {
            return null;
        }
        List<Match> named = v.find(Term.Kind.CONDITION, sentence.substring(excluded.end()));
        return named.isEmpty() || named.get(0).start() > 2 ? null
                : display(named.get(0).term().canonical()) + " considered.";
    }

    /** "an abscess or a perforation" in a bowel visit: the word said, not the lexicon's "skin abscess". */
    private static String shown(String name, Match m, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        boolean narrower = java.util.Arrays.stream(name.toLowerCase(Locale.ROOT).split("\\s+"))
                .anyMatch(w -> !lower.matches("(?s).*\\b" + Pattern.quote(w) + "\\b.*"));
        return narrower && m.surface().matches("(?i)[a-z]+") && name.toLowerCase(Locale.ROOT)
                .contains(m.surface().toLowerCase(Locale.ROOT)) ? display(m.surface().toLowerCase(Locale.ROOT))
                : display(name);
    }

    /** "MRSA infection", not "Mrsa infection". */
    private static String display(String name) {
        return ProblemNames.capital(PlanWording.ACRONYM.matcher(name)
                .replaceAll(r -> r.group().toUpperCase(Locale.ROOT)));
    }

    /**
     * The problem stated last at or before the turn ("this is a gout flare. I don't think this is an infection in
     * the joint"): the one the doubt was weighed against; else the first.
     */
    private static String nearest(List<Problem> problems, int turn, String first) {
        return problems.stream().filter(Problem::patients).filter(p -> said(p, turn) >= 0)
                .max(java.util.Comparator.comparingInt(p -> said(p, turn))).map(Problem::name).orElse(first);
    }

    private static int said(Problem p, int turn) {
        return p.support() == null ? -1 : p.support().turns().stream().filter(t -> t <= turn).max(Integer::compare)
                .orElse(-1);
    }

    /** One "considered unlikely" line per condition, under the problem it was weighed against. */
    static List<PlanItem> read(Context c, List<Problem> problems) {
        Set<String> named = new LinkedHashSet<>();
        List<PlanItem> out = new ArrayList<>();
        String first = problems.stream().filter(Problem::patients).map(Problem::name).findFirst().orElse(null);
        for (Utterance u : c.utterances()) {
            if (!u.clinician() || u.question()) {
                continue;
            }
            String text = u.text();
            String listed = null; // what the condition before this one in the sentence was said to be
            int listEnd = -1;
            for (Match m : c.vocabulary.find(Term.Kind.CONDITION, text)) {
                String before = Negation.clause(text.substring(0, m.start()));
                // "I don't think this is a blood clot", said of a chest: a clot anywhere, not only the leg's
                String name = m.surface().matches("(?i)(?:blood )?clots?") ? "venous thromboembolism"
                        : m.term().canonical();
                boolean diagnosed = problems.stream().anyMatch(p -> p.name().equalsIgnoreCase(name));
                boolean inList = listed != null && LISTED.matcher(text.substring(listEnd, m.start())).matches();
                String said = DENIED_BEFORE.matcher(before).find() && !PURPOSE.matcher(before).find()
                        || UNLIKELY_AFTER.matcher(text.substring(m.end())).lookingAt()
                        || setAside(text, m) || deniedLater(c, u, m) ? " considered unlikely."
                        : RULE_OUT.matcher(text.substring(0, m.start())).find() ? " to be ruled out."
                        : inList ? listed : null;
                listed = said;
                listEnd = m.end();
                if (said != null && !diagnosed && !u.question() && named.add(name.toLowerCase(Locale.ROOT))) {
                    out.add(new PlanItem(nearest(problems, u.turn(), first), "reasoning", shown(name, m, text) + said,
                            null, Support.of(0.75, u.turn())));
                }
            }
        }
        return out;
    }
}
