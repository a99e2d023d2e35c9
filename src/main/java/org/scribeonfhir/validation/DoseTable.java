package org.scribeonfhir.validation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.lexicon.Vocabulary;

/**
 * Adult dose limits by drug and route ({@code validation/doses.tsv}, each row with its label source), loaded and
 * checked once: every generic must be a drug of the vocabulary, every number positive and in order.
 */
final class DoseTable {

    enum Schedule { ANY, WEEKLY }

    /** One row: the limits in {@code unit} for this drug by this route; null where the label gives none. */
    record Limit(String generic, String route, String unit, double minSingle, double maxSingle, Double maxDaily,
            Double maxWeekly, Schedule schedule, String source) {

        String evidence() {
            return "validation/doses.tsv: " + generic + ", " + route + " (" + source + ")";
        }
    }

    static final Map<String, List<Limit>> LIMITS = load();

    private DoseTable() {
    }

    static int rows() {
        return LIMITS.values().stream().mapToInt(List::size).sum();
    }

    private static Map<String, List<Limit>> load() {
        try (InputStream in = DoseTable.class.getClassLoader().getResourceAsStream("validation/doses.tsv")) {
            if (in == null) {
                throw new IllegalStateException("validation/doses.tsv is missing");
            }
            Map<String, List<Limit>> out = new LinkedHashMap<>();
            int n = 0;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                Limit limit = row(line.split("\t", -1), n);
                out.computeIfAbsent(limit.generic(), k -> new ArrayList<>()).add(limit);
            }
            return Map.copyOf(out);
        } catch (IOException e) {
            throw new IllegalStateException("validation/doses.tsv could not be read", e);
        }
    }

    private static Limit row(String[] c, int n) {
        if (c.length != 9) {
            throw bad(n, "needs 9 tab-separated columns, has " + c.length);
        }
        Term drug = Vocabulary.get().lookup(Term.Kind.DRUG, c[0]);
        if (drug == null || !drug.canonical().equals(c[0])) {
            throw bad(n, "'" + c[0] + "' is not a generic of drafting/lexicon/drugs.tsv");
        }
        if (!List.of("oral", "injection", "sublingual").contains(c[1]) || !List.of("mg", "mcg", "g").contains(c[2])) {
            throw bad(n, "route must be oral, injection or sublingual and unit mg, mcg or g");
        }
        double min = number(c[3], n);
        double single = number(c[4], n);
        Double daily = c[5].equals("-") ? null : number(c[5], n);
        Double weekly = c[6].equals("-") ? null : number(c[6], n);
        if (min > single || daily != null && daily < single || weekly != null && daily != null && weekly < daily) {
            throw bad(n, "limits out of order (min <= single <= daily <= weekly)");
        }
        if (c[8].isBlank()) {
            throw bad(n, "names no source");
        }
        return new Limit(c[0], c[1], c[2], min, single, daily, weekly,
                Schedule.valueOf(c[7].toUpperCase(java.util.Locale.ROOT)), c[8].strip());
    }

    private static double number(String s, int n) {
        try {
            double v = Double.parseDouble(s);
            if (v <= 0) {
                throw bad(n, "'" + s + "' is not a positive number");
            }
            return v;
        } catch (NumberFormatException e) {
            throw bad(n, "'" + s + "' is not a number");
        }
    }

    private static IllegalStateException bad(int line, String why) {
        return new IllegalStateException("validation/doses.tsv line " + line + ": " + why);
    }
}
