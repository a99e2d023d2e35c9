package org.scribeonfhir.drafting.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.scribeonfhir.drafting.lexicon.Term.Kind;

/**
 * The clinical words the drafter knows, from the tab-separated files in {@code drafting/lexicon/} (written by
 * us; see their headers): drugs with their classes and what they treat, symptoms and conditions with what
 * patients call them, body sites, tests and measurements. One place that knows what "the water pill",
 * "peeing a lot" or "a1c" is, for the extractors, the faithfulness check and the benchmarks alike.
 */
public final class Vocabulary {

    public static final List<String> FILES = List.of("drugs.tsv", "symptoms.tsv", "conditions.tsv",
            "body-sites.tsv", "tests.tsv", "measures.tsv");
    private static volatile Vocabulary shared;

    private final Map<Kind, PhraseIndex> indexes = new EnumMap<>(Kind.class);
    private final Map<Kind, Map<String, Term>> byName = new EnumMap<>(Kind.class);

    private Vocabulary() {
        for (Kind k : Kind.values()) {
            indexes.put(k, new PhraseIndex());
            byName.put(k, new HashMap<>());
        }
    }

    /** The vocabulary on the classpath, read once. */
    public static Vocabulary get() {
        Vocabulary v = shared;
        if (v == null) {
            synchronized (Vocabulary.class) {
                if (shared == null) {
                    shared = load(Vocabulary.class.getClassLoader());
                }
                v = shared;
            }
        }
        return v;
    }

    static Vocabulary load(ClassLoader loader) {
        Vocabulary v = new Vocabulary();
        for (String file : FILES) {
            try (InputStream in = loader.getResourceAsStream("drafting/lexicon/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("Drafting vocabulary file " + file + " is missing");
                }
                v.read(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException("Drafting vocabulary file " + file + " could not be read", e);
            }
        }
        return v;
    }

    private void read(String file, String text) {
        for (String line : text.split("\\R")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            Term t = switch (file) {
                case "drugs.tsv" -> new Term(Kind.DRUG, c[0].strip(), col(c, 2), list(c, 1), list(c, 3), col(c, 4));
                case "symptoms.tsv" -> new Term(Kind.SYMPTOM, c[0].strip(), col(c, 2), list(c, 1), List.of(), "");
                case "conditions.tsv" -> new Term(Kind.CONDITION, c[0].strip(), col(c, 2), list(c, 1), List.of(), "");
                case "body-sites.tsv" -> new Term(Kind.SITE, c[0].strip(), col(c, 2), list(c, 1), List.of(), "");
                case "tests.tsv" -> new Term(Kind.TEST, c[0].strip(), col(c, 2), list(c, 1), List.of(), "");
                default -> new Term(Kind.MEASURE, c[0].strip(), col(c, 3), list(c, 1), List.of(col(c, 4), col(c, 5)),
                        col(c, 2));
            };
            add(t);
        }
    }

    private void add(Term t) {
        byName.get(t.kind()).putIfAbsent(t.canonical().toLowerCase(Locale.ROOT), t);
        PhraseIndex index = indexes.get(t.kind());
        index.add(t.canonical(), t);
        for (String v : t.variants()) {
            index.add(v, t);
            byName.get(t.kind()).putIfAbsent(v.toLowerCase(Locale.ROOT), t);
        }
    }

    private static String col(String[] c, int i) {
        return i < c.length ? c[i].strip() : "";
    }

    private static List<String> list(String[] c, int i) {
        if (i >= c.length || c[i].isBlank()) {
            return List.of();
        }
        return Arrays.stream(c[i].split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Every term of that kind said in the text, longest phrase first at each word. */
    public List<Match> find(Kind kind, String text) {
        // "Tylenol's fine too": the drug, then "is" (same length, so every position still points into the text)
        // (called for every sentence many times: the pattern runs only where an apostrophe is)
        List<Match> found = indexes.get(kind).find(kind == Kind.DRUG && text.indexOf('\'') >= 0
                ? IS_AFTER.matcher(text).replaceAll("  ") : text);
        return kind == Kind.DRUG ? found.stream().map(m -> numberedByDose(m, text)).toList() : found;
    }

    private static final java.util.regex.Pattern IS_AFTER = java.util.regex.Pattern.compile("(?<=[A-Za-z])'s(?=\\s+"
            + "(?:fine|ok|okay|good|safe|alright|not|been|also|too|still|better|working|helping|great|no|only|"
            + "for)\\b)");
    private static final java.util.regex.Pattern NUMBERED = java.util.regex.Pattern.compile("(?i)^(.*?)\\W*(?:#|"
            + "number )?\\s*\\d+$");
    // a liquid's measure only: "Tylenol 3 tablets" may still be Tylenol #3
    private static final java.util.regex.Pattern UNIT_NEXT = java.util.regex.Pattern.compile("(?i)^\\s*(?:mls?|"
            + "milli(?:li)?t(?:er|re)s?|cc|teaspoons?|tsp)\\b");

    /** "Tylenol 4 mL": the liquid's dose after the brand, not "Tylenol #4" (with codeine). */
    private Match numberedByDose(Match m, String text) {
        java.util.regex.Matcher n = NUMBERED.matcher(m.surface());
        if (!n.matches() || !UNIT_NEXT.matcher(text.substring(m.end())).lookingAt()) {
            return m;
        }
        Term plain = lookup(Kind.DRUG, n.group(1));
        return plain == null ? m : new Match(plain, m.start(), m.start() + n.group(1).length(), n.group(1));
    }

    /** Terms of several kinds; where two overlap, the longer one stays. */
    public List<Match> find(String text, Kind... kinds) {
        List<Match> all = new ArrayList<>();
        for (Kind k : kinds) {
            all.addAll(find(k, text));
        }
        all.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(b.end() - b.start(), a.end() - a.start()));
        List<Match> out = new ArrayList<>();
        for (Match m : all) {
            boolean covered = false;
            for (Match o : out) {
                if (o.overlaps(m) && (o.end() - o.start()) >= (m.end() - m.start())) {
                    covered = true;
                    break;
                }
            }
            if (!covered) {
                out.removeIf(o -> o.overlaps(m));
                out.add(m);
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** The term a name or variant stands for, or null. */
    public Term lookup(Kind kind, String name) {
        return name == null ? null : byName.get(kind).get(name.strip().toLowerCase(Locale.ROOT));
    }

    /** The drug classes the vocabulary knows (the class column of drugs.tsv). */
    public Set<String> drugClasses() {
        return byName.get(Kind.DRUG).values().stream().map(Term::group).collect(Collectors.toUnmodifiableSet());
    }

    /** Every name and variant of that kind, lower case (for matching what a recogniser broke into pieces). */
    public Set<String> names(Kind kind) {
        return java.util.Collections.unmodifiableSet(byName.get(kind).keySet());
    }

    public int size(Kind kind) {
        return (int) byName.get(kind).values().stream().distinct().count();
    }
}
