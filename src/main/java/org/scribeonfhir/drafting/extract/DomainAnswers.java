package org.scribeonfhir.drafting.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.drafting.visit.Presence;

/**
 * "Energy?" "Still kind of low." A question that names a domain rather than a symptom, answered by how that
 * domain is: a poor answer is the domain's symptom, a plainly good one denies it, anything mixed says nothing.
 * "Do you still enjoy things?" asks of a function the other way round: a no is the symptom.
 */
final class DomainAnswers {

    /** The symptom a poor answer about each domain means. */
    record Finding(String symptom, Presence presence) {
    }

    /** Each domain a one-word question names, and the symptom a poor answer about it means. */
    private static final Map<String, String> DOMAINS = Map.of("energy", "fatigue", "concentration",
            "difficulty concentrating", "focus", "difficulty concentrating", "appetite", "decreased appetite", "sleep",
            "insomnia", "sleeping", "insomnia", "memory", "memory loss", "mood", "depressed mood", "stream",
            "weak urinary stream");
    static final String DOMAIN = "(energy|concentration|focus|appetite|sleep|sleeping|memory|mood|stream)";
    /**
     * The mark may be missing: a recorder without punctuation writes "how's your appetite", which the reply shows
     * was asked.
     */
    // "And how is your mood?", "How have you been sleeping?"
    private static final Pattern QUESTION = Pattern.compile("(?i)^(?:(?:and|so|okay,?) )?"
            + "(?:when you (?:go|pee|wee|urinate|pass urine),? )?(?:what about |how about |"
            + "how(?:'s| is| are| has| have)(?: your| the| you)? (?:been )?|your )?" + DOMAIN + "(?:'s| is)?"
            + "(?: and (?:your )?" + DOMAIN + ")?"
            + "(?: (?:levels?|lately|been|like|okay|at work|at school|during the day|these days|overall))*"
            // "How's your sleep, apart from the sweats?"
            + "(?:,? (?:apart from|aside from|besides|other than) [^?]{1,40})?\\s*\\??$");
    private static final Pattern DOMAIN_WORD = Pattern.compile("(?i)\\b(" + String.join("|", DOMAINS.keySet()) + ")\\b");
    private static final Pattern POOR = Pattern.compile("(?i)\\b(?:low|hard|bad|badly|poor|poorly|terrible|awful|rough|"
            + "tough|difficult|struggling|worse|down|zero|nonexistent|non-existent|rubbish|dreadful|horrible|shot|"
            + "not (?:good|great|well|much)|can't|cannot|trouble|weak|slow|dribbl\\w*)\\b(?!-ish)");
    /**
     * "Gone." or "Less." about an appetite: only as the reply's first word or said of the domain ("concentration's
     * gone"); "less tired" is no poor energy.
     */
    private static final Pattern GONE = Pattern.compile("(?i)^\\W*(?:(?:oh|well|um|honestly|yeah)\\W+)*"
            + "(?:(?:it's |its |it has |completely |totally )*gone|(?:a (?:bit|little|lot) |much |way )?(?:less|lower|"
            + "reduced)(?! (?:tired|bad|anxious|often|worried|stressed)))\\b");
    private static final Pattern GOOD = Pattern.compile("(?i)^(?:(?:it's|its|that's|pretty|really|very|all|"
            + "totally|been) )*(?:good|fine|okay|ok|normal|great|alright|all right|no problems?|no issues?)"
            + "(?:,? (?:thanks|actually|honestly))?\\W*$");
    private static final Pattern MIXED = Pattern.compile("(?i)\\b(?:but|better|good|fine|okay|great|except|"
            + "improving|improved|normal)\\b");
    private static final Pattern NOT_BAD = Pattern.compile("(?i)\\bnot (?:too |that |so )?"
            + "(?:bad|terrible|awful|rough)\\b");
    /**
     * A function asked after as working: "the things you used to enjoy, do you still enjoy them?" "Not really." is
     * anhedonia; "do you feel like you've emptied your bladder completely?" "No, never." is incomplete emptying.
     */
    private static final Map<Pattern, String> FUNCTIONS = Map.of(
            Pattern.compile("(?i)\\b(?:do|can) you (?:still )?(?:enjoy|take pleasure|get pleasure|look forward)\\b"),
            "anhedonia",
            Pattern.compile("(?i)\\b(?:emptied|empty|emptying)(?: (?:your|the|his|her) bladder)? "
                    + "(?:completely|fully|all the way|properly)\\b"), "incomplete bladder emptying");

