package org.scribeonfhir.testsupport;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * One synthetic chart ("Pat Fixture", obviously fake) served by the {@link FakeEhr}, resource by resource,
 * so a test can break any single read.
 */
public final class ChartFixtures {

    public static final String PATIENT = "fx-pat-1";
    public static final String PRACTITIONER = "Practitioner/fx-prac-1";
    public static final String TRANSCRIPT = """
            [doctor] hello pat , what brings you in today ?
            [patient] i've had a dry cough for about two weeks .
            [doctor] any fever ?
            [patient] no fever .
            [doctor] your blood pressure today is 128 over 82 .
            """;

    private ChartFixtures() {
    }

    /**
     * Resets the fake EHR and serves a launch into a new encounter of Pat Fixture, seen by
     * {@link #PRACTITIONER}; returns the encounter id.
     */
    public static String freshLaunchableEncounter() {
        FakeEhr.server().resetAll();
        String encounter = newEncounter();
        FakeEhr.stubSmart(PATIENT, encounter, PRACTITIONER);
        stubChart(encounter);
        return encounter;
    }

    /** A fresh encounter id per test keeps drafts of different tests apart. */
    public static String newEncounter() {
        return "fx-enc-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    }

    public static void stubChart(String encounter) {
        stubChart(encounter, TRANSCRIPT);
    }

    public static void stubChart(String encounter, String transcript) {
        var s = FakeEhr.server();
        s.stubFor(get(urlPathEqualTo("/fhir/Patient/" + PATIENT)).willReturn(FakeEhr.fhir(200, patient())));
        s.stubFor(get(urlPathEqualTo("/fhir/Encounter/" + encounter))
                .willReturn(FakeEhr.fhir(200, encounter(encounter, PATIENT))));
        s.stubFor(get(urlPathEqualTo("/fhir/Condition")).willReturn(FakeEhr.fhir(200, bundle(condition()))));
        s.stubFor(get(urlPathEqualTo("/fhir/Observation")).withQueryParam("category", equalTo("vital-signs"))
                .willReturn(FakeEhr.fhir(200, bundle(bloodPressure()))));
        s.stubFor(get(urlPathEqualTo("/fhir/Observation")).withQueryParam("category", equalTo("laboratory"))
                .willReturn(FakeEhr.fhir(200, bundle(a1c()))));
        s.stubFor(get(urlPathEqualTo("/fhir/MedicationRequest")).willReturn(FakeEhr.fhir(200, bundle(medication()))));
        s.stubFor(get(urlPathEqualTo("/fhir/AllergyIntolerance")).willReturn(FakeEhr.fhir(200, bundle(allergy()))));
        s.stubFor(get(urlPathEqualTo("/fhir/DocumentReference")).withQueryParam("category", matching(".*clinical-note"))
                .willReturn(FakeEhr.fhir(200, bundle())));
        stubTranscript(encounter, transcript);
    }

    /** The transcript search; {@code null} means the EHR has none for the encounter. */
    public static void stubTranscript(String encounter, String transcript) {
        FakeEhr.server().stubFor(get(urlPathEqualTo("/fhir/DocumentReference")).withQueryParam("type", matching(".+"))
                .withQueryParam("category", absent())
                .willReturn(FakeEhr.fhir(200, transcript == null ? bundle() : bundle(transcriptDoc(encounter, transcript)))));
    }

    public static String patient() {
        return """
                {"resourceType": "Patient", "id": "%s",
                 "identifier": [{"type": {"coding": [{"code": "MR"}]}, "value": "FX-0001"}],
                 "name": [{"family": "Fixture", "given": ["Pat"]}], "gender": "female", "birthDate": "1970-02-03"}
                """.formatted(PATIENT);
    }

    public static String encounter(String id, String patient) {
        return """
                {"resourceType": "Encounter", "id": "%s", "status": "in-progress",
                 "class": {"code": "AMB"}, "subject": {"reference": "Patient/%s"},
                 "participant": [{"type": [{"coding": [{"code": "ATND"}]}], "individual": {"reference": "%s"}}],
                 "period": {"start": "2026-11-20T09:00:00-05:00"}, "reasonCode": [{"text": "dry cough for two weeks"}]}
                """.formatted(id, patient, PRACTITIONER);
    }

    static String condition() {
        return """
                {"resourceType": "Condition", "id": "fx-cond-1",
                 "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": "active"}]},
                 "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "I10"}], "text": "Essential hypertension"},
                 "subject": {"reference": "Patient/%s"}}
                """.formatted(PATIENT);
    }

    public static String bloodPressure() {
        return """
                {"resourceType": "Observation", "id": "fx-obs-bp", "status": "final",
                 "category": [{"coding": [{"code": "vital-signs"}]}],
                 "code": {"coding": [{"system": "http://loinc.org", "code": "85354-9"}], "text": "Blood pressure"},
                 "subject": {"reference": "Patient/%s"}, "effectiveDateTime": "2026-11-20T09:05:00-05:00",
                 "component": [
                   {"code": {"coding": [{"system": "http://loinc.org", "code": "8480-6"}]}, "valueQuantity": {"value": 128, "unit": "mm[Hg]"}},
                   {"code": {"coding": [{"system": "http://loinc.org", "code": "8462-4"}]}, "valueQuantity": {"value": 82, "unit": "mm[Hg]"}}]}
                """.formatted(PATIENT);
    }

    static String a1c() {
        return """
                {"resourceType": "Observation", "id": "fx-obs-a1c", "status": "final",
                 "category": [{"coding": [{"code": "laboratory"}]}],
                 "code": {"coding": [{"system": "http://loinc.org", "code": "4548-4"}], "text": "Hemoglobin A1c"},
                 "subject": {"reference": "Patient/%s"}, "effectiveDateTime": "2026-11-02",
                 "valueQuantity": {"value": 6.1, "unit": "%%"},
                 "interpretation": [{"coding": [{"code": "H"}]}]}
                """.formatted(PATIENT);
    }

    static String medication() {
        return """
                {"resourceType": "MedicationRequest", "id": "fx-med-1", "status": "active", "intent": "order",
                 "medicationCodeableConcept": {"text": "Lisinopril 10 mg oral tablet"},
                 "subject": {"reference": "Patient/%s"},
                 "dosageInstruction": [{"text": "Take 1 tablet by mouth once daily"}]}
                """.formatted(PATIENT);
    }

    static String allergy() {
        return """
                {"resourceType": "AllergyIntolerance", "id": "fx-alg-1",
                 "clinicalStatus": {"coding": [{"code": "active"}]}, "criticality": "high",
                 "code": {"text": "Penicillin"}, "patient": {"reference": "Patient/%s"},
                 "reaction": [{"manifestation": [{"text": "Hives"}]}]}
                """.formatted(PATIENT);
    }

    static String transcriptDoc(String encounter, String text) {
        return """
                {"resourceType": "DocumentReference", "id": "fx-transcript-1", "status": "current",
                 "subject": {"reference": "Patient/%s"}, "date": "2026-11-20T09:00:00-05:00",
                 "context": {"encounter": [{"reference": "Encounter/%s"}]},
                 "content": [{"attachment": {"contentType": "text/plain; charset=utf-8", "data": "%s"}}]}
                """.formatted(PATIENT, encounter,
                Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)));
    }

    public static String bundle(String... resources) {
        StringBuilder entries = new StringBuilder();
        for (String r : resources) {
            if (entries.length() > 0) {
                entries.append(',');
            }
            entries.append("{\"resource\": ").append(r).append('}');
        }
        return "{\"resourceType\": \"Bundle\", \"type\": \"searchset\", \"total\": " + resources.length
                + ", \"entry\": [" + entries + "]}";
    }
}
