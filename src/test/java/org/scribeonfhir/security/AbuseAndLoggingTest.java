package org.scribeonfhir.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scribeonfhir.testsupport.CapturedLog;
import org.scribeonfhir.testsupport.ChartFixtures;
import org.scribeonfhir.testsupport.FakeEhr;
import org.scribeonfhir.testsupport.LaunchFlow;
import org.scribeonfhir.testsupport.Pane;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Findings of the security run: storage a stranger can fill, and log lines a stranger can write. */
@QuarkusTest
@WithTestResource(FakeEhr.class)
class AbuseAndLoggingTest {

    static final String HPI = "HISTORY OF PRESENT ILLNESS";
    static final ObjectMapper JSON = new ObjectMapper();
    /** A line break, then what looks like a log line of its own, then markup for whoever views the log. */
    static final String FORGED = "x%0d%0a2026-01-01%2000:00:00,000%20ERROR%20%5BFORGED%5D%20"
            + "%3Cscript%3Ealert(1)";
    /** Kept texts per browser; documented on the store. */
    static final int KEPT_PER_BROWSER = 5;

    @Inject
    DataSource db;

    Pane pane;

    @BeforeEach
    void launched() {
        ChartFixtures.freshLaunchableEncounter();
        pane = Pane.open();
    }

    // --- 10: text kept without a session is bounded in size, number and age ------------------------------

    @Test
    void aBrowserThatNeverLaunchedTheVisitKeepsNothingHoweverManyDraftsItTries() throws Exception {
        String browser = randomBrowserCookie();
        for (int i = 0; i < 21; i++) {
            String draft = i == 0 ? pane.id : copyOfDraft(pane.id);
            assertThat(keepWithoutSession(draft, browser, "Typed while signed out, " + i + ".").statusCode())
                    .isEqualTo(401);
        }
        assertThat(keptDrafts(browser)).isEmpty();
    }

