package org.scribeonfhir.drafting.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.lexicon.PlanTopics;
import org.scribeonfhir.drafting.speech.Utterance;

/**
 * What the clinician said about a problem's severity, control and course, as a note's assessment states it:
 * "your blood pressure is not at goal" is "Hypertension, not at goal"; "this is croup… his is mild" is "Mild
 * croup"; "your depression is improving, but it's not in remission yet" is "…, improving, not in remission". Only
 * words bound to the problem count: an adjective right before its name, a predicate of its name or of a pronoun
 * standing for it, or a verbless fragment after the sentence naming it ("A single episode, moderately severe.").
 * Conditionals and generic statements ("croup is often worse at night", "if it gets worse") say nothing of this
 * patient's problem today.
 */
final class ProblemStatus {

    /** Words put before the name (severity, stage), after it (control, course), and the status they mean. */
    record Stated(String before, String after, String status) {
    }

    private static final String SEVERITY = "moderately severe|moderate to severe|mild to moderate|mild|moderate|severe";
    private static final Pattern BEFORE = Pattern.compile("(?i)\\b(" + SEVERITY + "|mildly|moderately|severely|simple|"
            + "uncomplicated|decompensated|non-?displaced|undisplaced|stage (?:[1-4]|one|two|three|four|i{1,3}|iv))"
            + "\\s+(?:[a-z-]+\\s+)?$");
    private static final Pattern NOUN_AFTER = Pattern.compile("(?i)^\\s+(flare-up|flare|exacerbation|flaring(?: up)?|"
            + "flared up|playing up|acting up)\\b"); // "I think this is your asthma flaring up"
    private static final Pattern FLARE_OF = Pattern.compile("(?i)\\b(?:flare[- ]?up|flare|exacerbation) of "
            + "(?:(?:your|the|his|her|their)\\s+)?$");
    /** "Your blood pressure, 148 over 92 today, is…": the reading said between the name and its verb. */
    private static final String READING = "(?:\\s*(?:,\\s*(?:with|and|plus) (?:the |your |his |her )?[a-z]+\\s*,|"
            + ",|today|here|now|readings?|at|of|over|point|[\\d/.]+|"
            + "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
            + "seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)(?:-\\w+)?)"
            + "(?![a-z]))*";
    private static final Pattern VERB = Pattern.compile("(?i)^" + READING + "\\s*(?:is|'s|are|'re|has|has been|have|"
            + "have been|seems|looks|remains|(is|are|has|have|seems|looks)(?:n't| not)|isn't|aren't|hasn't|haven't)\\s+"
            + "(?:(?:still|now|really|definitely|"
            + "clearly|also|quite|a bit|a little|somewhat|just)\\s+)*");
    private static final Pattern PREDICATE = Pattern.compile("(?i)^(?:(?:not|n't)\\s+)?(?:(well[- ]controlled|"
            + "controlled|under (?:good )?control|at (?:goal|target)|in remission)|(above (?:goal|target|where we want "
            + "it|where i'd like it))|(out of control|uncontrolled|poorly controlled)|(improving|improved|getting "
            + "better|better)|((?:gotten |got |getting |become )?worse|worsening|worsened|slipped|deteriorated)|"
            + "(flared(?: up)?|flaring(?: up)?|an? flare(?:-up)?)|(on the (?:mild|severe) side|" + SEVERITY + ")"
            + "(?=\\s*(?:[,.;:!?]|$|\\s(?:because|but|and|so|right now|at the moment|today|for now)\\b)))");
    /** The pronoun standing for the problem named just before ("His is mild.", "at the moment it's severe"). */
    private static final Pattern PRONOUN = Pattern.compile("(?i)(?:^|[,;]\\s*|\\b(?:and|but|so|moment|now|today)\\s+)"
            + "(it|this|that|his|hers|yours|theirs)(?=\\s*(?:'s|is|isn't|has|hasn't)\\b)");
    private static final Pattern FRAGMENT = Pattern.compile("(?i)^\\W*(?:(?:an?|the)\\s+)?((?:single|first|recurrent)"
            + " episode|" + SEVERITY + ")(?:,?\\s+(?:and\\s+)?((?:single|first|recurrent) episode|" + SEVERITY
            + "))?\\W*$");
    /** "If it gets worse", "croup is often worse at night", "one reading doesn't mean": not this problem today. */
    private static final Pattern HEDGE = Pattern.compile("(?i)\\b(?:if|unless|when|whether|call|often|usually|"
            + "typically|tends?|can|could|may|might|would|doesn't mean|don't|won't|used to)\\b");
    /**
     * The words a chronic problem is talked about by ("your blood pressure is not at goal"): the plan's topics
     * ({@link PlanTopics}), and the sugars, the A1c and the mood. Each: what the problem's name contains, the words,
     * the condition they name.
     */
    static final List<String[]> MEASURES = List.of(
            topics("hypertension"),
            topics("hyperlipidemia"),
            new String[] {"diabetes", "diabetes|sugars?|a1c", "type 2 diabetes"},
            new String[] {"depress", "depression|mood", "depression"},
            new String[] {"anxiety", "anxiety", "anxiety"});

