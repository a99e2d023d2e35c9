package org.scribeonfhir.drafting.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.scribeonfhir.drafting.DraftNote;
import org.scribeonfhir.drafting.NoteHeaders;
import org.scribeonfhir.drafting.Section;
import org.scribeonfhir.drafting.Statement;

/**
 * Scores one draft against a challenge visit's gold facts and traps (rules in {@code src/challenge/README.md}):
 * each fact found, partial, wrong or missing; each trap violated or not. Matching is by the draft's lines,
 * case-insensitive whole words, numbers as numbers.
 */
public final class ChallengeScorer {

    public enum Verdict { FOUND, PARTIAL, WRONG, MISSING }

    public record FactResult(String type, Verdict verdict, String fact) {
    }

    public record TrapResult(String type, boolean violated, String line, String why) {
    }

    record Line(String header, String text) {
    }

    private static final Map<String, String> HEADERS = Map.ofEntries(Map.entry("CC", NoteHeaders.CHIEF_COMPLAINT),
            Map.entry("CHIEF COMPLAINT", NoteHeaders.CHIEF_COMPLAINT), Map.entry("HPI", NoteHeaders.HPI),
            Map.entry("HISTORY OF PRESENT ILLNESS", NoteHeaders.HPI), Map.entry("ROS", NoteHeaders.ROS),
            Map.entry("REVIEW OF SYSTEMS", NoteHeaders.ROS), Map.entry("EXAM", NoteHeaders.PHYSICAL_EXAM),
            Map.entry("PE", NoteHeaders.PHYSICAL_EXAM), Map.entry("PHYSICAL EXAM", NoteHeaders.PHYSICAL_EXAM),
            Map.entry("PHYSICAL EXAMINATION", NoteHeaders.PHYSICAL_EXAM), Map.entry("RESULTS", NoteHeaders.RESULTS),
            Map.entry("A&P", NoteHeaders.ASSESSMENT_AND_PLAN), Map.entry("AP", NoteHeaders.ASSESSMENT_AND_PLAN),
            Map.entry("PLAN", NoteHeaders.ASSESSMENT_AND_PLAN),
            Map.entry("ASSESSMENT AND PLAN", NoteHeaders.ASSESSMENT_AND_PLAN));
    /** A line's heading ("• Ears/Nose/Mouth/Throat:") names a body system, not a finding: traps ignore it. */
    private static final Pattern LABEL = Pattern.compile("^\\s*•\\s*[A-Za-z ,/&()-]{2,40}:\\s*");

    static {
        SymptomMentions.check();
    }

    private ChallengeScorer() {
    }

    static List<Line> lines(DraftNote note) {
        List<Line> out = new ArrayList<>();
        for (Section s : note.sections()) {
            for (Statement st : s.statements()) {
                out.add(new Line(s.header(), st.text()));
            }
        }
        return out;
    }

    public static List<FactResult> facts(DraftNote note, JsonNode facts) {
        List<Line> lines = lines(note);
        List<FactResult> out = new ArrayList<>();
        for (JsonNode f : facts) {
            out.add(new FactResult(f.path("type").asText(), verdict(f, lines), f.toString()));
        }
        return out;
    }

    public static List<TrapResult> traps(DraftNote note, JsonNode traps) {
        List<Line> lines = lines(note);
        List<TrapResult> out = new ArrayList<>();
        for (JsonNode t : traps) {
            List<String> sections = sections(t, List.of());
            String hit = null;
            for (Line l : lines) {
                String said = LABEL.matcher(l.text()).replaceFirst("");
                if ((sections.isEmpty() || sections.contains(l.header())) && groups(t.path("all"), said)
                        && !any(t.path("none"), said)) {
                    hit = l.text();
                    break;
                }
            }
            out.add(new TrapResult(t.path("type").asText(), hit != null, hit, t.path("why").asText()));
        }
        return out;
    }

    private static Verdict verdict(JsonNode f, List<Line> lines) {
        String type = f.path("type").asText();
        List<String> sections = sections(f, defaults(f));
        boolean partial = false;
        boolean wrong = false;
        for (Line l : lines) {
            if (!sections.isEmpty() && !sections.contains(l.header())) {
                continue;
            }
            Verdict v = switch (type) {
                case "medication" -> MedicationFacts.judge(f, l.text());
                case "symptom" -> polar(f.path("symptom"), f.path("negated").asBoolean(false), f.path("terms"), l.text());
                case "value" -> value(f, l.text());
                case "problem" -> keyed(f.path("problem"), f.path("terms"), l.text());
                case "allergy" -> allergy(f, l.text());
                case "finding", "result" -> f.has("negated") ? polarGroups(f.path("terms"), f.path("negated")
                        .asBoolean(), l.text()) : terms(f.path("terms"), l.text());
                default -> terms(f.path("terms"), l.text());
            };
            if (v == Verdict.FOUND) {
                return Verdict.FOUND;
            }
            partial |= v == Verdict.PARTIAL;
            wrong |= v == Verdict.WRONG;
        }
        return wrong ? Verdict.WRONG : partial ? Verdict.PARTIAL : Verdict.MISSING;
    }