    @Test
    void aBrowsersSixthKeptTextReplacesItsOldestInsteadOfAddingARow() throws Exception {
        List<String> older = new ArrayList<>();
        for (int i = 0; i < KEPT_PER_BROWSER; i++) { // as if carried over from earlier launches in this browser
            String draft = copyOfDraft(pane.id);
            older.add(draft);
            sql("insert into pending_edit (draft_id, browser_hash, author, base_version, sections, created_at) "
                    + "values (?::uuid, ?, ?, 1, '{}'::jsonb, now() - (? || ' minutes')::interval)", draft,
                    sha256Hex(pane.flow.browserCookie), ChartFixtures.PRACTITIONER, String.valueOf(10 - i));
        }
        endSessions();
        assertThat(keepAfterSessionEnded(pane, "Typed while signed out.").statusCode()).isEqualTo(401);

        List<String> expected = new ArrayList<>(older.subList(1, KEPT_PER_BROWSER));
        expected.add(pane.id);
        assertThat(keptDrafts(pane.flow.browserCookie)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void aKeptTextLongerThanANoteCanBeIsRefusedAndNothingIsStored() throws Exception {
        endSessions();
        String tooLong = "Cough. ".repeat(15_000); // 105,000 characters
        HttpResponse<String> r = keepAfterSessionEnded(pane, tooLong);

        JsonNode body = problem(r, 413, "urn:scribe-on-fhir:problem:note-too-long");
        assertThat(body.get("detail").asText()).contains("105,000").contains("100,000");
        assertThat(keptDrafts(pane.flow.browserCookie)).isEmpty();
        // With a session the same text is refused too: a kept text is never more than a note can be.
        Pane live = Pane.open();
        live.api().header("If-Match", "\"1\"").body(Map.of("sections", Map.of(HPI, tooLong)))
                .put("/api/drafts/" + live.id).then().statusCode(413);
    }

    @Test
    void textKeptLongerAgoThanASessionLastsIsPurgedByTheNextKeep() throws Exception {
        ChartFixtures.freshLaunchableEncounter();
        Pane other = Pane.open();
        endSessions();
        keepAfterSessionEnded(pane, "Kept nine hours ago.");
        sql("update pending_edit set created_at = now() - interval '9 hours' where browser_hash = ?",
                sha256Hex(pane.flow.browserCookie));

        keepAfterSessionEnded(other, "Kept just now.");

        assertThat(keptDrafts(pane.flow.browserCookie)).isEmpty();
        assertThat(keptDrafts(other.flow.browserCookie)).containsExactly(other.id);
    }

    // --- 12: nothing a request carries can write a line of its own into the log ----------------------------

    @Test
    void aForgedPathOrParameterNeverReachesTheLogVerbatim() throws Exception {
        LaunchFlow flow = new LaunchFlow();
        flow.launch(FakeEhr.iss(), "launch-forged");
        try (CapturedLog log = CapturedLog.open()) {
            send(request("/drafts/" + FORGED, null));
            send(request("/drafts/" + FORGED, pane.flow.sessionCookie));
            send(request("/" + FORGED, null));
            send(request("/launch?iss=" + FORGED + "&launch=" + FORGED, null));
            send(request("/callback?state=" + flow.state + "&error=" + FORGED + "&error_description=" + FORGED,
                    null).header("Cookie", "scribe_browser=" + flow.browserCookie));
            send(request("/sandbox/fhir/Patient/" + FORGED, null));
            keepWithoutSession(FORGED, randomBrowserCookie(), "Kept for a forged id.");

            assertThat(log.messages()).isNotEmpty().allSatisfy(line -> assertThat(line)
                    .doesNotContain("\n", "\r", "[FORGED]", "<script>"));
            assertThat(log.messages()).anyMatch(line -> line.contains("/drafts/{id}"));
        }
    }

    // --- helpers -------------------------------------------------------------------------------------------

    private HttpResponse<String> keepWithoutSession(String draftId, String browserCookie, String text)
            throws IOException, InterruptedException {
        byte[] body = JSON.writeValueAsBytes(Map.of("sections", Map.of(HPI, text)));
        return send(request("/api/drafts/" + draftId, null).header("Cookie", "scribe_browser=" + browserCookie)
                .header("If-Match", "\"1\"").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** What a pane's autosave sends once its session has ended: both cookies, no CSRF token. */
    private HttpResponse<String> keepAfterSessionEnded(Pane p, String text) throws IOException, InterruptedException {
        byte[] body = JSON.writeValueAsBytes(Map.of("sections", Map.of(HPI, text)));
        return send(request("/api/drafts/" + p.id, null).header("Cookie", "scribe_session=" + p.flow.sessionCookie
                + "; scribe_browser=" + p.flow.browserCookie).header("If-Match", "\"1\"")
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private void endSessions() throws SQLException {
        sql("update app_session set expires_at = now() - interval '1 second' where expires_at > now()");
    }

    /** A second draft (of another encounter of the same patient): kept text needs a draft that exists. */
    private String copyOfDraft(String id) throws SQLException {
        String copy = UUID.randomUUID().toString();
        sql("insert into draft (id, iss, patient_id, encounter_id, state, version, model_draft, sections, context, "
                + "created_at, updated_at) select ?::uuid, iss, patient_id, encounter_id || '-' || ?, state, version, "
                + "model_draft, sections, context, created_at, updated_at from draft where id = ?::uuid",
                copy, copy, id);
        return copy;
    }

    private List<String> keptDrafts(String browserCookie) throws SQLException {
        List<String> out = new ArrayList<>();
        try (var c = db.getConnection(); var ps = c.prepareStatement(
                "select draft_id from pending_edit where browser_hash = ?")) {
            ps.setString(1, sha256Hex(browserCookie));
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    private void sql(String statement, String... params) throws SQLException {
        try (var c = db.getConnection(); var ps = c.prepareStatement(statement)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            assertThat(ps.executeUpdate()).isPositive();
        }
    }

    /** The path goes out exactly as written (already percent-encoded), as a browser's, with or without a session. */
    private static HttpRequest.Builder request(String path, String sessionCookie) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://localhost:18081" + path))
                .version(HttpClient.Version.HTTP_1_1).header("Accept", "text/html, application/json;q=0.9");
        return sessionCookie == null ? r : r.header("Cookie", "scribe_session=" + sessionCookie);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode problem(HttpResponse<String> r, int status, String type) throws IOException {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.path("type").asText()).isEqualTo(type);
        return body;
    }

    private static String randomBrowserCookie() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String sha256Hex(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.US_ASCII)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
