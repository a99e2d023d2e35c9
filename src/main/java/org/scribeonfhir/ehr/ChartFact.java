package org.scribeonfhir.ehr;

/**
 * One fact from the chart, flattened for display and for use as evidence.
 *
 * @param reference the FHIR resource it came from, e.g. {@code Observation/123}
 * @param kind      condition | vital | lab | medication | allergy | note
 * @param label     what it is ("Hemoglobin A1c", "Metformin 500 mg oral tablet")
 * @param value     its value or status ("7.9%", "Take 1 tablet twice daily", "active")
 * @param date      yyyy-MM-dd, or null
 * @param flag      interpretation or criticality (H, L, high…), or null
 */
public record ChartFact(String reference, String kind, String label, String value, String date, String flag) {
}
