package org.scribeonfhir.drafting.visit;

import java.util.List;

/**
 * Who the patient is, as the chart or the clinician's opening line says.
 *
 * @param name       how the note names the patient ("Ms. Lee", "Brian"), or null
 * @param age        in years, or null; {@code ageText} for infants ("8-month-old")
 * @param history    past medical history the clinician's opening line or the chart lists
 */
public record PatientInfo(String name, Integer age, String ageText, String sex, Pronouns pronouns,
        List<String> history, Support support) {

    public PatientInfo {
        history = List.copyOf(history);
    }
}
