package org.scribeonfhir.drafting.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.extract.Negation;
import org.scribeonfhir.drafting.extract.Quantities;
import org.scribeonfhir.drafting.extract.Quantities.Quantity;
import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.lexicon.Vocabulary;
import org.scribeonfhir.drafting.visit.Presence;

/**
 * A statement's clinical content, read from its words alone (not from how it was written): drugs, numbers
 * with units, symptoms and conditions with their polarity, sides, relatives, and its other content words.
 */
record Content(String text, List<Match> drugs, List<Quantity> numbers, List<Concept> concepts, List<String> sides,
        List<String> relatives) {

    record Concept(Match match, Presence presence) {
    }

    private static final Pattern STRUCTURE = Pattern.compile("(?i)^(?:\\d+\\.\\s+|•\\s*[A-Za-z ,/&()-]{2,40}:\\s*|"
            + "(?:current medications|allergies|past medical history|past surgical history|family history|"
            + "social history|sick contacts|immunizations|problem list \\(chart\\)|medications on the chart|"
            + "allergies on the chart)"
            + ":\\s*)+");
    private static final Pattern DENIES = Pattern.compile("(?i)^(?:[a-z. ]{0,30}\\b)?(?:denies|denied|no|negative for|"
            + "without)\\b");
    private static final Pattern SIDE = Pattern.compile("(?i)\\b(left|right)\\b");
    static final Pattern RELATIVE = Pattern.compile("(?i)\\b(mother|mom|mum|father|dad|parents|brother|sister|"
            + "grandmother|grandma|grandfather|grandpa|grandparents|aunt|uncle|cousin|son|daughter|wife|husband|spouse|"
            + "partner|coworker|co-worker|colleague|friend|neighbou?r)\\b");

    private static final Pattern LIST = Pattern.compile("(?s)^(?:[a-z. ]{0,30}\\s)?(denies|denied|no|negative for|"
            + "without)\\b.*");

    static Content of(String statement) {
        String text = STRUCTURE.matcher(statement.strip()).replaceFirst("");
        Vocabulary v = Vocabulary.get();
        List<Match> terms = v.find(text, Term.Kind.values());
        List<Match> drugs = terms.stream().filter(m -> m.term().kind() == Term.Kind.DRUG).toList();
        List<Quantity> numbers = new ArrayList<>();
        for (Quantity q : Quantities.find(text)) {
            boolean inName = terms.stream().anyMatch(m -> m.term().kind() != Term.Kind.MEASURE && q.start() >= m.start()
                    && q.end() <= m.end());
            if (!inName) {
                numbers.add(q);
            }
        }
        List<Concept> concepts = new ArrayList<>();
        int offset = 0;
        for (String part : text.split("(?<=\\.)\\s+")) {
            Matcher list = LIST.matcher(part.toLowerCase(Locale.ROOT));
            // the denial's list starts at its word: "Throat is mildly red without exudate" denies no red throat
            int cue = DENIES.matcher(part).find() && list.matches() ? list.start(1) : Integer.MAX_VALUE;
            int turn = part.toLowerCase(Locale.ROOT).indexOf(" but ");
            for (Match m : v.find(part, Term.Kind.values())) {
                if (m.term().kind() != Term.Kind.SYMPTOM && m.term().kind() != Term.Kind.CONDITION) {
                    continue;
                }
                boolean listed = m.start() >= cue && (turn < 0 || m.start() < turn);
                Presence p = listed ? Presence.DENIED : Negation.of(part, m.start(), m.end());
                Match shifted = new Match(m.term(), m.start() + offset, m.end() + offset, m.surface());
                concepts.add(new Concept(shifted, p == Presence.UNCERTAIN ? Presence.PRESENT : p));
            }
            offset += part.length() + 1;
        }
        List<String> sides = new ArrayList<>();
        Matcher s = SIDE.matcher(text);
        while (s.find()) {
            sides.add(s.group(1).toLowerCase(Locale.ROOT));
        }
        List<String> relatives = new ArrayList<>();
        Matcher r = RELATIVE.matcher(text);
        while (r.find()) {
            String who = r.group(1).toLowerCase(Locale.ROOT);
            relatives.add(switch (who) {
                case "mom", "mum" -> "mother";
                case "dad" -> "father";
                case "grandma" -> "grandmother";
                case "grandpa" -> "grandfather";
                case "co-worker", "colleague" -> "coworker";
                case "neighbour" -> "neighbor";
                default -> who;
            });
        }
        return new Content(text, drugs, numbers, concepts, sides, relatives);
    }
}
