package org.scribeonfhir.ehr;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.junit.jupiter.api.Test;

import ca.uhn.fhir.context.FhirContext;

/** Chart values as a clinician writes them in a note, from observations as Synthea and US Core servers send them. */
class ChartValuesTest {

    private static final FhirContext FHIR = FhirContext.forR4Cached();

    /** A Synthea-style observation: code.text equal to the LOINC display, a raw double, UCUM unit and code. */
    static Observation synthea(String loinc, String display, String value, String unit) {
        return FHIR.newJsonParser().parseResource(Observation.class, """
                {"resourceType": "Observation", "id": "obs-%s", "status": "final",
                 "code": {"coding": [{"system": "http://loinc.org", "code": "%s", "display": "%s"}], "text": "%s"},
                 "effectiveDateTime": "2021-01-24T09:06:04+00:00",
                 "valueQuantity": {"value": %s, "unit": "%s", "system": "http://unitsofmeasure.org", "code": "%s"}}
                """.formatted(loinc, loinc, display, display, value, unit, unit));
    }

    static String line(Observation o) {
        ChartFact f = ChartMapper.observation(o, "vital");
        return f.label() + ": " + f.value();
    }

    @Test
    void syntheaVitalSignsReadAsAClinicianWritesThem() {
        assertThat(line(synthea("8302-2", "Body Height", "175.45331818610407", "cm"))).isEqualTo("Body height: 175.5 cm");
        assertThat(line(synthea("29463-7", "Body Weight", "84.66547921987554", "kg"))).isEqualTo("Body weight: 84.7 kg");
        assertThat(line(synthea("39156-5", "Body Mass Index", "27.503198216781936", "kg/m2"))).isEqualTo("BMI: 27.5 kg/m²");
        assertThat(line(synthea("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported",
                "1.339144925925999", "{score}"))).isEqualTo("Pain severity (0-10): 1");
        assertThat(line(synthea("8331-1", "Oral temperature", "37.53017205099232", "Cel")))
                .isEqualTo("Oral temperature: 37.5 °C");
        assertThat(line(synthea("8867-4", "Heart rate", "71.6", "/min"))).isEqualTo("Heart rate: 72/min");
        assertThat(line(synthea("9279-1", "Respiratory rate", "15.5", "/min"))).isEqualTo("Respiratory rate: 16/min");
        assertThat(line(synthea("59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry", "97.6", "%")))
                .isEqualTo("SpO2: 98%");
    }

    @Test
    void bloodPressurePanelIsOneReadingInWholeMillimetres() {
        Observation bp = FHIR.newJsonParser().parseResource(Observation.class, """
                {"resourceType": "Observation", "id": "bp-1", "status": "final",
                 "code": {"coding": [{"system": "http://loinc.org", "code": "55284-4", "display": "Blood Pressure"}],
                          "text": "Blood Pressure"},
                 "effectiveDateTime": "2021-01-24T09:06:04+00:00",
                 "component": [
                  {"code": {"coding": [{"system": "http://loinc.org", "code": "8462-4", "display": "Diastolic Blood Pressure"}]},
                   "valueQuantity": {"value": 82.4017, "unit": "mm[Hg]", "system": "http://unitsofmeasure.org", "code": "mm[Hg]"}},
                  {"code": {"coding": [{"system": "http://loinc.org", "code": "8480-6", "display": "Systolic Blood Pressure"}]},
                   "valueQuantity": {"value": 127.5877437350246, "unit": "mm[Hg]", "system": "http://unitsofmeasure.org", "code": "mm[Hg]"}}]}
                """);
        assertThat(line(bp)).isEqualTo("Blood pressure: 128/82 mmHg");
    }

