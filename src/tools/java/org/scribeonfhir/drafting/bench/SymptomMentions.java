package org.scribeonfhir.drafting.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Where a sentence names a symptom fact's own symptom. A fact's one-word alias ("pain", "mood", "dyspnea") inside
 * a longer symptom of another name ("denies chest pain" for a knee pain, "elevated mood" for a mood that is better,
 * "paroxysmal nocturnal dyspnea" for breathlessness on the stairs) is that other symptom, so its denial is no denial
 * of the fact: before 2.5.49 the scorer counted such a sentence as the fact said the other way round (wrong).
 */
final class SymptomMentions {

    /** What may stand right before a one-word alias for it to name the symptom itself. */
    private static final Pattern OWN_LEAD = Pattern.compile("(?:^|[,;:(]|\\b(?:no|not|denies|denied|deny|or|and|nor|"
            + "any|without|reports|reported|endorses|endorsed|with|of|the|a|an|his|her|their|some|has|had|having|also|"
            + "but|is|was|are|were|for|new|ongoing|worsening|worse|persistent|intermittent)\\b)\\s*$");

    private static final Pattern NEGATION = Pattern.compile("(?i)\\b(?:denies|denied|no|not|negative for|without|nor)\\b");

    private record At(int start, int end, boolean oneWord) {
    }

    private SymptomMentions() {
    }

    /** Every place, in {@code normal}, where one of the aliases is said as whole words. */
    private static List<At> occurrences(String normal, JsonNode aliases) {
        List<At> all = new ArrayList<>();
        for (JsonNode a : aliases.isArray() ? aliases : List.of(aliases)) {
            String alias = ChallengeScorer.normal(a.asText()).strip();
            if (alias.isEmpty()) {
                continue;
            }
            Matcher m = Pattern.compile("(?<![a-z0-9])" + Pattern.quote(alias) + "(?![a-z0-9])").matcher(normal);
            while (m.find()) {
                all.add(new At(m.start(), m.end(), !alias.contains(" ")));
            }
        }
        return all;
    }

    /** The start, in {@code normal}, of the first alias naming the symptom itself; -1 when none does. */
    static int first(String normal, JsonNode aliases) {
        List<At> all = occurrences(normal, aliases);
        int best = -1;
        for (At o : all) {
            boolean covered = all.stream().anyMatch(p -> p != o && p.start() <= o.start() && p.end() >= o.end()
                    && p.end() - p.start() > o.end() - o.start());
            boolean other = o.oneWord() && !OWN_LEAD.matcher(normal.substring(0, o.start())).find();
            if (!covered && !other && (best < 0 || o.start() < best)) {
                best = o.start();
            }
        }
        return best;
    }

    /** The sentence denies the first of the aliases it names. */
    static boolean negated(String sentence, JsonNode aliases) {
        String n = ChallengeScorer.normal(sentence);
        return occurrences(n, aliases).stream().mapToInt(At::start).min().stream().anyMatch(at -> negatedAt(n, at));
    }

    /** A negation before the mention at {@code at}, after any "but" or colon that starts a new clause. */
    static boolean negatedAt(String n, int at) {
        String before = n.substring(0, at);
        int cut = Math.max(before.lastIndexOf(" but "), before.lastIndexOf(":"));
        return NEGATION.matcher(cut >= 0 ? before.substring(cut) : before).find();
    }

    /** Fails the benchmark at once if the rule above stops holding (the scorer is no test of the build). */
    static void check() {
        JsonNode knee = new ObjectMapper().createArrayNode().add("knee pain").add("pain");
        JsonNode mood = new ObjectMapper().createArrayNode().add("mood");
        expect(first("he denies chest pain or syncope.", knee) < 0, "another pain");
        expect(first("he reports right knee pain.", knee) == 17, "the knee pain, with its side");
        expect(first("denies pain.", knee) == 7, "a bare pain");
        expect(first("no knee pain.", knee) == 3, "a denied knee pain");
        expect(first("denies depressed mood or elevated mood.", mood) < 0, "other moods");
        expect(first("her mood is better.", mood) == 4, "the mood itself");
    }

    private static void expect(boolean holds, String what) {
        if (!holds) {
            throw new IllegalStateException("SymptomMentions: " + what);
        }
    }
}
