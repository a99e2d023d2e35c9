package org.scribeonfhir.review;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scribeonfhir.testsupport.ChartFixtures;
import org.scribeonfhir.testsupport.FakeEhr;
import org.scribeonfhir.testsupport.LaunchFlow;
import org.scribeonfhir.testsupport.Pane;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The review workflow against real PostgreSQL: states, versions, the JSON API, roles, kept text, outages. */
@QuarkusTest
@WithTestResource(FakeEhr.class)
class DraftWorkflowTest {

    static final String HPI = "HISTORY OF PRESENT ILLNESS";

    @Inject
    DataSource db;

    String encounter;
    Pane pane;

    @BeforeEach
    void launched() {
        encounter = ChartFixtures.freshLaunchableEncounter();
        pane = Pane.open();
    }

    private void ehrAcceptsNotes() {
        FakeEhr.server().stubFor(post(urlPathEqualTo("/fhir/DocumentReference")).willReturn(aResponse()
                .withStatus(201).withHeader("Location", FakeEhr.iss() + "/DocumentReference/note-9/_history/1")));
    }

    @Test
    void draftMovesFromDraftedToEditedToReadyToWrittenAndKeepsEveryVersion() {
        pane.api().get("/api/drafts/" + pane.id).then().statusCode(200).header("ETag", "\"1\"")
                .body("state", equalTo("drafted")).body("version", equalTo(1));

        pane.api().header("If-Match", "\"1\"").body(Map.of("sections", Map.of(HPI, "Dry cough for two weeks.")))
                .put("/api/drafts/" + pane.id).then().statusCode(200).header("ETag", "\"2\"")
                .body("state", equalTo("edited"))
                .body("sections.find { it.header == 'HISTORY OF PRESENT ILLNESS' }.text", equalTo("Dry cough for two weeks."))
                .body("sections.find { it.header == 'HISTORY OF PRESENT ILLNESS' }.added", hasItem("Dry cough for two weeks."))
                .body("sections.find { it.header == 'CHIEF COMPLAINT' }.text", equalTo("Dry cough for 2 weeks."));

        pane.api().header("If-Match", "\"2\"").body(Map.of()).post("/api/drafts/" + pane.id + "/ready")
                .then().statusCode(200).body("state", equalTo("ready-for-signature"))
                .body("readyBy", equalTo(ChartFixtures.PRACTITIONER));

        ehrAcceptsNotes();
        pane.api().header("If-Match", "\"2\"").body(Map.of("attest", true, "confirmUnreviewed", true))
                .post("/api/drafts/" + pane.id + "/sign")
                .then().statusCode(200).body("state", equalTo("written"))
                .body("writtenReference", equalTo("DocumentReference/note-9"));

        pane.browser().get(pane.draft + "/versions").then().statusCode(200)
                .body(containsString("Version 2 · edited"))
                .body(containsString("changed: HISTORY OF PRESENT ILLNESS"))
                .body(containsString("Version 1 · drafted by the model"));
        pane.api().header("If-Match", "\"2\"").body(Map.of("sections", Map.of(HPI, "too late")))
                .put("/api/drafts/" + pane.id).then().statusCode(409);
    }

