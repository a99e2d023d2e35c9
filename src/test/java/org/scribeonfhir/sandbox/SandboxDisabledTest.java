package org.scribeonfhir.sandbox;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(SandboxDisabledTest.Disabled.class)
class SandboxDisabledTest {

    public static class Disabled implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("scribe.sandbox.enabled", "false");
        }
    }

    @Inject
    DataSource dataSource;

    @Test
    void everySandboxPathIs404WhenDisabled() {
        for (String path : new String[] {"/sandbox", "/sandbox/", "/sandbox/launch", "/sandbox/fhir/metadata",
                "/sandbox/fhir/.well-known/smart-configuration", "/sandbox/fhir/Patient/sbx-pat-01",
                "/sandbox/auth/jwks", "/sandbox/smart-style.json", "/sandbox/anything/else"}) {
            given().redirects().follow(false).get(path).then().statusCode(404);
        }
        given().formParam("grant_type", "authorization_code").post("/sandbox/auth/token").then().statusCode(404);
    }

    @Test
    void nothingOfTheSandboxIsMigratedWhenDisabled() throws Exception {
        try (Connection c = dataSource.getConnection();
                ResultSet rs = c.createStatement().executeQuery(
                        "select 1 from information_schema.schemata where schema_name = 'sandbox'")) {
            assertFalse(rs.next(), "the sandbox schema must not exist");
        }
    }
}
