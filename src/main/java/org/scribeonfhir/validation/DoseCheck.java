package org.scribeonfhir.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.extract.Quantities;
import org.scribeonfhir.drafting.extract.Sig;

/**
 * A dose the note gives that no adult should get ({@link DoseTable}): a single dose above the label's largest, a
 * day's or a week's total above its maximum, a dose so far below the usual that mg and mcg look swapped, a
 * once-weekly drug given more often. Doses of drugs not in the table, or by routes it has no row for (inhaled,
 * topical, …), are not judged: no finding rather than a guess.
 */
final class DoseCheck {

    private static final Pattern THOUSANDS = Pattern.compile("(\\d),(\\d{3})\\b");
    private static final Pattern TIMES_A_DAY = Pattern.compile("(\\d+) times (?:a|per|each) day");
    private static final Pattern EVERY_HOURS = Pattern.compile("every (?:\\d+ to )?(\\d+) hours");
    private static final Pattern SENTENCE_END = Pattern.compile("[;.](?:\\s|$)");
    private static final double WEEKLY = -1;

    private DoseCheck() {
    }

    static List<Finding> check(Map<String, String> note) {
        List<GivenDrugs.Given> given = GivenDrugs.of(note);
        List<Finding> out = new ArrayList<>();
        for (GivenDrugs.Given g : given) {
            List<DoseTable.Limit> limits = DoseTable.LIMITS.get(g.drug().canonical());
            String segment = limits == null ? null : segment(g, given);
            if (segment != null) {
                check(g, segment, limits).ifPresent(out::add);
            }
        }
        return out;
    }

    private static Optional<Finding> check(GivenDrugs.Given g, String segment, List<DoseTable.Limit> limits) {
        Optional<Quantities.Quantity> said = Quantities.find(segment).stream()
                .filter(q -> List.of("mg", "mcg", "g").contains(q.unit())).findFirst();
        Optional<DoseTable.Limit> row = said.isEmpty() ? Optional.empty() : row(Sig.route(segment), limits);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        DoseTable.Limit limit = row.get();
        Quantities.Quantity q = said.get();
        double dose = convert(q.number(), q.unit(), limit.unit());
        String frequency = Sig.frequency(segment);
        Double perDay = timesPerDay(frequency);
        String drug = g.said() + " " + q.text();
        String unit = limit.unit();
        String message = null;
        if (dose > limit.maxSingle()) {
            message = String.format("%s is above the largest single adult dose, %s %s%s.", drug,
                    number(limit.maxSingle()), unit, swapped(q, limit));
        } else if (dose < limit.minSingle() / 10) {
            message = String.format("%s is far below any usual dose (the smallest is %s %s)%s.", drug,
                    number(limit.minSingle()), unit, swapped(q, limit));
        } else if (limit.schedule() == DoseTable.Schedule.WEEKLY && perDay != null && perDay != WEEKLY) {
            message = String.format("%s is given %s here, but it is taken once a week: a weekly drug taken more often "
                    + "is an overdose.", g.said(), frequency);
        } else if (perDay != null && perDay != WEEKLY && limit.maxDaily() != null
                && dose * perDay > limit.maxDaily() + 1e-9) {
            message = String.format("%s %s is %s %s a day, above the adult maximum of %s %s a day.", drug, frequency,
                    number(dose * perDay), unit, number(limit.maxDaily()), unit);
        } else if (perDay != null && perDay != WEEKLY && limit.maxWeekly() != null
                && dose * perDay * 7 > limit.maxWeekly() + 1e-9) {
            message = String.format("%s %s is %s %s a week, above the adult maximum of %s %s a week.", drug, frequency,
                    number(dose * perDay * 7), unit, number(limit.maxWeekly()), unit);
        }
        return Optional.ofNullable(message).map(m -> new Finding("dose", Finding.Severity.CRITICAL, g.section(),
                g.line(), m, List.of(limit.evidence())));
    }

    /** The words about this drug: from its name to the end of the sentence or the next drug the line gives. */
    private static String segment(GivenDrugs.Given g, List<GivenDrugs.Given> all) {
        String line = g.line().toLowerCase(Locale.ROOT);
        int start = line.indexOf(g.surface().toLowerCase(Locale.ROOT));
        if (start < 0) {
            return null;
        }
        int from = start + g.surface().length();
        int end = line.length();
        Matcher stop = SENTENCE_END.matcher(line);
        if (stop.find(from)) {
            end = stop.start();
        }
        for (GivenDrugs.Given other : all) {
            int at = other.line().equals(g.line()) && other != g
                    ? line.indexOf(other.surface().toLowerCase(Locale.ROOT), from) : -1;
            if (at >= from && at < end) {
                end = at;
            }
        }
        return THOUSANDS.matcher(line.substring(from, end)).replaceAll("$1$2");
    }

    /** The row for the route said; with no route said, the most permissive row (never a false alarm by route). */
    private static Optional<DoseTable.Limit> row(String route, List<DoseTable.Limit> limits) {
        if (route == null) {
            return limits.stream().max(Comparator.comparing((DoseTable.Limit l) -> l.schedule()
                    == DoseTable.Schedule.ANY).thenComparing(DoseTable.Limit::maxSingle));
        }
        String kind = switch (route) {
            case "by mouth" -> "oral";
            case "IV", "subcutaneously", "by injection" -> "injection";
            case "sublingual" -> "sublingual";
            default -> null; // inhaled, topical, nasal, …: the table has no limits for these
        };
        return limits.stream().filter(l -> l.route().equals(kind)).findFirst();
    }

    /** How many doses a day the frequency gives; {@link #WEEKLY}; null when it does not say (e.g. "as needed"). */
    static Double timesPerDay(String frequency) {
        if (frequency == null) {
            return null;
        }
        String f = frequency.toLowerCase(Locale.ROOT);
        Matcher times = TIMES_A_DAY.matcher(f);
        Matcher hours = EVERY_HOURS.matcher(f);
        if (f.contains("four times")) {
            return 4.0;
        } else if (f.contains("three times")) {
            return 3.0;
        } else if (f.contains("twice")) {
            return 2.0;
        } else if (times.find()) {
            return Double.valueOf(times.group(1));
        } else if (hours.find()) { // "every 4 to 6 hours": the longer interval, never a false alarm
            return Math.floor(24.0 / Math.max(1, Integer.parseInt(hours.group(1))));
        } else if (f.contains("every hour")) {
            return 24.0;
        } else if (f.startsWith("weekly") || f.contains("week") || f.contains("monthly") || f.contains("month")) {
            return WEEKLY;
        } else if (f.matches("(daily|nightly|at bedtime|every (other )?(day|morning|night|evening)).*")) {
            return 1.0;
        }
        return null;
    }

    /** " (was mcg meant?)" when the same number in the other unit would be a usual dose. */
    private static String swapped(Quantities.Quantity q, DoseTable.Limit limit) {
        String other = q.unit().equals("mg") ? "mcg" : q.unit().equals("mcg") ? "mg" : null;
        if (other == null) {
            return "";
        }
        double alt = convert(q.number(), other, limit.unit());
        return alt >= limit.minSingle() && alt <= limit.maxSingle() ? " (was " + other + " meant?)" : "";
    }

    private static double convert(double value, String from, String to) {
        return value * factor(from) / factor(to);
    }

    private static double factor(String unit) {
        return switch (unit) {
            case "g" -> 1_000_000;
            case "mg" -> 1_000;
            default -> 1; // mcg
        };
    }

    private static String number(double v) {
        return new BigDecimal(Double.toString(Math.round(v * 1000) / 1000.0)).stripTrailingZeros().toPlainString();
    }
}
