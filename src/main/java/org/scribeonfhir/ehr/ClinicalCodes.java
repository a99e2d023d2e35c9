package org.scribeonfhir.ehr;

import java.util.Map;

/**
 * What clinicians call common observations and how precisely they write them. LOINC display names are
 * written for databases ("Pain severity - 0-10 verbal numeric rating [Score] - Reported"), and EHRs such as
 * Synthea-fed servers store raw doubles ("175.45331818610407"); neither belongs in a note.
 * Codes: US Core vital signs and the lab panels Synthea writes (metabolic, lipids, CBC, liver, urinalysis).
 */
final class ClinicalCodes {

    /** A code's clinical name and the most decimals worth showing (null: the unit or the default decides). */
    record Known(String name, Integer decimals) {
    }

    private static final Map<String, Known> LOINC = Map.ofEntries(
            // vital signs
            known("8302-2", "Body height", 1), known("8306-3", "Body height (lying)", 1),
            known("29463-7", "Body weight", 1), known("3141-9", "Body weight", 1),
            known("39156-5", "BMI", 1), known("8287-5", "Head circumference", 1), known("9843-4", "Head circumference", 1),
            known("8867-4", "Heart rate", 0), known("9279-1", "Respiratory rate", 0),
            known("8310-5", "Body temperature", 1), known("8331-1", "Oral temperature", 1),
            known("2708-6", "SpO2", 0), known("59408-5", "SpO2", 0),
            known("85354-9", "Blood pressure", 0), known("55284-4", "Blood pressure", 0),
            known("8480-6", "Systolic blood pressure", 0), known("8462-4", "Diastolic blood pressure", 0),
            known("72514-3", "Pain severity (0-10)", 0),
            // diabetes, metabolic panel
            known("4548-4", "Hemoglobin A1c", 1), known("2339-0", "Glucose", 0), known("2345-7", "Glucose", 0),
            known("6299-2", "BUN", 0), known("3094-0", "BUN", 0),
            known("38483-4", "Creatinine", 2), known("2160-0", "Creatinine", 2),
            known("33914-3", "eGFR", 0), known("49765-1", "Calcium", 1), known("17861-6", "Calcium", 1),
            known("2947-0", "Sodium", 0), known("2951-2", "Sodium", 0),
            known("6298-4", "Potassium", 1), known("2823-3", "Potassium", 1),
            known("2069-3", "Chloride", 0), known("2075-0", "Chloride", 0),
            known("20565-8", "CO2", 0), known("2028-9", "CO2", 0),
            // lipids
            known("2093-3", "Total cholesterol", 0), known("2571-8", "Triglycerides", 0),
            known("18262-6", "LDL cholesterol", 0), known("13457-7", "LDL cholesterol", 0),
            known("2089-1", "LDL cholesterol", 0), known("2085-9", "HDL cholesterol", 0),
            // complete blood count
            known("718-7", "Hemoglobin", 1), known("4544-3", "Hematocrit", 1), known("20570-8", "Hematocrit", 1),
            known("6690-2", "WBC", 1), known("789-8", "RBC", 2), known("777-3", "Platelets", 0),
            known("787-2", "MCV", 1), known("785-6", "MCH", 1), known("786-4", "MCHC", 1),
            known("21000-5", "RDW", 1), known("32623-1", "MPV", 1), known("32207-3", "PDW", 1),
            // liver panel
            known("2885-2", "Total protein", 1), known("1751-7", "Albumin", 1), known("10834-0", "Globulin", 1),
            known("1975-2", "Total bilirubin", 1), known("6768-6", "Alkaline phosphatase", 0),
            known("1742-6", "ALT", 0), known("1920-8", "AST", 0),
            // urinalysis by test strip (5767-9 is left out: Synthea codes both appearance and odor with it)
            known("5792-7", "Urine glucose", 0), known("5804-0", "Urine protein", 0),
            known("5797-6", "Urine ketones", 0), known("20505-4", "Urine bilirubin", 1),
            known("5811-5", "Urine specific gravity", 3), known("5803-2", "Urine pH", 1),
            known("25428-4", "Urine glucose", null), known("20454-5", "Urine protein", null),
            known("2514-8", "Urine ketones", null), known("5770-3", "Urine bilirubin", null),
            known("5802-4", "Urine nitrite", null), known("5794-3", "Urine blood", null),
            known("5799-2", "Urine leukocyte esterase", null), known("5778-6", "Urine color", null),
            known("32167-9", "Urine clarity", null),
            // other results Synthea writes
            known("2857-1", "PSA", 2), known("33762-6", "NT-proBNP", 0), known("10230-1", "LVEF", 0),
            known("3016-3", "TSH", 2), known("3024-7", "Free T4", 2), known("72106-8", "MMSE total score", 0),
            known("38265-5", "DXA T-score", 1));

    /** Decimals by UCUM unit, for codes the table above does not know. */
    private static final Map<String, Integer> UNIT_DECIMALS = Map.ofEntries(
            Map.entry("cm", 1), Map.entry("[in_i]", 1), Map.entry("kg", 1), Map.entry("[lb_av]", 1),
            Map.entry("kg/m2", 1), Map.entry("Cel", 1), Map.entry("[degF]", 1), Map.entry("mm[Hg]", 0),
            Map.entry("/min", 0), Map.entry("{beats}/min", 0), Map.entry("{breaths}/min", 0),
            Map.entry("{score}", 0));

    private ClinicalCodes() {
    }

    static Known loinc(String code) {
        return code == null ? null : LOINC.get(code);
    }

    static Integer unitDecimals(String ucum) {
        return ucum == null ? null : UNIT_DECIMALS.get(ucum);
    }

    private static Map.Entry<String, Known> known(String code, String name, Integer decimals) {
        return Map.entry(code, new Known(name, decimals));
    }
}
