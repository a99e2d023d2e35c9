package org.scribeonfhir.validation.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.NoteHeaders;
import org.scribeonfhir.drafting.extract.Quantities;
import org.scribeonfhir.drafting.lexicon.Match;
import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.lexicon.Vocabulary;
import org.scribeonfhir.ehr.ChartFact;
import org.scribeonfhir.ehr.EncounterContext;

/**
 * Puts one error of a kind into a copy of a reference note, the way drafters and people get notes wrong: another
 * number, a dose times ten, mg for mcg, another drug, a flipped denial, a relative's condition as the patient's,
 * a diagnosis or a study nobody mentioned, a drug the patient is allergic to, a drug that interacts. Seeded, so
 * every run injects the same errors. The changed or added line is where a check must find it.
 */
final class Injector {

    /** One note with one error: its kind, the changed sections, where the error is, and its chart if changed. */
    record Injected(String kind, Map<String, String> sections, String header, String line, EncounterContext chart) {

        Injected(String kind, Map<String, String> sections, String header, String line) {
            this(kind, sections, header, line, null);
        }
    }

    static final List<String> KINDS = List.of("number", "dose-x10", "mg-mcg", "drug-swap", "negation", "attribution",
            "diagnosis", "study", "allergen", "interaction", "chart-value");
    private static final int PER_KIND = 2;
    private static final Pattern DENIAL = Pattern.compile("\\b(denies|Denies|denied|Denied|negative for|Negative for)\\b");
    private static final List<String> SWAPS = List.of("warfarin", "digoxin", "lithium", "amiodarone", "phenytoin",
            "tamoxifen", "clozapine", "methotrexate");
    private static final List<String> DIAGNOSES = List.of("Congestive heart failure", "Atrial fibrillation",
            "Chronic kidney disease", "Chronic obstructive pulmonary disease", "Rheumatoid arthritis",
            "Hypothyroidism", "Multiple sclerosis", "Cirrhosis");
    private static final List<String> STUDIES = List.of(
            "Echocardiogram in 2023 showed an ejection fraction of 35%.",
            "MRI of the lumbar spine in 2022 showed a disc herniation at L4-L5.",
            "Colonoscopy in 2021 showed two tubular adenomas.",
            "Stress test in 2024 was positive for inducible ischemia.",
            "CT scan of the chest in 2023 showed a 6 mm nodule in the right upper lobe.",
            "DEXA scan in 2022 showed osteoporosis of the hip.");
    private static final Pattern RELATIVE = Pattern.compile("(?i)\\b(?:mother|father|mom|dad|brother|sister|"
            + "grandmother|grandfather|aunt|uncle)\\b");

    private static final Pattern FAMILY_LINE = Pattern.compile("(?i)\\b(?:famil\\w*|mother|father|mom|dad|brother|"
            + "sister|parents?|siblings?|grand\\w+|aunt|uncle|maternal|paternal)\\b");

    private final Vocabulary vocabulary = Vocabulary.get();

    List<Injected> inject(Map<String, String> note, EncounterContext chart, long seed) {
        Random random = new Random(seed);
        String said = (chart.transcript() == null ? "" : chart.transcript()).toLowerCase(Locale.ROOT);
        List<Injected> out = new ArrayList<>();
        out.addAll(changeLines("number", note, random, this::number));
        out.addAll(changeLines("dose-x10", note, random, line -> dose(line, q -> times10(q.value()), null)));
        out.addAll(changeLines("mg-mcg", note, random, line -> dose(line, Quantities.Quantity::value, "swap")));
        out.addAll(changeLines("drug-swap", note, random, line -> swapDrug(line, said)));
        out.addAll(changeLines("negation", note, random, this::flip));
        relativesCondition(chart, note).ifPresent(c -> out.add(added("attribution", note, NoteHeaders.HPI,
                "The patient has a history of " + c + ".")));
        DIAGNOSES.stream().filter(d -> absent(d, said, note)).findFirst().ifPresent(d -> out.add(added("diagnosis",
                note, NoteHeaders.ASSESSMENT_AND_PLAN, d + ".")));
        STUDIES.stream().filter(s -> absent(s.substring(0, s.indexOf(" in ")), said, note))
                .skip(random.nextInt(2)).findFirst()
                .ifPresent(s -> out.add(added("study", note, NoteHeaders.RESULTS, s)));
        out.add(allergen(note, chart));
        out.add(interaction(note, chart));
        out.add(ChartErrors.labValue(note, chart));
        return out;
    }

