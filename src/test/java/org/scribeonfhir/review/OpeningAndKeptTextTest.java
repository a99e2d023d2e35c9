package org.scribeonfhir.review;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.sql.Connection;
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

/**
 * Who a draft's text belongs to: opening a draft is not saving it, and text typed after a session ended is
 * applied only for the person who typed it.
 */
@QuarkusTest
@WithTestResource(FakeEhr.class)
class OpeningAndKeptTextTest {

    static final String HPI = "HISTORY OF PRESENT ILLNESS";
    static final String COLLEAGUE = "Practitioner/fx-covering-2";

    @Inject
    DataSource db;

    String encounter;
    Pane scribe;

    @BeforeEach
    void launched() {
        encounter = ChartFixtures.freshLaunchableEncounter();
        scribe = Pane.open();
    }

    @Test
    void aColleagueOpeningTheDraftCreatesNoVersionAndTheFirstPersonsNextSaveLands() {
        scribe.api().header("If-Match", "\"1\"").body(Map.of("sections", Map.of(HPI, "Scribe's HPI.")))
                .put("/api/drafts/" + scribe.id).then().statusCode(200).header("ETag", "\"2\"");
        String savedAt = scribe.api().get("/api/drafts/" + scribe.id).then().extract().path("updatedAt");

        Pane colleague = openAs(COLLEAGUE);
        assertThat(colleague.draft).isEqualTo(scribe.draft);
        colleague.api().get("/api/drafts/" + colleague.id).then().statusCode(200)
                .body("version", equalTo(2))
                .body("updatedBy", equalTo(ChartFixtures.PRACTITIONER))
                .body("updatedAt", equalTo(savedAt));

        scribe.api().header("If-Match", "\"2\"").body(Map.of("sections", Map.of(HPI, "Scribe's HPI, finished.")))
                .put("/api/drafts/" + scribe.id).then().statusCode(200).header("ETag", "\"3\"")
                .body("updatedBy", equalTo(ChartFixtures.PRACTITIONER));
        scribe.browser().get(scribe.draft + "/versions").then().body(not(containsString("Version 4")));
    }

    @Test
    void textKeptForOnePractitionerIsNotAppliedWhenAnotherLaunchesInTheSameBrowser() throws Exception {
        expireSessions();
        scribe.form(1, Map.of(1, "Typed by the scribe while signed out.")).post(scribe.draft).then().statusCode(401)
                .body(containsString("your text is kept"));

        LaunchFlow colleague = launchInSameBrowser(COLLEAGUE, "l-c", "c-c");
        given().cookie("scribe_session", colleague.sessionCookie).cookie("scribe_browser", colleague.browserCookie)
                .get(scribe.draft).then().statusCode(200)
                .body(containsString("Text typed by " + ChartFixtures.PRACTITIONER))
                .body(containsString("was not applied"))
                .body(not(containsString(">Typed by the scribe while signed out.</textarea>")));
        assertThat(keptRows()).isEqualTo(1);

        LaunchFlow author = launchInSameBrowser(ChartFixtures.PRACTITIONER, "l-a", "c-a");
        given().cookie("scribe_session", author.sessionCookie).cookie("scribe_browser", author.browserCookie)
                .get(scribe.draft).then().statusCode(200)
                .body(containsString("The text you typed while signed out was saved into the draft."))
                .body(containsString(">Typed by the scribe while signed out.</textarea>"));
        assertThat(keptRows()).isZero();
    }

    @Test
    void textSentWithoutAnEndedSessionOfThisVisitIsNotKept() throws Exception {
        scribeSessionCookieForgotten();
        scribe.form(1, Map.of(1, "Sent by a browser that never launched this visit.")).post(scribe.draft).then()
                .statusCode(401)
                .body(not(containsString("your text is kept")))
                .body(containsString("Sent by a browser that never launched this visit."));
        assertThat(keptRows()).isZero();
    }

    private Pane openAs(String practitioner) {
        FakeEhr.server().resetAll();
        FakeEhr.stubSmart(ChartFixtures.PATIENT, encounter, practitioner);
        ChartFixtures.stubChart(encounter);
        return Pane.open();
    }

    /** A launch that reuses the scribe's browser (its cookie) but signs in as {@code practitioner}. */
    private LaunchFlow launchInSameBrowser(String practitioner, String launch, String code) {
        FakeEhr.stubSmart(ChartFixtures.PATIENT, encounter, practitioner);
        LaunchFlow flow = new LaunchFlow();
        flow.browserCookie = scribe.flow.browserCookie;
        flow.launch(FakeEhr.iss(), launch);
        flow.callback(code);
        scribe.flow.browserCookie = flow.browserCookie;
        return flow;
    }

    private void scribeSessionCookieForgotten() {
        scribe.flow.sessionCookie = null;
    }

    private void expireSessions() throws Exception {
        try (Connection c = db.getConnection(); var ps = c.prepareStatement(
                "update app_session set expires_at = now() - interval '1 second'")) {
            ps.executeUpdate();
        }
    }

    private int keptRows() throws Exception {
        try (Connection c = db.getConnection(); var ps = c.prepareStatement(
                "select count(*) from pending_edit where draft_id = ?::uuid")) {
            ps.setString(1, scribe.id);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
