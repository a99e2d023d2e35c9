package org.scribeonfhir.drafting.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scribeonfhir.drafting.lexicon.Term;
import org.scribeonfhir.drafting.speech.Utterance;
import org.scribeonfhir.ehr.ChartFact;

/**
 * The dose a chart's medication gives, when its label has one strength and its sig one unit of it
 * ("Sertraline 50 mg oral tablet", "1 tablet daily" is 50 mg): the dose before a change, only when no sentence that
 * names the drug says a number of it (a chart out of date is corrected in the visit: "The furosemide's forty, not
 * twenty").
 */
final class ChartDose {

    private static final Pattern STRENGTH = Pattern.compile("(?i)\\b(\\d+(?:\\.\\d+)?) ?(mg|mcg|micrograms?|g)\\b");
    private static final Pattern ONE_UNIT = Pattern.compile("(?i)^\\s*(?:1|one) (?:tablet|capsule|tab|cap)s?\\b");

    private static final Pattern DOSE_SAID = Pattern.compile("(?i)\\b\\d+(?:\\.\\d+)?(?!\\.?\\d)(?!\\s*(?:-|to)?\\s*"
            + "(?:\\d+\\s*)?(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|times?|%|am|pm)\\b)");

    private ChartDose() {
    }

    /** {@code ordered}: the new dose ("30 mg"), said with the drug in the order itself. */
    static String of(Context c, String reference, String drug, String said, String ordered) {
        if (c.chart == null || reference == null) {
            return null;
        }
        String orderedNumber = ordered == null ? "" : ordered.split(" ")[0];
        for (Utterance u : c.utterances()) {
            String t = u.text().toLowerCase(Locale.ROOT);
            if (t.contains(drug.toLowerCase(Locale.ROOT)) || t.contains(said.toLowerCase(Locale.ROOT))) {
                Matcher n = DOSE_SAID.matcher(t);
                while (n.find()) {
                    if (!n.group().equals(orderedNumber)) {
                        return null;
                    }
                }
            }
        }
        for (ChartFact f : c.chart.medications()) {
            if (!reference.equals(f.reference()) || f.label() == null || f.value() == null) {
                continue;
            }
            Matcher m = STRENGTH.matcher(f.label());
            if (!m.find() || !ONE_UNIT.matcher(f.value()).find()) {
                continue;
            }
            String dose = m.group(1) + " " + (m.group(2).toLowerCase(Locale.ROOT).startsWith("microgram") ? "mcg"
                    : m.group(2).toLowerCase(Locale.ROOT));
            return m.find() ? null : dose; // "Co-codamol 30 mg/500 mg": two strengths, no one dose
        }
        return null;
    }

    /**
     * The chart's MedicationRequest naming the drug, said as {@code said}, {@code drug} its generic and {@code term}
     * its lexicon entry (generic, brand, or each part of a combination), or null.
     */
    static String reference(Context c, String drug, String said, Term term) {
        if (c.chart == null) {
            return null;
        }
        List<String> names = new ArrayList<>(List.of(drug, said));
        if (term != null) {
            names.addAll(term.variants());
        }
        // "the combined pill" is the chart's ethinylestradiol/levonorgestrel: a drug named by its class is any of it
        boolean byClass = term != null && term.canonical().equalsIgnoreCase(term.group());
        for (ChartFact f : c.chart.medications()) {
            String label = f.label() == null ? "" : f.label().toLowerCase(Locale.ROOT);
            if (byClass && c.vocabulary.find(Term.Kind.DRUG, label).stream()
                    .anyMatch(x -> x.term().group().equalsIgnoreCase(term.group()))) {
                return f.reference();
            }
            for (String n : names) {
                String[] parts = n.toLowerCase(Locale.ROOT).split("[-/]| and ");
                boolean all = parts.length > 0;
                for (String p : parts) {
                    all &= !p.isBlank() && label.matches("(?s).*\\b" + Pattern.quote(p.strip()) + "\\b.*");
                }
                if (all) {
                    return f.reference();
                }
            }
        }
        return null;
    }
}
