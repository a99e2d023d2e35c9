package org.scribeonfhir;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scribeonfhir.testsupport.LaunchFlow;
import org.scribeonfhir.testsupport.PackagedApp;

import io.restassured.RestAssured;
import io.restassured.response.Response;

/**
 * The packaged app, stopped and started again: drafts, versions and sessions live in PostgreSQL, so a
 * restart loses nothing (not even the signed-in session).
 */
class RestartSurvivalIT {

    final PackagedApp app = new PackagedApp(18082, "restart-survival-it", "quarkus.profile=sandbox",
            "scribe.db.embedded.data-dir=target/it-db");

    @AfterEach
    void stop() throws InterruptedException {
        app.stop();
    }

    @Test
    void draftSavedBeforeARestartIsThereAfterIt() throws Exception {
        app.start("scribe.db.embedded.clean=true");
        RestAssured.baseURI = "http://localhost";
        RestAssured.port = 18082;
        Map<String, String> cookies = new HashMap<>();
        Response pane = follow(cookies, "/sandbox/launch?practitioner=sbx-prac-02&patient=sbx-pat-05&encounter=sbx-enc-05");
        assertThat(pane.statusCode()).isEqualTo(200);
        String draft = given().redirects().follow(false).cookies(cookies).get("/drafts/open").header("Location");
        String path = URI.create(draft).getPath();
        given().redirects().follow(false).cookies(cookies).contentType("application/x-www-form-urlencoded")
                .formParam("csrf", LaunchFlow.csrf(pane.asString())).formParam("version", 1)
                .formParam("section.0", "Burning with urination.")
                .formParam("section.1", "Saved just before the restart.")
                .post(path).then().statusCode(303);

        app.stop();
        app.start("scribe.db.embedded.clean=false");

        given().cookies(cookies).get(path).then().statusCode(200)
                .body(containsString(">Saved just before the restart.</textarea>"))
                .body(containsString("Saved version 2"));
        given().cookies(cookies).get(path + "/versions").then().statusCode(200)
                .body(containsString("Version 2 · edited"));
    }

    private static Response follow(Map<String, String> cookies, String url) {
        Response r = get(cookies, url);
        for (int hops = 0; r.statusCode() / 100 == 3 && hops < 10; hops++) {
            URI next = URI.create(r.header("Location"));
            r = get(cookies, next.getRawPath() + (next.getRawQuery() == null ? "" : "?" + next.getRawQuery()));
        }
        return r;
    }

    private static Response get(Map<String, String> cookies, String path) {
        Response r = given().urlEncodingEnabled(false).redirects().follow(false).cookies(cookies).get(path);
        for (String h : r.headers().getValues("Set-Cookie")) {
            String pair = h.substring(0, h.indexOf(';'));
            cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        return r;
    }
}
