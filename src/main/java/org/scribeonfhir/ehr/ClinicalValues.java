package org.scribeonfhir.ehr;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Quantity;
import org.scribeonfhir.fhir.Codes;

/** Observation names, numbers and units written the way a clinician writes them in a note. */
final class ClinicalValues {

    private static final String LOINC = "http://loinc.org";
    private static final String UCUM = "http://unitsofmeasure.org";
    private static final int DEFAULT_DECIMALS = 3;

    /** UCUM codes that clinicians spell differently; an empty string means the number speaks for itself. */
    private static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("mm[Hg]", "mmHg"), Map.entry("Cel", "°C"), Map.entry("[degF]", "°F"),
            Map.entry("[lb_av]", "lb"), Map.entry("[in_i]", "in"), Map.entry("kg/m2", "kg/m²"),
            Map.entry("mL/min/{1.73_m2}", "mL/min/1.73m²"), Map.entry("10*3/uL", "×10³/µL"),
            Map.entry("10*6/uL", "×10⁶/µL"), Map.entry("10*9/L", "×10⁹/L"), Map.entry("10*12/L", "×10¹²/L"),
            Map.entry("m[IU]/L", "mIU/L"), Map.entry("[IU]/L", "IU/L"), Map.entry("u[IU]/mL", "µIU/mL"),
            Map.entry("ug/dL", "mcg/dL"), Map.entry("ug/L", "mcg/L"), Map.entry("ug/mL", "mcg/mL"),
            Map.entry("umol/L", "µmol/L"), Map.entry("pH", ""), Map.entry("(score)", ""), Map.entry("1", ""));

    private ClinicalValues() {
    }

    /**
     * The EHR's own name for the concept (its text, else the first coding's display); for a code we know,
     * its clinical name instead when that text is only the code system's display name.
     */
    static String label(CodeableConcept code) {
        String own = clean(Codes.text(code));
        ClinicalCodes.Known known = known(code);
        if (known == null) {
            return own;
        }
        boolean onlyTheDisplay = own == null || !code.hasText()
                || code.getCoding().stream().anyMatch(c -> own.equalsIgnoreCase(clean(c.getDisplay())));
        return onlyTheDisplay ? known.name() : own;
    }

    /** "175.5 cm", "1" (a score), "6.1%", "78/min", "<0.5 mg/dL"; {@code code} picks the precision. */
    static String quantity(Quantity q, CodeableConcept code) {
        String unit = unit(q);
        String comparator = q.hasComparator() ? q.getComparator().toCode() : "";
        String number = comparator + number(q.getValue(), decimals(q, code));
        if (unit.isEmpty() || q.getValue() == null) {
            return (number + " " + unit).trim();
        }
        return number + (unit.equals("%") || unit.startsWith("/") ? "" : " ") + unit;
    }

    /** Just the number, at the code's precision (blood pressure's systolic and diastolic share one unit). */
    static String number(Quantity q, CodeableConcept code) {
        return number(q.getValue(), decimals(q, code));
    }

    /** The human unit if the EHR gave one, else the code, spelled as clinicians do; UCUM annotations dropped. */
    static String unit(Quantity q) {
        String u = q.hasUnit() ? q.getUnit() : q.getCode();
        if (u == null || u.isBlank()) {
            return "";
        }
        u = u.trim();
        String known = UNITS.get(u);
        if (known != null) {
            return known;
        }
        // {score}, {beats}/min, {nominal}: curly braces only annotate, they are no unit.
        String bare = u.replaceAll("\\{[^}]*}", "").trim();
        if (bare.endsWith("/")) {
            bare = bare.substring(0, bare.length() - 1);
        }
        return UNITS.getOrDefault(bare, bare);
    }

    /**
     * Rounded half-up to {@code decimals} without adding digits the EHR did not record ("71.0 kg" stays,
     * "71 kg" too); without a known precision, at most three decimals with trailing zeros trimmed.
     */
    static String number(BigDecimal value, Integer decimals) {
        if (value == null) {
            return "";
        }
        if (decimals != null) {
            return value.setScale(Math.min(decimals, Math.max(value.scale(), 0)), RoundingMode.HALF_UP).toPlainString();
        }
        BigDecimal r = value.scale() > DEFAULT_DECIMALS ? value.setScale(DEFAULT_DECIMALS, RoundingMode.HALF_UP) : value;
        if (r.signum() == 0 && value.signum() != 0) {
            r = value.round(new MathContext(DEFAULT_DECIMALS, RoundingMode.HALF_UP)); // 0.00012 is not 0
        }
        return r.stripTrailingZeros().toPlainString();
    }

    /** Text for display: zero-width characters (Synthea has them inside LOINC names) removed, spaces collapsed. */
    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String c = s.replaceAll("[\\u200B-\\u200D\\uFEFF]", "").replaceAll("\\s+", " ").trim();
        return c.isEmpty() ? null : c;
    }

    private static Integer decimals(Quantity q, CodeableConcept code) {
        ClinicalCodes.Known known = known(code);
        if (known != null && known.decimals() != null) {
            return known.decimals();
        }
        Integer byCode = q.hasCode() && (!q.hasSystem() || UCUM.equals(q.getSystem()))
                ? ClinicalCodes.unitDecimals(q.getCode()) : null;
        return byCode != null ? byCode : ClinicalCodes.unitDecimals(q.getUnit());
    }

    private static ClinicalCodes.Known known(CodeableConcept code) {
        if (code == null) {
            return null;
        }
        for (Coding c : code.getCoding()) {
            if (!c.hasSystem() || LOINC.equals(c.getSystem())) {
                ClinicalCodes.Known k = ClinicalCodes.loinc(c.getCode());
                if (k != null) {
                    return k;
                }
            }
        }
        return null;
    }
}
