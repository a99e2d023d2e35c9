package org.scribeonfhir.sandbox;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class FhirApiTest {

    private String token;

    @BeforeEach
    void signIn() {
        token = SandboxFlow.writerToken();
    }

    private RequestSpecification fhir() {
        return given().auth().oauth2(token).accept("application/fhir+json");
    }

    @Test
    void searchByPatientAndCategoryReturnsOnlyThatPatientsLabs() {
        fhir().queryParam("patient", "Patient/sbx-pat-01").queryParam("category", "laboratory")
                .get("/sandbox/fhir/Observation")
                .then().statusCode(200)
                .body("resourceType", equalTo("Bundle"))
                .body("type", equalTo("searchset"))
                .body("total", equalTo(4))
                .body("entry.resource.id", containsInAnyOrder("sbx-obs-01-a1c", "sbx-obs-01-glu", "sbx-obs-01-creat",
                        "sbx-obs-01-ldl"))
                .body("entry.fullUrl", hasItem(SandboxFlow.FHIR + "/Observation/sbx-obs-01-a1c"))
                .body("entry.search.mode", everyItem(equalTo("match")))
                .body("link.find { it.relation == 'self' }.url", startsWith(SandboxFlow.FHIR + "/Observation?"));
    }

    @Test
    void searchAcceptsBareIdsAbsoluteUrlsAndSystemCodeTokens() {
        fhir().queryParam("subject", SandboxFlow.FHIR + "/Patient/sbx-pat-01")
                .queryParam("category", "http://terminology.hl7.org/CodeSystem/observation-category|vital-signs")
                .get("/sandbox/fhir/Observation")
                .then().statusCode(200)
                .body("total", equalTo(6));
        fhir().queryParam("patient", "sbx-pat-01").queryParam("code", "http://loinc.org|4548-4")
                .get("/sandbox/fhir/Observation")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("entry[0].resource.id", equalTo("sbx-obs-01-a1c"))
                .body("entry[0].resource.valueQuantity.value", equalTo(7.9f));
    }

    @Test
    void searchByEncounterFindsTheVitalsOfThatVisit() {
        fhir().queryParam("encounter", "Encounter/sbx-enc-02")
                .get("/sandbox/fhir/Observation")
                .then().statusCode(200)
                .body("total", equalTo(6))
                .body("entry.resource.id", hasItem("sbx-obs-02-bp"))
                .body("entry.resource.encounter.reference", everyItem(equalTo("Encounter/sbx-enc-02")));
    }

    @Test
    void searchByClinicalStatusAndStatusFiltersResolvedAndStoppedRecords() {
        fhir().queryParam("patient", "sbx-pat-01").queryParam("clinical-status", "active")
                .get("/sandbox/fhir/Condition")
                .then().statusCode(200)
                .body("entry.resource.id", containsInAnyOrder("sbx-cond-01-a", "sbx-cond-01-b", "sbx-cond-01-c"));
        fhir().queryParam("patient", "sbx-pat-02").queryParam("status", "active")
                .get("/sandbox/fhir/MedicationRequest")
                .then().statusCode(200)
                .body("entry.resource.id", equalTo(List.of("sbx-med-02-a")));
    }

    @Test
    void searchByIdentifierIdCountAndSort() {
        fhir().queryParam("identifier", "urn:scribe-on-fhir:sandbox:mrn|SBX-000103")
                .get("/sandbox/fhir/Patient")
                .then().statusCode(200)
                .body("total", equalTo(1)).body("entry[0].resource.id", equalTo("sbx-pat-03"));
        fhir().queryParam("_id", "sbx-pat-02,sbx-pat-05").get("/sandbox/fhir/Patient")
                .then().statusCode(200).body("total", equalTo(2));
        fhir().queryParam("_count", "2").queryParam("_sort", "-date").get("/sandbox/fhir/Encounter")
                .then().statusCode(200)
                .body("total", equalTo(5))
                .body("entry.resource.id", equalTo(List.of("sbx-enc-05", "sbx-enc-04")))
                .body("link.find { it.relation == 'next' }.url", containsString("_offset=2"));
        fhir().queryParam("_sort", "date").queryParam("_count", "1").get("/sandbox/fhir/Encounter")
                .then().statusCode(200).body("entry[0].resource.id", equalTo("sbx-enc-01"));
        fhir().queryParam("date", "lt2026-11-12").get("/sandbox/fhir/Encounter")
                .then().statusCode(200)
                .body("entry.resource.id", equalTo(List.of("sbx-enc-01")));
        fhir().queryParam("patient", "sbx-pat-01").queryParam("date", "2026-11-02")
                .queryParam("category", "laboratory").get("/sandbox/fhir/Observation")
                .then().statusCode(200)
                .body("total", equalTo(4));
    }

    @Test
    void unknownSearchParameterIsIgnoredUnlessHandlingIsStrict() {
        fhir().queryParam("patient", "sbx-pat-03").queryParam("favourite-colour", "blue")
                .get("/sandbox/fhir/AllergyIntolerance")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("link.find { it.relation == 'self' }.url", startsWith(SandboxFlow.FHIR + "/AllergyIntolerance?"))
                .body("link.find { it.relation == 'self' }.url", org.hamcrest.Matchers.not(containsString("colour")));
        fhir().header("Prefer", "handling=strict").queryParam("favourite-colour", "blue")
                .get("/sandbox/fhir/AllergyIntolerance")
                .then().statusCode(400)
                .body("resourceType", equalTo("OperationOutcome"))
                .body("issue[0].diagnostics", containsString("favourite-colour"));
    }

    @Test
    void readOfAMissingResourceIs404OperationOutcome() {
        fhir().get("/sandbox/fhir/Patient/nobody")
                .then().statusCode(404)
                .contentType(startsWith("application/fhir+json"))
                .body("resourceType", equalTo("OperationOutcome"))
                .body("issue[0].code", equalTo("not-found"))
                .body("issue[0].diagnostics", containsString("Patient/nobody"));
    }

    @Test
    void unsupportedTypeIs404NotSupported() {
        fhir().get("/sandbox/fhir/Immunization")
                .then().statusCode(404)
                .body("resourceType", equalTo("OperationOutcome"))
                .body("issue[0].code", equalTo("not-supported"))
                .body("issue[0].diagnostics", containsString("not supported"));
        fhir().get("/sandbox/fhir/Binary")
                .then().statusCode(405).body("issue[0].diagnostics", containsString("read only"));
    }

    @Test
    void pathsAndMethodsTheApiLacksStillAnswerWithOperationOutcomes() {
        fhir().get("/sandbox/fhir/Patient/sbx-pat-01/everything/else")
                .then().statusCode(404)
                .contentType(startsWith("application/fhir+json"))
                .body("resourceType", equalTo("OperationOutcome"))
                .body("issue[0].diagnostics", containsString("no endpoint"));
        fhir().delete("/sandbox/fhir/metadata")
                .then().statusCode(405)
                .body("resourceType", equalTo("OperationOutcome"));
    }

    @Test
    void searchByPostMatchesTheSameAsGet() {
        fhir().formParam("patient", "sbx-pat-01").formParam("code", "4548-4")
                .post("/sandbox/fhir/Observation/_search")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("entry[0].resource.id", equalTo("sbx-obs-01-a1c"));
    }

    @Test
    void createdDocumentReferenceCanBeReadBackAndFoundByEncounter() {
        String text = "Progress note for the back pain visit. Synthetic.";
        Response created = fhir().contentType("application/fhir+json")
                .body(SandboxFlow.note("sbx-pat-02", "sbx-enc-02", text, UUID.randomUUID().toString()))
                .post("/sandbox/fhir/DocumentReference");
        created.then().statusCode(201)
                .header("ETag", equalTo("W/\"1\""))
                .header("Location", startsWith(SandboxFlow.FHIR + "/DocumentReference/"))
                .header("Location", containsString("/_history/1"))
                .body("resourceType", equalTo("DocumentReference"))
                .body("meta.versionId", equalTo("1"))
                .body("meta.lastUpdated", org.hamcrest.Matchers.notNullValue());
        String id = created.jsonPath().getString("id");

        fhir().get("/sandbox/fhir/DocumentReference/" + id)
                .then().statusCode(200)
                .body("subject.reference", equalTo("Patient/sbx-pat-02"))
                .body("content[0].attachment.data",
                        equalTo(java.util.Base64.getEncoder().encodeToString(text.getBytes())));
        fhir().get("/sandbox/fhir/DocumentReference/" + id + "/_history/1").then().statusCode(200);
        fhir().get("/sandbox/fhir/DocumentReference/" + id + "/_history/2").then().statusCode(404);

        fhir().queryParam("encounter", "sbx-enc-02")
                .queryParam("category", SandboxFlow.US_CORE_CATEGORY + "|clinical-note")
                .get("/sandbox/fhir/DocumentReference")
                .then().statusCode(200)
                .body("entry.resource.id", hasItem(id))
                .body("entry.resource.id", org.hamcrest.Matchers.not(hasItem("sbx-transcript-02")));
        fhir().queryParam("encounter", "sbx-enc-02").queryParam("type",
                "https://scribe-on-fhir.github.io/fhir/CodeSystem/document-type|visit-transcript")
                .get("/sandbox/fhir/DocumentReference")
                .then().statusCode(200)
                .body("entry.resource.id", equalTo(List.of("sbx-transcript-02")));
    }

    @Test
    void conditionalCreateWithTheSameIdentifierReturnsTheExistingNote() {
        String identifier = "draft-" + UUID.randomUUID();
        String body = SandboxFlow.note("sbx-pat-01", "sbx-enc-01", "First write of this draft.", identifier);
        String condition = "identifier=urn:scribe-on-fhir:test:draft|" + identifier;
        String first = fhir().contentType("application/fhir+json").header("If-None-Exist", condition).body(body)
                .post("/sandbox/fhir/DocumentReference")
                .then().statusCode(201).extract().path("id");

        fhir().contentType("application/fhir+json").header("If-None-Exist", condition).body(body)
                .post("/sandbox/fhir/DocumentReference")
                .then().statusCode(200)
                .header("Location", containsString("/DocumentReference/" + first + "/_history/1"))
                .body("id", equalTo(first));

        fhir().queryParam("identifier", "urn:scribe-on-fhir:test:draft|" + identifier)
                .get("/sandbox/fhir/DocumentReference")
                .then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void conditionalCreateMatchingSeveralIsPreconditionFailed() {
        String identifier = "dup-" + UUID.randomUUID();
        for (int i = 0; i < 2; i++) {
            fhir().contentType("application/fhir+json")
                    .body(SandboxFlow.note("sbx-pat-01", "sbx-enc-01", "copy " + i, identifier))
                    .post("/sandbox/fhir/DocumentReference").then().statusCode(201);
        }
        fhir().contentType("application/fhir+json")
                .header("If-None-Exist", "identifier=urn:scribe-on-fhir:test:draft|" + identifier)
                .body(SandboxFlow.note("sbx-pat-01", "sbx-enc-01", "third", identifier))
                .post("/sandbox/fhir/DocumentReference")
                .then().statusCode(412)
                .body("resourceType", equalTo("OperationOutcome"))
                .body("issue[0].diagnostics", containsString("matches 2"));
    }

    @Test
    void preferReturnMinimalAnswersWithoutABody() {
        fhir().contentType("application/fhir+json").header("Prefer", "return=minimal")
                .body(SandboxFlow.note("sbx-pat-01", "sbx-enc-01", "minimal", UUID.randomUUID().toString()))
                .post("/sandbox/fhir/DocumentReference")
                .then().statusCode(201)
                .header("Location", containsString("/_history/1"))
                .body(emptyString());
    }

    @Test
    void noteForAnotherPatientsEncounterIsUnprocessable() {
        fhir().contentType("application/fhir+json")
                .body(SandboxFlow.note("sbx-pat-01", "sbx-enc-03", "wrong encounter", "x"))
                .post("/sandbox/fhir/DocumentReference")
                .then().statusCode(422)
                .body("resourceType", equalTo("OperationOutcome"))
                .body("issue[0].diagnostics", containsString("belongs to another patient"));
        fhir().contentType("application/fhir+json")
                .body(SandboxFlow.note("sbx-pat-99", "sbx-enc-01", "no such patient", "x"))
                .post("/sandbox/fhir/DocumentReference")
                .then().statusCode(422)
                .body("issue[0].diagnostics", containsString("Patient/sbx-pat-99 does not exist"));
        fhir().contentType("application/fhir+json")
                .body("{\"resourceType\":\"DocumentReference\",\"status\":\"current\","
                        + "\"subject\":{\"reference\":\"Patient/sbx-pat-01\"},"
                        + "\"context\":{\"encounter\":[{\"reference\":\"Encounter/sbx-enc-01\"}]},"
                        + "\"content\":[{\"attachment\":{\"data\":\"aGk=\"}}]}")
                .post("/sandbox/fhir/DocumentReference")
                .then().statusCode(422)
                .body("issue[0].diagnostics", containsString("contentType is required"));
    }

    @Test
    void malformedOrWrongBodiesAreBadRequests() {
        fhir().contentType("application/fhir+json").body("{not json")
                .post("/sandbox/fhir/DocumentReference")
                .then().statusCode(400)
                .body("resourceType", equalTo("OperationOutcome"))
                .body("issue[0].code", equalTo("invalid"));
        fhir().contentType("application/fhir+json").body("{\"resourceType\":\"Patient\"}")
                .post("/sandbox/fhir/DocumentReference")
                .then().statusCode(400)
                .body("issue[0].diagnostics", containsString("expects a DocumentReference"));
        fhir().contentType("application/fhir+json").body("{\"resourceType\":\"DocumentReference\",\"colour\":\"x\"}")
                .post("/sandbox/fhir/DocumentReference")
                .then().statusCode(400);
    }

    @Test
    void typesTheSandboxDoesNotAcceptCannotBeCreatedOrUpdated() {
        fhir().contentType("application/fhir+json").body("{\"resourceType\":\"Patient\"}")
                .post("/sandbox/fhir/Patient")
                .then().statusCode(405)
                .body("resourceType", equalTo("OperationOutcome"))
                .body("issue[0].diagnostics", containsString("does not accept new Patient"));
        fhir().contentType("application/fhir+json").body("{\"resourceType\":\"Patient\",\"id\":\"sbx-pat-01\"}")
                .put("/sandbox/fhir/Patient/sbx-pat-01")
                .then().statusCode(405).body("resourceType", equalTo("OperationOutcome"));
    }

    @Test
    void deletedNoteAnswersGone() {
        String id = fhir().contentType("application/fhir+json")
                .body(SandboxFlow.note("sbx-pat-01", "sbx-enc-01", "to be deleted", UUID.randomUUID().toString()))
                .post("/sandbox/fhir/DocumentReference").then().statusCode(201).extract().path("id");
        fhir().delete("/sandbox/fhir/DocumentReference/" + id).then().statusCode(204);
        fhir().get("/sandbox/fhir/DocumentReference/" + id)
                .then().statusCode(410)
                .body("resourceType", equalTo("OperationOutcome"))
                .body("issue[0].code", equalTo("deleted"));
        fhir().queryParam("_id", id).get("/sandbox/fhir/DocumentReference").then().body("total", equalTo(0));
    }
}