    private List<Injected> changeLines(String kind, Map<String, String> note, Random random,
            Function<String, String> change) {
        List<String[]> candidates = new ArrayList<>();
        for (String header : NoteHeaders.ALL) {
            for (String line : note.getOrDefault(header, "").split("\n")) {
                String changed = line.isBlank() ? null : change.apply(line);
                if (changed != null && !changed.equals(line)) {
                    candidates.add(new String[] {header, line, changed});
                }
            }
        }
        List<Injected> out = new ArrayList<>();
        for (int i = 0; i < PER_KIND && !candidates.isEmpty(); i++) {
            String[] c = candidates.remove(random.nextInt(candidates.size()));
            Map<String, String> copy = new LinkedHashMap<>(note);
            copy.put(c[0], copy.get(c[0]).replace(c[1], c[2]));
            out.add(new Injected(kind, copy, c[0], c[2].strip()));
        }
        return out;
    }

    /** A vital or lab value (not a dose) changed by a clinically meaningful amount. */
    private String number(String line) {
        if (!vocabulary.find(Term.Kind.DRUG, line).isEmpty() || vocabulary.find(Term.Kind.MEASURE, line).isEmpty()) {
            return null;
        }
        for (Quantities.Quantity q : Quantities.find(line)) {
            if (q.unit().isEmpty() || List.of("mg", "mcg", "g", "years", "days", "weeks", "months", "hours",
                    "minutes").contains(q.unit())) {
                continue;
            }
            String v = q.value();
            String changed = v.contains("/") ? (Integer.parseInt(v.substring(0, v.indexOf('/'))) + 30)
                    + v.substring(v.indexOf('/')) : scaled(v, 1.4);
            String span = line.substring(q.start(), q.end());
            return line.substring(0, q.start()) + span.replaceFirst(Pattern.quote(firstNumber(span)), changed)
                    + line.substring(q.end());
        }
        return null;
    }

    /** The dose after a drug on the line, its number or unit changed. */
    private String dose(String line, Function<Quantities.Quantity, String> number, String unit) {
        List<Match> drugs = vocabulary.find(Term.Kind.DRUG, line);
        if (drugs.isEmpty()) {
            return null;
        }
        for (Quantities.Quantity q : Quantities.find(line)) {
            if (q.start() < drugs.get(0).end() || !List.of("mg", "mcg").contains(q.unit())) {
                continue;
            }
            String span = line.substring(q.start(), q.end());
            String changed = span.replaceFirst(Pattern.quote(firstNumber(span)), number.apply(q));
            if (unit != null) {
                changed = q.unit().equals("mg") ? changed.replaceFirst("(?i)mg|milligrams?", "mcg")
                        : changed.replaceFirst("(?i)mcg|micrograms?", "mg");
            }
            return line.substring(0, q.start()) + changed + line.substring(q.end());
        }
        return null;
    }

    private String swapDrug(String line, String said) {
        List<Match> drugs = vocabulary.find(Term.Kind.DRUG, line);
        if (drugs.isEmpty()) {
            return null;
        }
        Match m = drugs.get(0);
        for (String other : SWAPS) {
            if (!said.contains(other) && !other.equals(m.term().canonical())) {
                return line.substring(0, m.start()) + other + line.substring(m.end());
            }
        }
        return null;
    }

    private String flip(String line) {
        Matcher m = DENIAL.matcher(line);
        if (!m.find()) {
            return null;
        }
        String w = m.group(1);
        String to = switch (w.toLowerCase(Locale.ROOT)) {
            case "denies" -> "reports";
            case "denied" -> "reported";
            default -> "positive for";
        };
        return line.substring(0, m.start()) + (Character.isUpperCase(w.charAt(0))
                ? Character.toUpperCase(to.charAt(0)) + to.substring(1) : to) + line.substring(m.end());
    }

