package org.scribeonfhir.drafting.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A drug the plan names with its dose and no verb, after the history told another dose: "Calpol, five mils" …
 * "it's ten mils" is an increase; "levothyroxine, a hundred micrograms" … "levothyroxine 100, carry on" is the same
 * dose said without its unit.
 */
final class DoseChange {

    private static final Pattern DOSE = Pattern.compile("^(\\d+(?:\\.\\d+)?)(?:-(\\d+(?:\\.\\d+)?))? (\\S+)$");

    private static final Pattern VOLUME = Pattern.compile("^\\S+ \\S+ \\((\\d+(?:\\.\\d+)?) mL of ");

    private DoseChange() {
    }

    /** The plan's dose, or the history's when the plan said the same number (a bare number read as mg). */
    static String planDose(String history, String plan) {
        Matcher h = DOSE.matcher(history == null ? "" : history);
        Matcher p = DOSE.matcher(plan == null ? "" : plan);
        return h.matches() && p.matches() && h.group(2) == null && p.group(2) == null && !h.group(3).equals(p.group(3))
                && Double.parseDouble(h.group(1)) == Double.parseDouble(p.group(1)) ? history : plan;
    }

    /** "lisinopril up to ten" after "lisinopril five milligrams": a bare number takes the history dose's unit. */
    static String withUnit(String plan, String history) {
        Matcher h = DOSE.matcher(history == null ? "" : history);
        return plan.matches("\\d+(?:\\.\\d+)?") && h.matches() ? plan + " " + h.group(3) : plan;
    }

    /** "increase", "decrease", or null when the doses are the same or not comparable (other units). */
    static String direction(String history, String plan) {
        Matcher h = DOSE.matcher(history == null ? "" : history);
        // "320 mg (10 mL of 160 mg/5 mL)" after "5 mL": the volumes compare
        Matcher volume = VOLUME.matcher(plan == null ? "" : plan);
        Matcher p = DOSE.matcher(volume.find() && history != null && history.endsWith(" mL") ? volume.group(1) + " mL"
                : plan == null ? "" : plan);
        if (!h.matches() || !p.matches() || !h.group(3).equals(p.group(3))) {
            return null;
        }
        double was = Double.parseDouble(h.group(2) != null ? h.group(2) : h.group(1));
        double now = Double.parseDouble(p.group(2) != null ? p.group(2) : p.group(1));
        return now > was ? "increase" : now < was ? "decrease" : null;
    }
}
