package org.scribeonfhir.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scribeonfhir.testsupport.ChartFixtures;
import org.scribeonfhir.testsupport.FakeEhr;
import org.scribeonfhir.testsupport.LaunchFlow;
import org.scribeonfhir.testsupport.Pane;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Findings of the security run: what a hostile or broken client sends, and what it must get back. */
@QuarkusTest
@WithTestResource(FakeEhr.class)
class HostileInputTest {

    static final String HPI = "HISTORY OF PRESENT ILLNESS";
    static final String CORRELATION = "[0-9a-f]{8}";
    static final ObjectMapper JSON = new ObjectMapper();

    Pane pane;

    @BeforeEach
    void launched() {
        ChartFixtures.freshLaunchableEncounter();
        pane = Pane.open();
    }

    // --- 9: the browser-binding cookie is always ours ------------------------------------------------------

    @Test
    void aClientChosenBrowserCookieIsReplacedByOurOwn() {
        String chosen = "A".repeat(43);
        LaunchFlow flow = new LaunchFlow();
        flow.browserCookie = chosen;
        Response launch = flow.launch(FakeEhr.iss(), "launch-chosen");

        assertThat(launch.statusCode()).isEqualTo(302);
        assertThat(flow.browserCookie).isNotEqualTo(chosen).hasSize(43);
        assertThat(LaunchFlow.setCookieHeader(launch, "scribe_browser"))
                .contains("Path=/", "Max-Age=", "HttpOnly", "Secure", "SameSite=None", "Partitioned");

        LaunchFlow withChosen = new LaunchFlow();
        withChosen.browserCookie = chosen;
        withChosen.state = flow.state;
        withChosen.callback("code-chosen").then().statusCode(400)
                .body(containsString("This sign-in was started in another window"));
    }

    @Test
    void theCookieWeIssueCompletesTheLaunchAndOpensTheDraft() {
        LaunchFlow flow = new LaunchFlow();
        flow.browserCookie = "B".repeat(43);
        String draft = flow.launchToDraft(FakeEhr.iss());
        given().cookie("scribe_session", flow.sessionCookie)
                .cookie("scribe_browser", flow.browserCookie).get(draft).then().statusCode(200)
                .body(containsString("Pat Fixture"));
    }

    // --- 11: control characters are refused by field, not reported as an outage ----------------------------

    @Test
    void aNulInASectionSentToTheApiIsRefusedNamingTheSection() {
        pane.api().header("If-Match", "\"1\"").body(Map.of("sections", Map.of(HPI, "Cough\u0000 for a week.")))
                .put("/api/drafts/" + pane.id).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:scribe-on-fhir:problem:control-character"))
                .body("title", equalTo("The text holds a character a note cannot contain"))
                .body("status", equalTo(400))
                .body("detail", containsString(HPI))
                .body("detail", containsString("U+0000"))
                .body("correlationId", matchesPattern(CORRELATION));
        pane.api().get("/api/drafts/" + pane.id).then().statusCode(200).body("version", equalTo(1));
    }

    @Test
    void aControlCharacterInAFormSaveIsRefusedAndTheTypedTextIsShownBack() {
        pane.form(1, Map.of(1, "Typed with a bell\u0007 in it.")).accept("text/html").post(pane.draft).then()
                .statusCode(400).contentType(containsString("text/html"))
                .body(containsString("The text holds a character a note cannot contain"))
                .body(containsString(HPI))
                .body(containsString("Typed with a bell in it."));
        pane.api().get("/api/drafts/" + pane.id).then().statusCode(200).body("version", equalTo(1));
    }

    @Test
    void aNulInAPastedTranscriptIsRefusedAndThePasteIsShownBack() {
        pane.browser().multiPart("csrf", pane.csrf).multiPart("text", "[doctor] how are you?\u0000\n[patient] fine.")
                .accept("text/html").post(pane.draft + "/transcript").then()
                .statusCode(400)
                .body(containsString("The text holds a character a note cannot contain"))
                .body(containsString("Transcript"))
                .body(containsString("[patient] fine."))
                .body(not(containsString("cannot reach its database")));
    }

    @Test
    void aNulThatReachesTheDatabaseIsABadRequestNotAnOutage() {
        given().redirects().follow(false).accept("application/json")
                .queryParam("iss", FakeEhr.iss()).queryParam("launch", "launch\u0000nul").get("/launch").then()
                .statusCode(400)
                .body("type", equalTo("urn:scribe-on-fhir:problem:unusable-character"))
                .body("correlationId", matchesPattern(CORRELATION));
    }

    @Test
    void tabsAndLineBreaksAreStillOrdinaryText() {
        pane.api().header("If-Match", "\"1\"").body(Map.of("sections", Map.of(HPI, "Cough.\r\n\tWorse at night.")))
                .put("/api/drafts/" + pane.id).then().statusCode(200)
                .body("sections.find { it.header == 'HISTORY OF PRESENT ILLNESS' }.text",
                        equalTo("Cough.\n\tWorse at night."));
    }

    // --- 13: nothing with PHI may be cached ------------------------------------------------------------------

    @Test
    void theVersionHistoryIsNeverCached() {
        pane.browser().get(pane.draft + "/versions").then().statusCode(200).header("Cache-Control", "no-store");
    }

    @Test
    void aPreviewDraftIsNeverCached() {
        pane.api().contentType("text/plain; charset=UTF-8")
                .body("[doctor] what brings you in?\n[patient] i have had a cough for two weeks.\n")
                .post("/api/drafts/preview").then().statusCode(200).header("Cache-Control", "no-store");
    }

