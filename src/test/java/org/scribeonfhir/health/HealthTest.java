package org.scribeonfhir.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** What Docker's HEALTHCHECK, compose and a hospital's monitoring ask. */
@QuarkusTest
class HealthTest {

    @Test
    void theAppIsLive() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void readyMeansTheDatabaseAnswersAndTheModelMatchedItsCard() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItems("database", "drafting-model"))
                .body("checks.find { it.name == 'database' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'drafting-model' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'drafting-model' }.data.sha256", matchesPattern("[0-9a-f]{64}"));
    }
}
