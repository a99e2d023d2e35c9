package org.scribeonfhir.ehr;

/** What the patient banner shows. */
public record PatientFacts(String id, String name, String birthDate, String gender, String mrn) {
}