    private static List<String> defaults(JsonNode f) {
        return switch (f.path("type").asText()) {
            case "reason" -> List.of(NoteHeaders.CHIEF_COMPLAINT);
            case "symptom" -> List.of(NoteHeaders.HPI, NoteHeaders.ROS);
            case "medication" -> f.path("action").asText().equals("current") ? List.of()
                    : List.of(NoteHeaders.ASSESSMENT_AND_PLAN);
            case "value" -> List.of(NoteHeaders.PHYSICAL_EXAM, NoteHeaders.RESULTS, NoteHeaders.HPI);
            case "finding" -> List.of(NoteHeaders.PHYSICAL_EXAM);
            case "result" -> List.of(NoteHeaders.RESULTS);
            case "history" -> List.of(NoteHeaders.HPI);
            case "allergy" -> List.of();
            default -> List.of(NoteHeaders.ASSESSMENT_AND_PLAN);
        };
    }

    private static List<String> sections(JsonNode f, List<String> fallback) {
        if (!f.has("sections")) {
            return fallback;
        }
        List<String> out = new ArrayList<>();
        f.path("sections").forEach(s -> out.add(HEADERS.getOrDefault(s.asText().toUpperCase(Locale.ROOT).strip(),
                s.asText().toUpperCase(Locale.ROOT))));
        return out;
    }

    /** Every group (a list of alternatives, or one string) has an alternative in the line. */
    static boolean groups(JsonNode groups, String line) {
        for (JsonNode g : groups) {
            if (!any(g, line)) {
                return false;
            }
        }
        return true;
    }

    static boolean any(JsonNode alternatives, String line) {
        if (alternatives.isTextual()) {
            return has(line, alternatives.asText());
        }
        for (JsonNode a : alternatives) {
            if (has(line, a.asText())) {
                return true;
            }
        }
        return false;
    }

    /** The term as whole words ("40 mg" is not in "140 mg"; "no" is not in "know"). */
    static boolean has(String line, String term) {
        String t = normal(term).strip();
        if (t.isEmpty()) {
            return false;
        }
        return Pattern.compile("(?<![a-z0-9.])" + Pattern.quote(t) + "(?![a-z0-9]|\\.\\d)").matcher(normal(line)).find();
    }