    private static String[] topics(String condition) {
        return new String[] {condition, String.join("|", PlanTopics.topics(condition)), condition};
    }

    private ProblemStatus() {
    }

    static Stated of(Context c, ProblemBlock b) {
        Pattern named = named(b);
        String severity = null;
        Set<String> prefix = new LinkedHashSet<>();
        Set<String> course = new LinkedHashSet<>();
        for (Utterance u : c.utterances()) {
            if (!u.clinician() || u.question() || Attribution.elsewhere(u)) {
                continue;
            }
            String text = u.text();
            List<int[]> mentions = mentions(c, b, named, text);
            String said = null;
            for (int[] m : mentions) {
                Matcher before = BEFORE.matcher(text.substring(Math.max(0, m[0] - 40), m[0]));
                if (before.find() && !hedged(text, m[0])) {
                    String w = before.group(1).toLowerCase(Locale.ROOT);
                    if (w.matches("simple|uncomplicated")) {
                        prefix.add("uncomplicated");
                    } else if (w.matches("decompensated|non-?displaced|undisplaced|stage .*")) {
                        prefix.add(w.replaceFirst("^non-?displaced|^undisplaced", "non-displaced"));
                    } else {
                        said = w.replaceFirst("ly$", "");
                    }
                }
                Matcher noun = NOUN_AFTER.matcher(text.substring(m[1]));
                // "a flare up of your asthma": the flare said before the condition
                if (noun.find() || FLARE_OF.matcher(text.substring(Math.max(0, m[0] - 40), m[0])).find()) {
                    course.add("flare");
                }
                said = predicate(text, m[1], course, said);
            }
            boolean spoken = !mentions.isEmpty() || antecedent(c, b, named, u);
            if (spoken) {
                Matcher p = PRONOUN.matcher(text);
                while (p.find()) {
                    if (mentions.isEmpty() || mentions.get(0)[0] < p.start(1)) {
                        said = predicate(text, p.end(1), course, said);
                    }
                }
            }
            if (!mentions.isEmpty()) {
                Utterance next = c.next(u);
                Matcher f = next != null && next.turn() == u.turn() ? FRAGMENT.matcher(next.text()) : null;
                if (f != null && f.matches()) {
                    for (int g = 1; g <= 2; g++) {
                        String w = f.group(g) == null ? null : f.group(g).toLowerCase(Locale.ROOT);
                        if (w != null && w.endsWith("episode")) {
                            course.add(w);
                        } else if (w != null) {
                            said = w;
                        }
                    }
                }
            }
            severity = said != null ? said : severity;
        }
        String name = b.name.toLowerCase(Locale.ROOT);
        if (severity != null) {
            prefix.add(severity);
        }
        if (prefix.contains("decompensated")) {
            course.remove("flare"); // "a heart failure flare, decompensated heart failure": said twice
        }
        prefix.removeIf(name::contains);
        course.removeIf(w -> name.contains(w) || w.equals("flare") && name.matches(".*\\b(?:exacerbation|flare)\\b.*"));
        if (course.remove("flare")) {
            List<String> rest = new ArrayList<>(course);
            course.clear();
            course.add("flare");
            course.addAll(rest);
        }
        String status = course.contains("improving") ? "improving"
                : course.stream().anyMatch(w -> w.matches("worsening|flare|uncontrolled|not at goal|not well "
                        + "controlled")) || prefix.contains("decompensated") ? "worsening"
                : course.stream().anyMatch(w -> w.matches("well controlled|controlled|at goal|in remission|stable"))
                        ? "stable" : null;
        List<String> ordered = new ArrayList<>(prefix);
        ordered.sort((x, y) -> Integer.compare(rank(x), rank(y)));
        return new Stated(ordered.isEmpty() ? null : String.join(" ", ordered),
                course.isEmpty() ? null : String.join(", ", course), status);
    }

    /** "Mild uncomplicated …", "Stage 2 …", "Decompensated …", "Non-displaced …": severity first. */
    private static int rank(String word) {
        return word.matches(SEVERITY) ? 0 : word.startsWith("stage") ? 1 : 2;
    }