    @Test
    void aConflictAnswerCarryingBothTextsIsNeverCached() {
        pane.api().header("If-Match", "\"1\"").body(Map.of("sections", Map.of(HPI, "First save.")))
                .put("/api/drafts/" + pane.id).then().statusCode(200);
        pane.api().header("If-Match", "\"1\"").body(Map.of("sections", Map.of(HPI, "Stale save.")))
                .put("/api/drafts/" + pane.id).then().statusCode(409).header("Cache-Control", "no-store");
    }

    // --- 14: every error of the JSON API is problem+json with a correlation id --------------------------------

    @Test
    void aBodyOverTheSizeLimitGetsAProblemWithACorrelationId() throws Exception {
        byte[] big = ("{\"sections\": {\"" + HPI + "\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}}")
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> r = send(put(big).header("Content-Type", "application/json"));
        assertProblem(r, 413, "urn:scribe-on-fhir:problem:request-too-large");
    }

    @Test
    void aChunkedBodyOverTheSizeLimitGetsTheSameProblem() throws Exception {
        byte[] big = ("{\"sections\": {\"" + HPI + "\": \"" + "x".repeat(3 * 1024 * 1024) + "\"}}")
                .getBytes(StandardCharsets.UTF_8);
        // No length up front (Transfer-Encoding: chunked): the limit is only found while reading.
        HttpResponse<String> r = send(api("/api/drafts/" + pane.id).header("If-Match", "\"1\"")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))));
        assertProblem(r, 413, "urn:scribe-on-fhir:problem:request-too-large");
    }

    @Test
    void aChunkedBodyUnderTheLimitIsSavedAsAnyOther() throws Exception {
        byte[] small = ("{\"sections\": {\"" + HPI + "\": \"Sent in chunks.\"}}").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> r = send(api("/api/drafts/" + pane.id).header("If-Match", "\"1\"")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(small))));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        pane.api().get("/api/drafts/" + pane.id).then().body("version", equalTo(2))
                .body("sections.find { it.header == '" + HPI + "' }.text", equalTo("Sent in chunks."));
    }

    @Test
    void aChunkedTranscriptUploadIsReadAsAnyOther() throws Exception {
        String boundary = "scribe-test-boundary";
        byte[] form = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n" + pane.csrf
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\n"
                + "[doctor] what brings you in?\n[patient] a sore throat since sunday.\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create("http://localhost:18081" + pane.draft
                        + "/transcript")).version(HttpClient.Version.HTTP_1_1)
                .header("Cookie", "scribe_session=" + pane.flow.sessionCookie)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(form))));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        pane.page().then().statusCode(200).body(containsString("a sore throat since sunday."));
    }

    @Test
    void aBodyWithoutContentTypeGetsAProblemSayingWhatToSend() throws Exception {
        HttpResponse<String> put = send(put("{\"sections\": {}}".getBytes(StandardCharsets.UTF_8)));
        assertProblem(put, 415, "urn:scribe-on-fhir:problem:unsupported-media-type");

        HttpResponse<String> preview = send(api("/api/drafts/preview").POST(HttpRequest.BodyPublishers.ofString(
                "[doctor] what brings you in?\n[patient] a cough.\n")));
        JsonNode body = assertProblem(preview, 415, "urn:scribe-on-fhir:problem:unsupported-media-type");
        assertThat(body.get("action").asText()).contains("application/json");
    }

    @Test
    void jsonNestedFiveThousandLevelsDeepGetsAProblem() throws Exception {
        // In a member the API ignores, so the parser's depth limit, not the shape check, is what stops it.
        String deep = "{\"sections\": {}, \"extra\": " + "[".repeat(5000) + "]".repeat(5000) + "}";
        HttpResponse<String> r = send(put(deep.getBytes(StandardCharsets.UTF_8))
                .header("Content-Type", "application/json"));
        assertProblem(r, 400, "urn:scribe-on-fhir:problem:json-too-complex");
    }

    @Test
    void sectionsSentAsAListGetAProblemNamingTheField() throws Exception {
        HttpResponse<String> r = send(put("{\"sections\": [\"Cough.\"]}".getBytes(StandardCharsets.UTF_8))
                .header("Content-Type", "application/json"));
        JsonNode body = assertProblem(r, 400, "urn:scribe-on-fhir:problem:json-mismatch");
        assertThat(body.get("detail").asText()).startsWith("\"sections\" must be an object");
    }

    @Test
    void sectionsSentAsAPlainStringGetAProblemNamingTheField() throws Exception {
        HttpResponse<String> r = send(put("{\"sections\": \"Cough.\"}".getBytes(StandardCharsets.UTF_8))
                .header("Content-Type", "application/json"));
        JsonNode body = assertProblem(r, 400, "urn:scribe-on-fhir:problem:json-mismatch");
        assertThat(body.get("detail").asText()).startsWith("\"sections\" must be an object");
    }

    /** PUT of the draft with exactly these bytes: java.net.http adds no Content-Type of its own. */
    private HttpRequest.Builder put(byte[] body) {
        return api("/api/drafts/" + pane.id).header("If-Match", "\"1\"")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    private HttpRequest.Builder api(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:18081" + path))
                .version(HttpClient.Version.HTTP_1_1)
                .header("Cookie", "scribe_session=" + pane.flow.sessionCookie)
                .header("X-CSRF-Token", pane.csrf).header("Accept", "application/json");
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode assertProblem(HttpResponse<String> r, int status, String type) throws IOException {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.path("type").asText()).isEqualTo(type);
        assertThat(body.path("title").asText()).isNotBlank();
        assertThat(body.path("status").asInt()).isEqualTo(status);
        assertThat(body.path("detail").asText()).isNotBlank();
        assertThat(body.path("correlationId").asText()).matches(CORRELATION);
        assertThat(r.headers().firstValue("X-Correlation-Id")).hasValue(body.path("correlationId").asText());
        return body;
    }
}
