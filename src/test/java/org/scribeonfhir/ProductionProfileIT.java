package org.scribeonfhir;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scribeonfhir.testsupport.PackagedApp;

import io.restassured.RestAssured;

/**
 * The packaged app in its production profile (here with an embedded database, since no server is
 * configured): the sandbox EHR is off and absent, the preview API needs a launch, nothing may frame us.
 */
class ProductionProfileIT {

    static final String[] EMBEDDED_DB = {"scribe.db.embedded.enabled=true",
        "scribe.db.embedded.data-dir=target/prod-it-db", "scribe.db.embedded.clean=true"};
    static final PackagedApp APP = new PackagedApp(18083, "production-profile-it", EMBEDDED_DB);
    static final String TOKEN_KEY = "scribe.launch.token-key=" + java.util.Base64.getEncoder().encodeToString(new byte[32]);
    static final String SIGNING_KEYS = "scribe.writeback.signing-keys=" + signingKeys();

    private static String signingKeys() {
        try {
            return new com.nimbusds.jose.jwk.JWKSet(new com.nimbusds.jose.jwk.gen.ECKeyGenerator(
                    com.nimbusds.jose.jwk.Curve.P_384).keyID("prod-it").generate()).toString(false);
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeAll
    static void start() throws Exception {
        // In production the keys come from SCRIBE_LAUNCH_TOKEN_KEY and SCRIBE_WRITEBACK_SIGNING_KEYS; system
        // properties stand in for them here.
        APP.start(TOKEN_KEY, SIGNING_KEYS);
        RestAssured.baseURI = "http://localhost";
        RestAssured.port = 18083;
    }

    @AfterAll
    static void stop() throws InterruptedException {
        APP.stop();
    }

    @Test
    void withoutATokenKeyTheAppRefusesToStartAndSaysWhatToSet() throws Exception {
        try (PackagedApp keyless = new PackagedApp(18084, "production-profile-no-key-it",
                "scribe.db.embedded.enabled=true", "scribe.db.embedded.data-dir=target/prod-it-db-2",
                "scribe.db.embedded.clean=true")) {
            assertThat(keyless.startExpectingRefusal(SIGNING_KEYS)).contains("No token key: set SCRIBE_LAUNCH_TOKEN_KEY");
        }
    }

    @Test
    void withoutANoteSigningKeyTheAppRefusesToStartAndNeverMakesOne() throws Exception {
        try (PackagedApp unsigned = new PackagedApp(18085, "production-profile-no-signing-key-it",
                "scribe.db.embedded.enabled=true", "scribe.db.embedded.data-dir=target/prod-it-db-3",
                "scribe.db.embedded.clean=true")) {
            assertThat(unsigned.startExpectingRefusal(TOKEN_KEY))
                    .contains("No note-signing key: set SCRIBE_WRITEBACK_SIGNING_KEYS");
        }
    }

    @Test
    void everySandboxPathIs404() {
        for (String path : new String[] {"/sandbox", "/sandbox/", "/sandbox/launch", "/sandbox/fhir/metadata",
                "/sandbox/fhir/.well-known/smart-configuration", "/sandbox/fhir/Patient/sbx-pat-01",
                "/sandbox/auth/jwks", "/sandbox/smart-style.json", "/sandbox/anything/else"}) {
            given().redirects().follow(false).get(path).then().statusCode(404);
        }
        given().formParam("grant_type", "authorization_code").post("/sandbox/auth/token").then().statusCode(404);
    }

    @Test
    void nothingOfTheSandboxIsMigrated() throws Exception {
        try (Connection c = DriverManager.getConnection(APP.embeddedJdbcUrl());
                ResultSet rs = c.createStatement().executeQuery(
                        "select 1 from information_schema.schemata where schema_name = 'sandbox'")) {
            assertThat(rs.next()).as("the sandbox schema must not exist").isFalse();
        }
    }

    @Test
    void draftingPreviewNeedsALaunchSession() {
        given().contentType("text/plain").body("[doctor] any chest pain?\n[patient] no.")
                .post("/api/drafts/preview").then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:scribe-on-fhir:problem:no-session"));
    }

    @Test
    void noIssuerConfiguredMeansNothingMayFrameUsAndNoLaunchIsAccepted() {
        given().redirects().follow(false).queryParam("iss", "http://localhost:18083/sandbox/fhir")
                .queryParam("launch", "x").get("/launch").then().statusCode(400)
                .header("Content-Security-Policy", org.hamcrest.Matchers.containsString("frame-ancestors 'none'"));
    }
}