    @Test
    void syntheaLabPanelsKeepTheirClinicalPrecision() {
        assertThat(line(synthea("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "6.250942338617162", "%")))
                .isEqualTo("Hemoglobin A1c: 6.3%");
        assertThat(line(synthea("2339-0", "Glucose", "82.35691836146385", "mg/dL"))).isEqualTo("Glucose: 82 mg/dL");
        assertThat(line(synthea("38483-4", "Creatinine", "3.2028561942940694", "mg/dL")))
                .isEqualTo("Creatinine: 3.20 mg/dL");
        assertThat(line(synthea("6298-4", "Potassium", "4.38529740637835", "mmol/L"))).isEqualTo("Potassium: 4.4 mmol/L");
        assertThat(line(synthea("2947-0", "Sodium", "140.70955314627133", "mmol/L"))).isEqualTo("Sodium: 141 mmol/L");
        assertThat(line(synthea("2093-3", "Total Cholesterol", "155.13528110193297", "mg/dL")))
                .isEqualTo("Total cholesterol: 155 mg/dL");
        assertThat(line(synthea("18262-6", "Low Density Lipoprotein Cholesterol", "148.4003996510065", "mg/dL")))
                .isEqualTo("LDL cholesterol: 148 mg/dL");
        assertThat(line(synthea("33914-3", "Estimated Glomerular Filtration Rate", "122.67263914645099",
                "mL/min/{1.73_m2}"))).isEqualTo("eGFR: 123 mL/min/1.73m²");
        // Synthea writes zero-width spaces inside some LOINC names.
        assertThat(line(synthea("6690-2", "Leukocytes [#/\u200bvolume] in Blood by Automated count",
                "10.257343469747383", "10*3/uL"))).isEqualTo("WBC: 10.3 ×10³/µL");
        assertThat(line(synthea("5811-5", "Specific gravity of Urine by Test strip", "1.0311835433266192",
                "{nominal}"))).isEqualTo("Urine specific gravity: 1.031");
    }

    @Test
    void aNameTheEhrChoseItselfIsKept() {
        Observation spo2 = synthea("2708-6", "Oxygen saturation in Arterial blood", "98", "%");
        spo2.getCode().setText("Oxygen saturation");
        assertThat(line(spo2)).isEqualTo("Oxygen saturation: 98%");
        Observation coded = synthea("8302-2", "Body Height", "180", "cm");
        coded.getCode().setText(null);
        assertThat(line(coded)).isEqualTo("Body height: 180 cm");
    }

    @Test
    void unknownCodesKeepTheirNameAndAtMostThreeDecimals() {
        assertThat(line(synthea("1989-3", "Vitamin D", "31.1234567", "ng/mL"))).isEqualTo("Vitamin D: 31.123 ng/mL");
        assertThat(line(synthea("1989-3", "Vitamin D", "31.50000", "ng/mL"))).isEqualTo("Vitamin D: 31.5 ng/mL");
        assertThat(line(synthea("99999-9", "Trace marker", "0.000123456", "mg/L"))).isEqualTo("Trace marker: 0.000123 mg/L");
        assertThat(line(synthea("99999-8", "Length of something", "12.3456", "cm"))).isEqualTo("Length of something: 12.3 cm");
    }

    @Test
    void precisionTheEhrRecordedIsNeitherInflatedNorLost() {
        assertThat(line(synthea("29463-7", "Body weight", "71.0", "kg"))).isEqualTo("Body weight: 71.0 kg");
        assertThat(line(synthea("29463-7", "Body weight", "71", "kg"))).isEqualTo("Body weight: 71 kg");
        assertThat(line(synthea("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "0.9", "mg/dL")))
                .isEqualTo("Creatinine: 0.9 mg/dL");
    }

    @Test
    void ucumCodesBecomeTheUnitsCliniciansWrite() {
        assertThat(unit("mm[Hg]")).isEqualTo("mmHg");
        assertThat(unit("[lb_av]")).isEqualTo("lb");
        assertThat(unit("[degF]")).isEqualTo("°F");
        assertThat(unit("{score}")).isEmpty();
        assertThat(unit("{beats}/min")).isEqualTo("/min");
        assertThat(unit("/min")).isEqualTo("/min");
        assertThat(unit("kg/m2")).isEqualTo("kg/m²");
        assertThat(unit("m[IU]/L")).isEqualTo("mIU/L");
        assertThat(unit("mg/dL")).isEqualTo("mg/dL");
        Quantity lessThan = new Quantity().setValue(new BigDecimal("0.50")).setUnit("mg/dL")
                .setComparator(Quantity.QuantityComparator.LESS_THAN);
        assertThat(ClinicalValues.quantity(lessThan, null)).isEqualTo("<0.5 mg/dL");
        assertThat(ClinicalValues.quantity(new Quantity().setValue(new BigDecimal("160.7")).setUnit("[lb_av]"), null))
                .isEqualTo("160.7 lb");
    }

    private static String unit(String ucum) {
        return ClinicalValues.unit(new Quantity().setValue(1).setCode(ucum).setSystem("http://unitsofmeasure.org"));
    }
}
