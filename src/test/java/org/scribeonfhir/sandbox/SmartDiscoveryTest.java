package org.scribeonfhir.sandbox;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SmartDiscoveryTest {

    @Inject
    SandboxSeed seed;

    @Inject
    SandboxStore store;

    @Test
    void discoveryDocumentDescribesTheAuthorizationServer() {
        given().get("/sandbox/fhir/.well-known/smart-configuration")
                .then().statusCode(200)
                .contentType("application/json")
                .body("issuer", equalTo(SandboxFlow.FHIR))
                .body("authorization_endpoint", equalTo(SandboxFlow.BASE + "/sandbox/auth/authorize"))
                .body("token_endpoint", equalTo(SandboxFlow.BASE + "/sandbox/auth/token"))
                .body("jwks_uri", equalTo(SandboxFlow.BASE + "/sandbox/auth/jwks"))
                .body("grant_types_supported", containsInAnyOrder("authorization_code", "refresh_token"))
                .body("code_challenge_methods_supported", equalTo(List.of("S256")))
                .body("response_types_supported", equalTo(List.of("code")))
                .body("scopes_supported", hasItems("openid", "fhirUser", "launch", "patient/*.rs",
                        "user/DocumentReference.c", "offline_access"))
                .body("capabilities", containsInAnyOrder("launch-ehr", "launch-standalone", "client-public",
                        "context-ehr-patient", "context-ehr-encounter", "context-standalone-patient", "context-banner",
                        "context-style", "permission-v1", "permission-v2", "permission-offline", "permission-patient",
                        "permission-user", "sso-openid-connect"));
    }

    @Test
    void metadataNeedsNoTokenAndNamesTheOauthUris() {
        given().get("/sandbox/fhir/metadata")
                .then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("application/fhir+json"))
                .body("resourceType", equalTo("CapabilityStatement"))
                .body("fhirVersion", equalTo("4.0.1"))
                .body("rest[0].security.service[0].coding[0].code", equalTo("SMART-on-FHIR"))
                .body("rest[0].security.extension[0].url",
                        equalTo("http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris"))
                .body("rest[0].security.extension[0].extension.find { it.url == 'authorize' }.valueUri",
                        equalTo(SandboxFlow.BASE + "/sandbox/auth/authorize"))
                .body("rest[0].security.extension[0].extension.find { it.url == 'token' }.valueUri",
                        equalTo(SandboxFlow.BASE + "/sandbox/auth/token"))
                .body("rest[0].resource.type", hasItems("Patient", "Encounter", "DocumentReference", "Binary"))
                .body("rest[0].resource.find { it.type == 'DocumentReference' }.interaction.code", hasItem("create"))
                .body("rest[0].resource.find { it.type == 'DocumentReference' }.conditionalCreate", equalTo(true))
                .body("rest[0].resource.find { it.type == 'Observation' }.searchParam.name",
                        hasItems("patient", "category", "code", "encounter", "date"));
    }

    @Test
    void jwksPublishesOnlyThePublicKey() {
        given().get("/sandbox/auth/jwks")
                .then().statusCode(200)
                .body("keys.size()", equalTo(1))
                .body("keys[0].kty", equalTo("RSA"))
                .body("keys[0].alg", equalTo("RS256"))
                .body("keys[0].use", equalTo("sig"))
                .body("keys[0].kid", notNullValue())
                .body("keys[0].n", notNullValue())
                .body("keys[0].d", nullValue())
                .body("keys[0].p", nullValue());
    }

    @Test
    void smartStyleHasEveryFieldTheSpecNames() {
        given().get("/sandbox/smart-style.json")
                .then().statusCode(200)
                .body("color_background", notNullValue()).body("color_error", notNullValue())
                .body("color_highlight", notNullValue()).body("color_modal_backdrop", notNullValue())
                .body("color_success", notNullValue()).body("color_text", notNullValue())
                .body("dim_border_radius", notNullValue()).body("dim_font_size", notNullValue())
                .body("dim_spacing_size", notNullValue()).body("font_family_body", notNullValue())
                .body("font_family_heading", notNullValue());
    }

    @Test
    void seedingTwiceAddsNothing() {
        int before = store.list("DocumentReference", null).size() + store.list("Patient", null).size();
        seed.seed();
        int after = store.list("DocumentReference", null).size() + store.list("Patient", null).size();
        assertEquals(before, after);
        assertEquals(5, store.list("Patient", null).size());
        assertTrue(store.find("DocumentReference", "sbx-transcript-01").isPresent());
        assertTrue(store.find("DocumentReference", "sbx-transcript-05").isEmpty(), "encounter 05 has no transcript");
    }

    @Test
    void seededTranscriptIsAVisitTranscriptDocumentReference() {
        String token = SandboxFlow.writerToken();
        given().auth().oauth2(token).get("/sandbox/fhir/DocumentReference/sbx-transcript-02")
                .then().statusCode(200)
                .header("ETag", equalTo("W/\"1\""))
                .body("status", equalTo("current"))
                .body("docStatus", equalTo("final"))
                .body("type.coding[0].system", equalTo("https://scribe-on-fhir.github.io/fhir/CodeSystem/document-type"))
                .body("type.coding[0].code", equalTo("visit-transcript"))
                .body("type.coding[0].display", equalTo("Visit transcript"))
                .body("category[0].text", equalTo("transcript"))
                .body("subject.reference", equalTo("Patient/sbx-pat-02"))
                .body("context.encounter[0].reference", equalTo("Encounter/sbx-enc-02"))
                .body("date", equalTo("2026-11-12T10:30:00-05:00"))
                .body("content[0].attachment.contentType", equalTo("text/plain; charset=utf-8"))
                .body("content[0].attachment.size", org.hamcrest.Matchers.greaterThan(1000))
                .body("content[0].attachment.data", not(org.hamcrest.Matchers.emptyString()))
                .body("meta.versionId", equalTo("1"));
    }
}
