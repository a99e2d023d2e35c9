package org.scribeonfhir;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.testsupport.LaunchFlow;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * The whole product path through the built-in sandbox EHR, as a browser walks it: EHR launch → SMART
 * authorize/token → review pane with the patient's chart and transcript → sign → the note in the chart.
 */
@QuarkusTest
class SandboxEndToEndTest {

    /** A browser: follows redirects itself and keeps the cookies it is given. */
    static final class Browser {
        final Map<String, String> cookies = new HashMap<>();

        Response get(String url) {
            Response r = given().urlEncodingEnabled(false).redirects().follow(false).cookies(cookies).get(path(url));
            keep(r);
            return r;
        }

        Response follow(String url) {
            Response r = get(url);
            int hops = 0;
            while (r.statusCode() / 100 == 3 && hops++ < 10) {
                r = get(r.header("Location"));
            }
            return r;
        }

        void keep(Response r) {
            for (String header : r.headers().getValues("Set-Cookie")) {
                String pair = header.substring(0, header.indexOf(';'));
                cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            }
        }

        static String path(String url) {
            URI u = URI.create(url);
            return u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
        }
    }

    @Test
    void physicianLaunchesFromTheSandboxEhrSignsAndTheNoteLandsInTheChart() {
        Browser browser = new Browser();
        Response pane = browser.follow("/sandbox/launch?practitioner=sbx-prac-01&patient=sbx-pat-02&encounter=sbx-enc-02");

        assertThat(pane.statusCode()).as(pane.body().asString()).isEqualTo(200);
        String html = pane.body().asString();
        assertThat(html).contains("Marcus Mockley", "Transcript", "Blood pressure", "Omeprazole",
                "CHIEF COMPLAINT", "ASSESSMENT AND PLAN", "Sign and write to chart");
        assertThat(html).doesNotContain("Naproxen 500"); // stopped medication is not in the active list
        assertThat(browser.cookies).containsKey("scribe_session");

        Response open = given().redirects().follow(false).cookies(browser.cookies).get("/drafts/open");
        String draft = URI.create(open.header("Location")).getPath();
        String csrf = LaunchFlow.csrf(html);
        Response signed = given().redirects().follow(false).cookies(browser.cookies)
                .contentType("application/x-www-form-urlencoded")
                .formParam("csrf", csrf).formParam("version", version(html)).formParam("attest", "yes")
                .formParam("section.0", "Low back pain after lifting a couch.")
                .formParam("section.1", "The patient reports low back pain since lifting a couch (sandbox e2e).")
                .formParam("section.2", "").formParam("section.3", "").formParam("section.4", "")
                .formParam("section.5", "Acute low back strain.")
                .post(draft + "/sign");
        assertThat(signed.statusCode()).as(signed.body().asString()).isEqualTo(303);

        String written = browser.get(signed.header("Location")).then().statusCode(200)
                .body(containsString("Written to the chart as <code id=\"written-reference\">DocumentReference/"))
                .extract().body().asString();
        String reference = written.replaceAll("(?s).*<code id=\"written-reference\">([^<]+)</code>.*", "$1");
        // The sandbox EHR takes no Provenance: the pane says Scribe keeps the signed one, and the note verifies with it.
        assertThat(written).contains("<span id=\"provenance-kept\">The EHR did not keep the note's signed Provenance");
        given().cookies(browser.cookies).accept("application/json").queryParam("documentReference", reference)
                .get("/api/notes/verify").then().statusCode(200)
                .body("verified", org.hamcrest.Matchers.equalTo(true))
                .body("provenance", containsString("Scribe keeps"));

        // The sandbox EHR's own screen shows the note in the encounter's chart.
        given().get("/sandbox?practitioner=sbx-prac-01&patient=sbx-pat-02&encounter=sbx-enc-02").then()
                .statusCode(200)
                .body(containsString("The patient reports low back pain since lifting a couch (sandbox e2e)."));

        // And its FHIR API returns it to a caller with a sandbox token.
        String token = sandboxToken();
        JsonPath bundle = given().auth().oauth2(token).accept("application/fhir+json")
                .queryParam("encounter", "sbx-enc-02").queryParam("category", "clinical-note")
                .get("/sandbox/fhir/DocumentReference").then().statusCode(200).extract().jsonPath();
        String id = reference.substring(reference.indexOf('/') + 1);
        Map<String, Object> doc = bundle.getMap("entry.find { it.resource.id == '" + id + "' }.resource");
        assertThat(doc).isNotNull();
        assertThat(doc.get("docStatus")).isEqualTo("final");
        String text = new String(Base64.getDecoder().decode(
                bundle.getString("entry.find { it.resource.id == '" + id + "' }.resource.content[0].attachment.data")),
                StandardCharsets.UTF_8);
        assertThat(text).startsWith("CHIEF COMPLAINT\nLow back pain after lifting a couch.\n")
                .contains("ASSESSMENT AND PLAN\nAcute low back strain.");
    }

    private static int version(String html) {
        return Integer.parseInt(html.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1"));
    }

    /** A token from the sandbox's own SMART server, as any other app would get one. */
    private static String sandboxToken() {
        Browser other = new Browser();
        Response toApp = other.get("/sandbox/launch?practitioner=sbx-prac-02&patient=sbx-pat-02&encounter=sbx-enc-02");
        String launch = LaunchFlow.query(toApp.header("Location")).get("launch");
        String verifier = "e2e-verifier-0123456789-0123456789-0123456789";
        String challenge;
        try {
            challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(java.security.MessageDigest
                    .getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        Response authorize = given().redirects().follow(false)
                .queryParam("response_type", "code").queryParam("client_id", "scribe-sandbox")
                .queryParam("redirect_uri", "http://localhost:18081/callback")
                .queryParam("scope", "launch patient/*.rs").queryParam("state", "e2e-state")
                .queryParam("aud", "http://localhost:18081/sandbox/fhir").queryParam("launch", launch)
                .queryParam("code_challenge", challenge).queryParam("code_challenge_method", "S256")
                .get("/sandbox/auth/authorize");
        String code = LaunchFlow.query(authorize.header("Location")).get("code");
        return given().formParam("grant_type", "authorization_code").formParam("code", code)
                .formParam("redirect_uri", "http://localhost:18081/callback").formParam("client_id", "scribe-sandbox")
                .formParam("code_verifier", verifier).post("/sandbox/auth/token")
                .then().statusCode(200).extract().path("access_token");
    }
}
