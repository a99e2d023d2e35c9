package org.scribeonfhir;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scribeonfhir.testsupport.LaunchFlow;

import io.restassured.RestAssured;
import io.restassured.response.Response;

/**
 * The packaged app, stopped and started again: drafts, versions and sessions live in PostgreSQL, so a
 * restart loses nothing (not even the signed-in session).
 */
class RestartSurvivalIT {

    static final int PORT = 18082;
    static final String BASE = "http://localhost:" + PORT;

    Process app;

    @AfterEach
    void stop() throws InterruptedException {
        stopApp();
    }

    @Test
    void draftSavedBeforeARestartIsThereAfterIt() throws Exception {
        startApp(true);
        Map<String, String> cookies = new HashMap<>();
        Response pane = follow(cookies, "/sandbox/launch?practitioner=sbx-prac-02&patient=sbx-pat-05&encounter=sbx-enc-05");
        assertThat(pane.statusCode()).isEqualTo(200);
        String html = pane.asString();
        String draft = given().redirects().follow(false).cookies(cookies).get("/drafts/open").header("Location");
        String path = URI.create(draft).getPath();
        given().redirects().follow(false).cookies(cookies).contentType("application/x-www-form-urlencoded")
                .formParam("csrf", LaunchFlow.csrf(html)).formParam("version", 1)
                .formParam("section.0", "Burning with urination.")
                .formParam("section.1", "Saved just before the restart.")
                .post(path).then().statusCode(303);

        stopApp();
        startApp(false);

        given().cookies(cookies).get(path).then().statusCode(200)
                .body(containsString(">Saved just before the restart.</textarea>"))
                .body(containsString("Saved version 2"));
        given().cookies(cookies).get(path + "/versions").then().statusCode(200)
                .body(containsString("Version 2 · edit"));
    }

    private Response follow(Map<String, String> cookies, String url) {
        Response r = get(cookies, url);
        for (int hops = 0; r.statusCode() / 100 == 3 && hops < 10; hops++) {
            URI next = URI.create(r.header("Location"));
            r = get(cookies, next.getRawPath() + (next.getRawQuery() == null ? "" : "?" + next.getRawQuery()));
        }
        return r;
    }

    private Response get(Map<String, String> cookies, String path) {
        Response r = given().urlEncodingEnabled(false).redirects().follow(false).cookies(cookies).get(path);
        for (String h : r.headers().getValues("Set-Cookie")) {
            String pair = h.substring(0, h.indexOf(';'));
            cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        return r;
    }

    private void startApp(boolean cleanDatabase) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.profile=sandbox",
                "-Dquarkus.http.port=" + PORT,
                "-Dscribe.db.embedded.data-dir=target/it-db",
                "-Dscribe.db.embedded.clean=" + cleanDatabase,
                "-jar", "target/quarkus-app/quarkus-run.jar"));
        app = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(new File("target/restart-survival-it.log")).start();
        RestAssured.baseURI = "http://localhost";
        RestAssured.port = PORT;
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(app.isAlive()).as("the app exited; see target/restart-survival-it.log").isTrue();
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(BASE + "/sandbox")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The app did not start within 90 s; see target/restart-survival-it.log");
    }

    private void stopApp() throws InterruptedException {
        if (app != null && app.isAlive()) {
            app.destroy(); // SIGTERM: a clean shutdown, as a service manager would do
            if (!app.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                app.destroyForcibly().waitFor();
            }
        }
        app = null;
    }
}