    @Test
    void openApiDocumentsTheDraftApiAndNotThePagesOrTheSandbox() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/drafts/{id}'.put.summary", containsString("Save the text"))
                .body("paths.'/api/drafts/{id}/sign'.post.summary", containsString("sign"))
                .body("paths.keySet()", not(hasItem("/sandbox/launch")))
                .body("paths.keySet()", not(hasItem("/drafts/{id}")));
    }

    @Test
    void apiRefusesChangesWithoutIfMatchWithAStaleVersionOrWithoutTheCsrfHeader() {
        pane.api().body(Map.of("sections", Map.of(HPI, "x"))).put("/api/drafts/" + pane.id)
                .then().statusCode(428).contentType("application/problem+json")
                .body("type", equalTo("urn:scribe-on-fhir:problem:if-match-required"));

        pane.api().header("If-Match", "\"1\"").body(Map.of("sections", Map.of(HPI, "first")))
                .put("/api/drafts/" + pane.id).then().statusCode(200);
        pane.api().header("If-Match", "\"1\"").body(Map.of("sections", Map.of(HPI, "second, on a stale version")))
                .put("/api/drafts/" + pane.id).then().statusCode(409).header("ETag", "\"2\"")
                .body("current.version", equalTo(2))
                .body("current.sections.find { it.header == 'HISTORY OF PRESENT ILLNESS' }.text", equalTo("first"))
                .body("yours.'HISTORY OF PRESENT ILLNESS'", equalTo("second, on a stale version"));

        pane.browser().contentType("application/json").header("If-Match", "\"2\"")
                .body(Map.of("sections", Map.of(HPI, "no csrf"))).put("/api/drafts/" + pane.id)
                .then().statusCode(403);
        pane.api().get("/api/drafts/" + pane.id).then().body("version", equalTo(2));
    }

    @Test
    void draftOfAnotherPatientOrIssuerIsNotFoundNeverShown() {
        FakeEhr.server().resetAll();
        String other = ChartFixtures.newEncounter();
        FakeEhr.stubSmart("someone-else", other, ChartFixtures.PRACTITIONER);
        ChartFixtures.stubChart(other);
        LaunchFlow intruder = new LaunchFlow();
        intruder.launch(FakeEhr.iss(), "l-2");
        intruder.callback("c-2");
        given().cookie("scribe_session", intruder.sessionCookie).accept("application/json")
                .get("/api/drafts/" + pane.id).then().statusCode(404)
                .body(not(containsString("Pat Fixture")));
        given().cookie("scribe_session", intruder.sessionCookie).get(pane.draft + "/versions").then().statusCode(404);

        // Same patient and encounter ids, but launched by another EHR (issuer): still not this draft.
        FakeEhr.stubSmart("/secret", ChartFixtures.PATIENT, encounter, ChartFixtures.PRACTITIONER);
        LaunchFlow otherEhr = new LaunchFlow();
        otherEhr.launch(FakeEhr.base() + "/secret/fhir", "l-5");
        otherEhr.callback("c-5");
        given().cookie("scribe_session", otherEhr.sessionCookie).accept("application/json")
                .get("/api/drafts/" + pane.id).then().statusCode(404);
    }

    @Test
    void onlyTheAttendingPractitionerMaySign() {
        FakeEhr.server().resetAll();
        FakeEhr.stubSmart(ChartFixtures.PATIENT, encounter, "Practitioner/fx-covering-2");
        ChartFixtures.stubChart(encounter);
        Pane covering = Pane.open();
        assertThat(covering.draft).isEqualTo(pane.draft);
        covering.api().get("/api/drafts/" + covering.id).then().body("canSign", equalTo(false))
                .body("signerHint", containsString("attending clinician"));
        covering.page().then().body(containsString("Mark ready for signature"))
                .body(not(containsString("Sign and write to chart")));
        ehrAcceptsNotes();
        covering.api().header("If-Match", "\"1\"").body(Map.of()).post("/api/drafts/" + covering.id + "/sign")
                .then().statusCode(403).body("type", equalTo("urn:scribe-on-fhir:problem:not-a-signer"));
        FakeEhr.server().verify(0, postRequestedFor(urlPathEqualTo("/fhir/DocumentReference")));
    }

    @Test
    void regenerateReplacesTheTextButKeepsTheEditsInTheHistory() {
        pane.form(1, Map.of(1, "Scribe's careful HPI.")).post(pane.draft).then().statusCode(303);
        pane.browser().get(pane.draft + "/regenerate").then().statusCode(200)
                .body(containsString("Regenerate the draft?")).body(containsString("stays in the\n    draft"));
        String back = pane.browser().contentType("application/x-www-form-urlencoded").formParam("csrf", pane.csrf)
                .post(pane.draft + "/regenerate").then().statusCode(303).extract().header("Location");
        pane.browser().get(java.net.URI.create(back).getPath() + "?" + java.net.URI.create(back).getQuery()).then()
                .body(containsString("previous text is in the version history"))
                .body(not(containsString(">Scribe&#39;s careful HPI.</textarea>")));
        pane.browser().get(pane.draft + "/versions").then()
                .body(containsString("Version 3 · regenerated by the model"))
                .body(containsString("Scribe&#39;s careful HPI."));
    }

    @Test
    void signingStoresHowMuchTheClinicianChangedEachSection() throws Exception {
        // Without a transcript the draft holds the chart's statements only, which fixes the counts below.
        encounter = ChartFixtures.freshLaunchableEncounter();
        ChartFixtures.stubTranscript(encounter, null);
        pane = Pane.open();
        ehrAcceptsNotes();
        pane.form(1, Map.of(0, "Dry cough for two weeks.", 1, "abc",
                3, "• Blood pressure: 128/82 mmHg.", 4, "Hemoglobin A1c: 6.1% (high), 2026-11-02.",
                5, "Essential hypertension (I10).\nAllergy: Penicillin (hives; high criticality).\nReturn in 2 weeks."))
                .formParam("attest", "yes").post(pane.draft + "/sign").then().statusCode(303);
        List<String> rows = new ArrayList<>();
        try (Connection c = db.getConnection(); var ps = c.prepareStatement("select section, edit_distance, "
                + "statements_drafted, statements_deleted, statements_added, launch_to_sign_ms >= 0 from draft_metrics "
                + "where draft_id = ?::uuid order by section")) {
            ps.setString(1, pane.id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1) + " d=" + rs.getInt(2) + " drafted=" + rs.getInt(3) + " deleted="
                            + rs.getInt(4) + " added=" + rs.getInt(5) + " timed=" + rs.getBoolean(6));
                }
            }
        }
        // HPI: the four chart statements (opening, problems, medications, allergies; 275 characters) replaced by
        // "abc"; A&P: nothing drafted without a conversation, three lines typed (95 characters).
        assertThat(rows).containsExactly(
                "ASSESSMENT AND PLAN d=95 drafted=0 deleted=0 added=3 timed=true",
                "CHIEF COMPLAINT d=0 drafted=1 deleted=0 added=0 timed=true",
                "HISTORY OF PRESENT ILLNESS d=275 drafted=4 deleted=4 added=1 timed=true",
                "PHYSICAL EXAM d=0 drafted=1 deleted=0 added=0 timed=true",
                "RESULTS d=0 drafted=1 deleted=0 added=0 timed=true",
                "REVIEW OF SYSTEMS d=0 drafted=0 deleted=0 added=0 timed=true");
    }

    @Test
    void textTypedAfterTheSessionEndedIsSavedAfterTheNextLaunchFromTheSameBrowser() throws Exception {
        expireSessions();
        pane.form(1, Map.of(1, "Typed while signed out.")).post(pane.draft).then().statusCode(401)
                .body(containsString("your text is kept"))
                .body(containsString("Typed while signed out."));

        LaunchFlow again = new LaunchFlow();
        again.browserCookie = pane.flow.browserCookie;
        FakeEhr.stubSmart(ChartFixtures.PATIENT, encounter, ChartFixtures.PRACTITIONER);
        again.launch(FakeEhr.iss(), "l-3");
        again.callback("c-3");
        given().cookie("scribe_session", again.sessionCookie).cookie("scribe_browser", again.browserCookie)
                .get(pane.draft).then().statusCode(200)
                .body(containsString("The text you typed while signed out was saved into the draft."))
                .body(containsString(">Typed while signed out.</textarea>"));
    }

    @Test
    void keptTextThatMeetsNewerTextIsShownBesideItNotSaved() throws Exception {
        expireSessions();
        pane.api().header("If-Match", "\"1\"").body(Map.of("sections", Map.of(HPI, "Autosaved after expiry.")))
                .put("/api/drafts/" + pane.id).then().statusCode(401)
                .body("type", equalTo("urn:scribe-on-fhir:problem:no-session-text-kept"));

        Pane colleague = Pane.open();
        colleague.form(1, Map.of(1, "Colleague saved meanwhile.")).post(colleague.draft).then().statusCode(303);

        LaunchFlow again = new LaunchFlow();
        again.browserCookie = pane.flow.browserCookie;
        again.launch(FakeEhr.iss(), "l-4");
        again.callback("c-4");
        given().cookie("scribe_session", again.sessionCookie).cookie("scribe_browser", again.browserCookie)
                .get(pane.draft).then().statusCode(409)
                .body(containsString("Someone else saved this draft while you were editing"))
                .body(containsString("Autosaved after expiry."))
                .body(containsString(">Colleague saved meanwhile.</textarea>"));
    }

    @Test
    void databaseOutageShowsTheTypedTextAndWritesNothingHalfway() throws Exception {
        String url;
        try (Connection c = db.getConnection()) {
            url = c.getMetaData().getURL().replace("/postgres", "/template1");
        }
        try (Connection admin = DriverManager.getConnection(url, "postgres", "")) {
            admin.createStatement().execute("alter database postgres allow_connections false");
            admin.createStatement().execute("select pg_terminate_backend(pid) from pg_stat_activity "
                    + "where datname = 'postgres' and pid <> pg_backend_pid()");
            try {
                pane.form(1, Map.of(1, "Typed during the outage.")).post(pane.draft).then().statusCode(503)
                        .body(containsString("Scribe cannot reach its database"))
                        .body(containsString("Typed during the outage."));
            } finally {
                admin.createStatement().execute("alter database postgres allow_connections true");
            }
        }
        pane.api().get("/api/drafts/" + pane.id).then().statusCode(200).body("version", equalTo(1))
                .body("sections.find { it.header == 'HISTORY OF PRESENT ILLNESS' }.text",
                        not(containsString("Typed during the outage.")));
        pane.form(1, Map.of(1, "Typed after the outage.")).post(pane.draft).then().statusCode(303);
    }

    private void expireSessions() throws Exception {
        try (Connection c = db.getConnection(); var ps = c.prepareStatement(
                "update app_session set expires_at = now() - interval '1 second'")) {
            ps.executeUpdate();
        }
    }
}