    /** The predicate said of the problem at {@code at} ("is not at goal"), added to the course; the severity. */
    static String predicate(String text, int at, Set<String> course, String severity) {
        String after = text.substring(at);
        Matcher v = VERB.matcher(after);
        if (!v.find() || hedged(text, at)) {
            return severity;
        }
        boolean negative = v.group(0).toLowerCase(Locale.ROOT).matches("(?s).*(?:n't|not).*");
        Matcher p = PREDICATE.matcher(after.substring(v.end()));
        if (!p.find()) {
            return severity;
        }
        negative |= p.group(0).toLowerCase(Locale.ROOT).matches("(?:not|n't)\\s.*");
        String[] words = {null, "control", "not at goal", "uncontrolled", "improving", "worsening", "flare",
            "severity"};
        int g = 1;
        while (p.group(g) == null) {
            g++;
        }
        String w = p.group(g).toLowerCase(Locale.ROOT);
        switch (words[g]) {
            case "control" -> {
                if (w.startsWith("in remission")) {
                    course.add(negative ? "not in remission" : "in remission");
                } else if (w.startsWith("at ")) {
                    course.add(negative ? "not at goal" : "at goal");
                } else if (negative) {
                    course.add(w.startsWith("well") ? "not well controlled" : "uncontrolled");
                } else {
                    course.add(w.startsWith("under") ? "well controlled" : w.replace('-', ' '));
                }
            }
            case "severity" -> {
                return negative ? severity : w.replaceFirst("^on the (\\w+) side$", "$1");
            }
            default -> {
                if (!negative) {
                    course.add(words[g]);
                }
            }
        }
        return severity;
    }

    /** A conditional or generic word between the clause's start and {@code at}. */
    private static boolean hedged(String text, int at) {
        String clause = text.substring(0, at).replaceFirst("(?s)^.*[,;:]", "");
        return HEDGE.matcher(clause).find() || HEDGE.matcher(text.substring(at, Math.min(text.length(), at + 12)))
                .lookingAt() || CRITERION.matcher(clause).find() || NOT_SO.matcher(text.substring(at)).find();
    }

    /** "A point for severely inflamed tonsils": a score's criterion, read out, not this patient's severity. */
    private static final Pattern CRITERION = Pattern.compile("(?i)\\b(?:a point|one point|points?|score) "
            + "(?:for|if)\\b");
    /** "…and yours are inflamed but not severely": the severity said, then denied. */
    private static final Pattern NOT_SO = Pattern.compile("(?i)^[^.?!]*\\bnot (?:severe|severely|mild|mildly|"
            + "moderate|moderately)\\b");

    /** "It's a virus that makes the voice box swell": says what the last problem is, names no new one. */
    private static final Pattern EXPLAINS = Pattern.compile("(?i)^\\W*(?:it's|it is|that's|that is|which is) an? ");

    /**
     * The sentence's "it"/"his" stands for the problem: the turn's last sentence naming a condition (an explanation
     * of it aside) names this one and no other ("This is PTSD, with depression alongside it. It's improved a bit."
     * could be either).
     */
    private static boolean antecedent(Context c, ProblemBlock b, Pattern named, Utterance u) {
        List<Utterance> turn = c.dialogue.ofTurn(u.turn());
        for (int i = u.index() - 1; i >= 0 && i < turn.size(); i--) {
            String t = turn.get(i).text();
            List<Match> conditions = c.conditions(t);
            if (EXPLAINS.matcher(t).find() && conditions.size() <= 1) {
                continue;
            }
            List<int[]> own = mentions(c, b, named, t);
            if (!own.isEmpty()) {
                return conditions.stream().allMatch(m -> own.stream().anyMatch(o -> o[0] <= m.start()
                        && m.start() < o[1]));
            }
            if (!conditions.isEmpty()) {
                return false;
            }
        }
        return false;
    }

    private static String key(ProblemBlock b) {
        return b.name.toLowerCase(Locale.ROOT).replaceFirst(" exacerbation$", "");
    }

    /** The problem's own name and the measures it is talked about by, as one pattern. */
    private static Pattern named(ProblemBlock b) {
        String name = key(b);
        List<String> words = new ArrayList<>(List.of(Pattern.quote(name)));
        for (String[] measure : MEASURES) {
            if (name.matches("(?s).*(?:" + measure[0] + ").*")) {
                words.add(measure[1]);
            }
        }
        return Pattern.compile("(?i)\\b(?:" + String.join("|", words) + ")\\b");
    }

    private static List<int[]> mentions(Context c, ProblemBlock b, Pattern named, String text) {
        List<int[]> out = new ArrayList<>();
        String name = key(b);
        for (Match m : c.conditions(text)) {
            String canonical = m.term().canonical().toLowerCase(Locale.ROOT);
            if (name.contains(canonical) || canonical.contains(name)) {
                out.add(new int[] {m.start(), m.end()});
            }
        }
        Matcher m = named.matcher(text);
        while (m.find()) {
            int s = m.start();
            if (out.stream().noneMatch(o -> o[0] <= s && s < o[1])) {
                out.add(new int[] {m.start(), m.end()});
            }
        }
        out.sort((x, y) -> Integer.compare(x[0], y[0]));
        return out;
    }
}