    private DomainAnswers() {
    }

    /** What the reply says of each domain the question names; empty when it asks of none or says nothing clear. */
    static List<Finding> of(String question, String reply) {
        String q = question.strip();
        String r = reply.strip();
        Matcher asked = QUESTION.matcher(q);
        if (!asked.matches()) {
            return function(q, r);
        }
        String first = DOMAINS.get(asked.group(1).toLowerCase(Locale.ROOT));
        if (asked.group(2) == null) {
            Finding one = single(first, r);
            return one == null ? List.of() : List.of(one);
        }
        // "and your concentration and energy" "concentration's shot…": each domain from the words said of it
        List<Finding> out = new ArrayList<>();
        Matcher named = DOMAIN_WORD.matcher(r);
        List<int[]> at = new ArrayList<>();
        while (named.find()) {
            at.add(new int[] {named.start(), named.end()});
        }
        for (int i = 0; i < at.size(); i++) {
            String symptom = DOMAINS.get(r.substring(at.get(i)[0], at.get(i)[1]).toLowerCase(Locale.ROOT));
            String said = r.substring(at.get(i)[1], i + 1 < at.size() ? at.get(i + 1)[0] : r.length());
            Finding f = poor(symptom, said.replaceFirst("^(?:'s| is| has| has been)\\s+(?=gone\\b)", " "));
            if (f != null && out.stream().noneMatch(o -> o.symptom().equals(symptom))) {
                out.add(f);
            }
        }
        return out;
    }

    /** The single domain a question asks how it is ("How's your appetite?" → "appetite"), or null. */
    static String asked(String question) {
        Matcher asked = QUESTION.matcher(question.strip());
        return asked.matches() && asked.group(2) == null ? asked.group(1).toLowerCase(Locale.ROOT)
                .replace("sleeping", "sleep") : null;
    }

    /** "How are you sleeping?" "Awful, I wake at four…": a reply the domain's symptom already tells. */
    static boolean told(Context c, Utterance u) {
        Utterance q = c.dialogue.questionFor(u);
        return q != null && !of(q.text(), u.text()).isEmpty();
    }

    private static Finding single(String symptom, String r) {
        Matcher other = DOMAIN_WORD.matcher(r);
        while (other.find()) {
            if (!DOMAINS.get(other.group(1).toLowerCase(Locale.ROOT)).equals(symptom)) {
                return null; // "Energy? Appetite?" "Energy's low.": the reply speaks of another domain
            }
        }
        if (GOOD.matcher(r).matches()) {
            return new Finding(symptom, Presence.DENIED);
        }
        return poor(symptom, r);
    }

    /** "better, but low" is still low; "okay, maybe a little less" and "not too bad" are neither. */
    private static Finding poor(String symptom, String said) {
        if (GONE.matcher(said).lookingAt()) {
            return new Finding(symptom, Presence.PRESENT);
        }
        Matcher poor = POOR.matcher(said.replaceAll("(?i)\\bup and down\\b", "varies")); // a mood that swings
        if (poor.find() && !MIXED.matcher(said.substring(0, poor.start())).find() && !NOT_BAD.matcher(said).find()) {
            return new Finding(symptom, Presence.PRESENT);
        }
        return null;
    }

    private static List<Finding> function(String q, String r) {
        for (Map.Entry<Pattern, String> f : FUNCTIONS.entrySet()) {
            if (f.getKey().matcher(q).find()) {
                Negation.Answer a = Negation.answer(r);
                return a == Negation.Answer.NO ? List.of(new Finding(f.getValue(), Presence.PRESENT))
                        : a == Negation.Answer.YES ? List.of(new Finding(f.getValue(), Presence.DENIED)) : List.of();
            }
        }
        return List.of();
    }
}