    /** A condition the conversation gives a relative and the note never gives the patient. */
    private java.util.Optional<String> relativesCondition(EncounterContext chart, Map<String, String> note) {
        // The note's own lines about the patient: the family history may name the relative's condition
        StringBuilder own = new StringBuilder();
        for (String line : String.join("\n", note.values()).split("\n")) {
            if (!FAMILY_LINE.matcher(line).find()) {
                own.append(line.toLowerCase(Locale.ROOT)).append('\n');
            }
        }
        String noteText = own.toString();
        List<String> about = new ArrayList<>();
        for (String line : String.join("\n", note.values()).split("\n")) {
            if (FAMILY_LINE.matcher(line).find()) {
                about.add(line); // the note's family history: "Family history: mother with breast cancer."
            }
        }
        about.addAll(List.of((chart.transcript() == null ? "" : chart.transcript()).split("[.?!\n]")));
        for (String sentence : about) {
            if (!RELATIVE.matcher(sentence).find()) {
                continue;
            }
            for (Match m : vocabulary.find(Term.Kind.CONDITION, sentence)) {
                String c = m.term().canonical();
                if (!noteText.contains(c.toLowerCase(Locale.ROOT)) && !noteText.contains(m.surface().toLowerCase(Locale.ROOT))) {
                    return java.util.Optional.of(c);
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** A drug of the chart allergy's class; for a chart without a drug allergy, the note's own allergy and its drug. */
    private Injected allergen(Map<String, String> note, EncounterContext chart) {
        for (ChartFact a : chart.allergies()) {
            String label = a.label().toLowerCase(Locale.ROOT);
            String drug = label.contains("penicillin") ? "Start amoxicillin 500 mg three times daily for 10 days."
                    : label.contains("codeine") ? "Start oxycodone 5 mg every 6 hours as needed for pain."
                    : label.contains("sulfonamide") ? "Start sulfamethoxazole-trimethoprim twice daily for 7 days."
                    : label.contains("nitrofurantoin") ? "Start nitrofurantoin 100 mg twice daily for 5 days." : null;
            if (drug != null) {
                return added("allergen", note, NoteHeaders.ASSESSMENT_AND_PLAN, drug);
            }
        }
        Map<String, String> copy = new LinkedHashMap<>(note);
        copy.put(NoteHeaders.HPI, (copy.getOrDefault(NoteHeaders.HPI, "") + "\nAllergies: penicillin (hives).").strip());
        return added("allergen", copy, NoteHeaders.ASSESSMENT_AND_PLAN, "Start amoxicillin 875 mg twice daily.");
    }

    /** A drug that interacts with one the chart or the note holds; else an interacting pair. */
    private Injected interaction(Map<String, String> note, EncounterContext chart) {
        StringBuilder meds = new StringBuilder(note.getOrDefault(NoteHeaders.ASSESSMENT_AND_PLAN, ""));
        chart.medications().forEach(m -> meds.append('\n').append(m.label()));
        for (Match m : vocabulary.find(Term.Kind.DRUG, meds.toString())) {
            String group = m.term().group().toLowerCase(Locale.ROOT);
            String add = group.contains("ace inhibitor") ? "Start spironolactone 25 mg daily."
                    : group.contains("ssri") ? "Start tramadol 50 mg every 6 hours as needed for pain."
                    : group.contains("nitrate") ? "Start sildenafil 50 mg as needed."
                    : m.term().canonical().equals("warfarin") ? "Start ibuprofen 600 mg three times daily."
                    : m.term().canonical().equals("simvastatin") ? "Start clarithromycin 500 mg twice daily." : null;
            if (add != null) {
                return added("interaction", note, NoteHeaders.ASSESSMENT_AND_PLAN, add);
            }
        }
        Map<String, String> copy = new LinkedHashMap<>(note);
        copy.put(NoteHeaders.ASSESSMENT_AND_PLAN, (copy.getOrDefault(NoteHeaders.ASSESSMENT_AND_PLAN, "")
                + "\nContinue isosorbide mononitrate 30 mg daily.").strip());
        return added("interaction", copy, NoteHeaders.ASSESSMENT_AND_PLAN, "Start sildenafil 50 mg as needed.");
    }

    static Injected added(String kind, Map<String, String> note, String header, String line) {
        Map<String, String> copy = new LinkedHashMap<>(note);
        copy.put(header, (copy.getOrDefault(header, "") + "\n" + line).strip());
        return new Injected(kind, copy, header, line);
    }

    private boolean absent(String phrase, String said, Map<String, String> note) {
        String noteText = String.join("\n", note.values()).toLowerCase(Locale.ROOT);
        String words = phrase.toLowerCase(Locale.ROOT);
        if (said.contains(words) || noteText.contains(words)) {
            return false; // said in so many words: adding it is no error
        }
        for (Match m : vocabulary.find(phrase, Term.Kind.values())) {
            if (m.term().kind() == Term.Kind.SITE) {
                continue;
            }
            String c = m.term().canonical().toLowerCase(Locale.ROOT);
            if (said.contains(c) || noteText.contains(c) || m.term().variants().stream()
                    .anyMatch(v -> said.contains(v.toLowerCase(Locale.ROOT)) || noteText.contains(v.toLowerCase(Locale.ROOT)))) {
                return false;
            }
        }
        return true;
    }

    static String firstNumber(String span) {
        Matcher m = Pattern.compile("\\d+(?:\\.\\d+)?").matcher(span);
        return m.find() ? m.group() : span;
    }

    private static String times10(String value) {
        return scaled(value, 10);
    }

    static String scaled(String value, double factor) {
        double v = Double.parseDouble(value) * factor;
        int decimals = value.contains(".") ? value.length() - value.indexOf('.') - 1 : 0;
        return Quantities.clean(String.format(Locale.ROOT, "%." + decimals + "f", v));
    }
}