    static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("(\\d)\\s*(mg|mcg|ml|g|units?)\\b", "$1 $2")
                .replaceAll("\\bmilligrams?\\b", "mg").replaceAll("\\bmicrograms?\\b", "mcg")
                .replaceAll("(\\d+(?:\\.\\d+)?) out of (\\d+)", "$1/$2").replaceAll("(\\d+) over (\\d+)", "$1/$2")
                .replaceAll("[\u2010-\u2015]", "-").replaceAll("\\s+", " ");
    }

    private static Verdict terms(JsonNode groups, String line) {
        if (groups.size() == 0) {
            return Verdict.MISSING;
        }
        if (groups(groups, line)) {
            return Verdict.FOUND;
        }
        return any(groups.get(0), line) ? Verdict.PARTIAL : Verdict.MISSING;
    }

    private static Verdict keyed(JsonNode key, JsonNode more, String line) {
        if (!any(key, line)) {
            return Verdict.MISSING;
        }
        return groups(more, line) ? Verdict.FOUND : Verdict.PARTIAL;
    }

    /**
     * A symptom with its polarity: said the other way round is wrong, unless the sentence that says it the other way
     * names another symptom with the fact's one-word alias ("denies chest pain" for a knee pain): then the next
     * sentence naming it is judged.
     */
    private static Verdict polar(JsonNode aliases, boolean negated, JsonNode more, String line) {
        for (String s : line.split("(?<=\\.)\\s+|;\\s*")) {
            if (!any(aliases, s)) {
                continue;
            }
            String n = normal(s);
            int own = SymptomMentions.first(n, aliases);
            if (SymptomMentions.negated(s, aliases) == negated
                    || own >= 0 && SymptomMentions.negatedAt(n, own) == negated) {
                return groups(more, line) ? Verdict.FOUND : Verdict.PARTIAL;
            }
            if (own >= 0) {
                return Verdict.WRONG;
            }
        }
        return Verdict.MISSING;
    }

    private static Verdict polarGroups(JsonNode groups, boolean negated, String line) {
        Verdict v = terms(groups, line);
        if (v != Verdict.FOUND) {
            return v;
        }
        String sentence = sentenceWith(groups.get(0), line);
        return sentence != null && SymptomMentions.negated(sentence, groups.get(0)) != negated ? Verdict.WRONG
                : Verdict.FOUND;
    }

    /** The sentence of the line that names one of the aliases. */
    private static String sentenceWith(JsonNode aliases, String line) {
        for (String s : line.split("(?<=\\.)\\s+|;\\s*")) {
            if (any(aliases, s)) {
                return s;
            }
        }
        return null;
    }

    private static Verdict value(JsonNode f, String line) {
        if (!any(f.path("name"), line)) {
            return Verdict.MISSING;
        }
        String value = f.path("value").asText();
        if (has(line, value) && (!f.has("unit") || has(line, f.path("unit").asText()))) {
            return Verdict.FOUND;
        }
        // wrong only when the line states a number of the same shape: "pain that started 10 days ago" is no pain score,
        // and the digits of a score's own name ("CRB-65", "PHQ-9") are no value of it
        String shape = value.contains("/") ? "\\d+(?:\\.\\d+)?/\\d+" : "(?<![\\d/])\\d+(?:\\.\\d+)?(?![\\d/])";
        String said = normal(line);
        List<String> names = new ArrayList<>();
        f.path("name").forEach(n -> names.add(normal(n.asText()).strip()));
        names.sort((a, b) -> b.length() - a.length());
        for (String n : names) {
            said = said.replaceAll("(?<![a-z0-9])" + Pattern.quote(n) + "(?![a-z0-9])", " ");
        }
        return Pattern.compile(shape).matcher(said).find() ? Verdict.WRONG : Verdict.PARTIAL;
    }

    private static Verdict allergy(JsonNode f, String line) {
        if (!any(f.path("substance"), line) || !normal(line).matches("(?s).*\\b(?:allerg|reaction|intoleran).*")) {
            return Verdict.MISSING;
        }
        return !f.has("reaction") || any(f.path("reaction"), line) ? Verdict.FOUND : Verdict.PARTIAL;
    }

    /** Totals of a split: facts by verdict, traps by type. */
    public static Map<String, Object> summary(List<FactResult> facts, List<TrapResult> traps, int visits) {
        Map<String, Object> m = new LinkedHashMap<>();
        long found = facts.stream().filter(f -> f.verdict() == Verdict.FOUND).count();
        long partial = facts.stream().filter(f -> f.verdict() == Verdict.PARTIAL).count();
        long wrong = facts.stream().filter(f -> f.verdict() == Verdict.WRONG).count();
        m.put("n", visits);
        m.put("facts", facts.size());
        m.put("fact_recall", Benchmark.round4(facts.isEmpty() ? 0 : (double) found / facts.size()));
        m.put("fact_recall_with_partial", Benchmark.round4(facts.isEmpty() ? 0 : (double) (found + partial)
                / facts.size()));
        m.put("partial_facts", partial);
        m.put("wrong_facts", wrong);
        m.put("wrong_fact_rate", Benchmark.round4(facts.isEmpty() ? 0 : (double) wrong / facts.size()));
        m.put("traps", traps.size());
        m.put("trap_violations", traps.stream().filter(TrapResult::violated).count());
        Map<String, String> byType = new LinkedHashMap<>();
        traps.stream().map(TrapResult::type).distinct().sorted().forEach(t -> byType.put(t,
                traps.stream().filter(x -> x.type().equals(t) && x.violated()).count() + "/"
                        + traps.stream().filter(x -> x.type().equals(t)).count()));
        m.put("trap_violations_by_type", byType);
        Map<String, String> recallByType = new LinkedHashMap<>();
        facts.stream().map(FactResult::type).distinct().sorted().forEach(t -> recallByType.put(t,
                facts.stream().filter(x -> x.type().equals(t) && x.verdict() == Verdict.FOUND).count() + "/"
                        + facts.stream().filter(x -> x.type().equals(t)).count()));
        m.put("found_by_fact_type", recallByType);
        return m;
    }
}
