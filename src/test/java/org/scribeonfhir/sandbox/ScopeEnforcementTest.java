package org.scribeonfhir.sandbox;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ScopeEnforcementTest {

    /** What a patient-scoped app gets for Jordan Testwell's visit: read only, no write. */
    private static String readOnlyForPatient01() {
        return SandboxFlow.accessToken("launch openid fhirUser patient/*.rs", "sbx-prac-01", "sbx-pat-01",
                "sbx-enc-01");
    }

    @Test
    void requestWithoutTokenIs401WithBearerChallenge() {
        given().get("/sandbox/fhir/Patient/sbx-pat-01")
                .then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("resourceType", equalTo("OperationOutcome"))
                .body("issue[0].code", equalTo("login"))
                .body("issue[0].diagnostics", containsString("No access token"));
    }

    @Test
    void unknownTokenIs401InvalidToken() {
        given().auth().oauth2("made-up-token").get("/sandbox/fhir/Patient?_id=sbx-pat-01")
                .then().statusCode(401)
                .header("WWW-Authenticate", containsString("invalid_token"))
                .body("issue[0].diagnostics", containsString("unknown, expired or revoked"));
    }

    @Test
    void createWithoutDocumentReferenceCreateScopeIs403() {
        given().auth().oauth2(readOnlyForPatient01()).contentType("application/fhir+json")
                .body(SandboxFlow.note("sbx-pat-01", "sbx-enc-01", "not allowed", UUID.randomUUID().toString()))
                .post("/sandbox/fhir/DocumentReference")
                .then().statusCode(403)
                .body("resourceType", equalTo("OperationOutcome"))
                .body("issue[0].code", equalTo("forbidden"))
                .body("issue[0].diagnostics", containsString("DocumentReference.c"));
    }

    @Test
    void readWithoutAScopeForTheTypeIs403() {
        String token = SandboxFlow.accessToken("launch patient/Observation.rs", "sbx-prac-01", "sbx-pat-01",
                "sbx-enc-01");
        given().auth().oauth2(token).get("/sandbox/fhir/Condition?patient=sbx-pat-01")
                .then().statusCode(403).body("issue[0].diagnostics", containsString("patient/Condition.s"));
        given().auth().oauth2(token).get("/sandbox/fhir/Observation/sbx-obs-01-bp").then().statusCode(200);
    }

    @Test
    void patientScopeCannotReadAnotherPatientsData() {
        String token = readOnlyForPatient01();
        given().auth().oauth2(token).get("/sandbox/fhir/Patient/sbx-pat-01").then().statusCode(200);
        given().auth().oauth2(token).get("/sandbox/fhir/Patient/sbx-pat-02")
                .then().statusCode(403)
                .body("resourceType", equalTo("OperationOutcome"))
                .body("issue[0].diagnostics", containsString("outside"));
        given().auth().oauth2(token).get("/sandbox/fhir/Observation/sbx-obs-03-bp").then().statusCode(403);
        given().auth().oauth2(token).get("/sandbox/fhir/DocumentReference/sbx-transcript-02").then().statusCode(403);
        // Practitioners belong to no patient, so a patient-scoped app may still see who the clinicians are.
        given().auth().oauth2(token).get("/sandbox/fhir/Practitioner/sbx-prac-02").then().statusCode(200);
    }

    @Test
    void patientScopedSearchesOnlyEverSeeTheTokensPatient() {
        String token = readOnlyForPatient01();
        given().auth().oauth2(token).get("/sandbox/fhir/Patient")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("entry[0].resource.id", equalTo("sbx-pat-01"));
        given().auth().oauth2(token).queryParam("patient", "sbx-pat-02").get("/sandbox/fhir/Condition")
                .then().statusCode(200)
                .body("total", equalTo(0));
        given().auth().oauth2(token).queryParam("category", "vital-signs").get("/sandbox/fhir/Observation")
                .then().statusCode(200)
                .body("total", equalTo(6))
                .body("entry.resource.subject.reference", everyItem(equalTo("Patient/sbx-pat-01")));
    }

    @Test
    void userScopeSeesEveryPatient() {
        String token = SandboxFlow.accessToken("launch user/Patient.rs", "sbx-prac-01", "sbx-pat-01", "sbx-enc-01");
        given().auth().oauth2(token).get("/sandbox/fhir/Patient")
                .then().statusCode(200)
                .body("total", equalTo(5))
                .body("entry.resource.id", hasItems("sbx-pat-01", "sbx-pat-02", "sbx-pat-03", "sbx-pat-04",
                        "sbx-pat-05"));
    }

    @Test
    void v1ScopesAreUnderstood() {
        String token = SandboxFlow.accessToken("launch patient/*.read user/DocumentReference.write", "sbx-prac-01",
                "sbx-pat-01", "sbx-enc-01");
        given().auth().oauth2(token).get("/sandbox/fhir/Encounter/sbx-enc-01").then().statusCode(200);
        given().auth().oauth2(token).contentType("application/fhir+json")
                .body(SandboxFlow.note("sbx-pat-01", "sbx-enc-01", "v1 write", UUID.randomUUID().toString()))
                .post("/sandbox/fhir/DocumentReference")
                .then().statusCode(201);
    }

    @Test
    void patientScopedWriterCannotFileANoteForAnotherPatient() {
        String token = SandboxFlow.accessToken("launch patient/DocumentReference.c patient/*.rs", "sbx-prac-01",
                "sbx-pat-01", "sbx-enc-01");
        given().auth().oauth2(token).contentType("application/fhir+json")
                .body(SandboxFlow.note("sbx-pat-02", "sbx-enc-02", "other patient", UUID.randomUUID().toString()))
                .post("/sandbox/fhir/DocumentReference")
                .then().statusCode(403)
                .body("issue[0].diagnostics", containsString("outside"));
    }

    @Test
    void queryRestrictedScopeOnlyAllowsMatchingNotes() {
        String token = SandboxFlow.accessToken("launch user/DocumentReference.c?category="
                + SandboxFlow.US_CORE_CATEGORY + "|clinical-note", "sbx-prac-01", "sbx-pat-01", "sbx-enc-01");
        given().auth().oauth2(token).contentType("application/fhir+json")
                .body(SandboxFlow.note("sbx-pat-01", "sbx-enc-01", "a clinical note", UUID.randomUUID().toString()))
                .post("/sandbox/fhir/DocumentReference")
                .then().statusCode(201);
        String notANote = SandboxFlow.note("sbx-pat-01", "sbx-enc-01", "not a note", UUID.randomUUID().toString())
                .replace("clinical-note", "other");
        given().auth().oauth2(token).contentType("application/fhir+json").body(notANote)
                .post("/sandbox/fhir/DocumentReference")
                .then().statusCode(403);
    }
}
