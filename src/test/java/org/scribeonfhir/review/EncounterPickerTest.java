package org.scribeonfhir.review;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scribeonfhir.testsupport.ChartFixtures;
import org.scribeonfhir.testsupport.FakeEhr;
import org.scribeonfhir.testsupport.LaunchFlow;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** A launch with a patient but no encounter: the user chooses the visit, and only a visit of that patient. */
@QuarkusTest
@WithTestResource(FakeEhr.class)
class EncounterPickerTest {

    static final String PATIENT = ChartFixtures.PATIENT;

    @Inject
    DataSource db;

    String current;
    String past;
    LaunchFlow flow;

    @BeforeEach
    void launchedWithoutAnEncounter() {
        FakeEhr.server().resetAll();
        current = ChartFixtures.newEncounter();
        past = ChartFixtures.newEncounter();
        FakeEhr.stubSmart(PATIENT, null, ChartFixtures.PRACTITIONER);
        ChartFixtures.stubChart(current);
        flow = new LaunchFlow();
        assertThat(flow.launch(FakeEhr.iss(), "launch-1").statusCode()).isEqualTo(302);
        assertThat(flow.callback("code-1").statusCode()).isEqualTo(303);
    }

    @Test
    void launchWithoutEncounterShowsThePatientsVisitsToChooseFrom() {
        ehrLists(visit(past, PATIENT, "finished", "2026-10-02T14:30:00-05:00", "Office visit", "Blood pressure check"),
                visit(current, PATIENT, "in-progress", "2026-11-20T09:00:00-05:00", null, "Dry cough"),
                visit("fx-enc-stray", "someone-else", "in-progress", "2026-11-21", "Stray visit", null),
                visit("fx-enc-error", PATIENT, "entered-in-error", "2026-11-19", "Mistaken visit", null));

        assertThat(redirectOf(browser().get("/drafts/open"))).isEqualTo("/encounters");
        String page = browser().get("/encounters").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body(containsString("Which visit is this note for?"))
                .body(containsString("2026-11-20 09:00")).body(containsString("Ambulatory"))
                .body(containsString("In Progress")).body(containsString("Dry cough"))
                .body(containsString("2026-10-02 14:30")).body(containsString("Office visit"))
                .body(containsString("Finished")).body(containsString("Blood pressure check"))
                .body(not(containsString("fx-enc-stray"))).body(not(containsString("Mistaken visit")))
                .extract().asString();
        assertThat(page.indexOf(current)).as("the visit in progress comes first").isLessThan(page.indexOf(past));
        assertThat(page).contains("name=\"csrf\" value=\"" + LaunchFlow.csrf(page) + "\"");
        FakeEhr.server().verify(1, getRequestedFor(urlPathEqualTo("/fhir/Encounter"))
                .withQueryParam("patient", equalTo(PATIENT)).withQueryParam("_sort", equalTo("-date"))
                .withQueryParam("_count", equalTo("20")).withHeader("Authorization", matching("Bearer SECRET-at-.+")));
    }

    @Test
    void choosingAVisitOpensItsDraft() throws Exception {
        ehrLists(visit(current, PATIENT, "in-progress", "2026-11-20T09:00:00-05:00", null, "Dry cough"),
                visit(past, PATIENT, "finished", "2026-10-02", "Office visit", null));
        String csrf = pickerCsrf();

        Response chosen = choose(csrf, current);
        assertThat(chosen.statusCode()).isEqualTo(303);
        assertThat(redirectOf(chosen)).isEqualTo("/drafts/open");
        String draft = redirectOf(browser().get("/drafts/open"));
        assertThat(draft).matches("/drafts/[0-9a-f-]{36}");
        browser().get(draft).then().statusCode(200)
                .body(containsString("Encounter " + current))
                .body(containsString("128/82 mmHg"))
                .body(containsString("Essential hypertension"));
        assertThat(sessionEncounter()).isEqualTo(current);

        // The visit is now the launch's: the picker sends back to it, and no other visit can be chosen.
        assertThat(redirectOf(browser().get("/encounters"))).isEqualTo("/drafts/open");
        choose(csrf, past).then().statusCode(409).body(containsString("This launch already has a visit"));
        assertThat(sessionEncounter()).isEqualTo(current);
    }

    @Test
    void aVisitOfAnotherPatientIsRefused() throws Exception {
        String forged = "fx-enc-forged";
        FakeEhr.server().stubFor(get(urlPathEqualTo("/fhir/Encounter/" + forged))
                .willReturn(FakeEhr.fhir(200, visit(forged, "someone-else", "in-progress", "2026-11-20", null, null))));
        ehrLists(visit(current, PATIENT, "in-progress", "2026-11-20", null, null));

        choose(pickerCsrf(), forged).then().statusCode(403)
                .header("X-Correlation-Id", matchesPattern("[0-9a-f]{8}"))
                .body(containsString("belongs to another"))
                .body(containsString("href=\"/encounters\""));
        FakeEhr.server().verify(1, getRequestedFor(urlPathEqualTo("/fhir/Encounter/" + forged)));
        assertThat(sessionEncounter()).isNull();
        assertThat(redirectOf(browser().get("/drafts/open"))).isEqualTo("/encounters");
    }

    @Test
    void aMalformedVisitIdIsRefusedWithoutAskingTheEhr() throws Exception {
        ehrLists(visit(current, PATIENT, "in-progress", "2026-11-20", null, null));

        choose(pickerCsrf(), "../Patient/" + PATIENT).then().statusCode(400)
                .body(containsString("That is not a visit Scribe can open"));
        FakeEhr.server().verify(0, getRequestedFor(urlMatching("/fhir/(Encounter|Patient)/.*")));
        assertThat(sessionEncounter()).isNull();
    }

    @Test
    void choosingWithoutTheCsrfTokenIsRefused() throws Exception {
        ehrLists(visit(current, PATIENT, "in-progress", "2026-11-20", null, null));

        browser().contentType("application/x-www-form-urlencoded").formParam("encounter", current)
                .post("/encounters/choose").then().statusCode(403)
                .body(containsString("This form could not be accepted"));
        choose("not-the-token", current).then().statusCode(403);
        FakeEhr.server().verify(0, getRequestedFor(urlPathEqualTo("/fhir/Encounter/" + current)));
        assertThat(sessionEncounter()).isNull();
    }

    @Test
    void aPatientWithNoVisitsGetsAClearPage() {
        ehrLists();

        browser().get("/encounters").then().statusCode(200)
                .body(containsString("No visits to choose from"))
                .body(containsString("has no visits for this patient"))
                .body(containsString("Open Scribe from within a visit in the EHR, or create the visit first."))
                .body(not(containsString("<form")));
    }

    @Test
    void aPatientWithMoreVisitsThanShownIsToldWhereToFindTheirs() {
        String firstPage = ChartFixtures.bundle(visit(current, PATIENT, "in-progress", "2026-11-20", null, null))
                .replaceFirst("\\{", "{\"link\": [{\"relation\": \"next\", \"url\": \""
                        + FakeEhr.iss() + "/Encounter?page=2\"}], ");
        FakeEhr.server().stubFor(get(urlPathEqualTo("/fhir/Encounter")).willReturn(FakeEhr.fhir(200, firstPage)));

        browser().get("/encounters").then().statusCode(200)
                .body(containsString(current))
                .body(containsString("Scribe lists at most 20 visits, and this patient has more. If yours is not "
                        + "here, open Scribe from within that visit in the EHR."));
    }

    @Test
    void theEhrFailingToListVisitsGetsAClearPage() {
        FakeEhr.server().stubFor(get(urlPathEqualTo("/fhir/Encounter")).willReturn(FakeEhr.fhir(500, """
                {"resourceType": "OperationOutcome", "issue": [{"severity": "error", "code": "processing",
                 "diagnostics": "PHI-LIKE DETAIL Pat Fixture"}]}""")));

        browser().get("/encounters").then().statusCode(502)
                .header("X-Correlation-Id", matchesPattern("[0-9a-f]{8}"))
                .body(containsString("The EHR had a problem"))
                .body(containsString("The EHR answered HTTP 500 when we asked for the patient&#39;s visits"))
                .body(containsString("correlation id"))
                .body(not(containsString("PHI-LIKE DETAIL")))
                .body(not(containsString("Exception")));
    }

    @Test
    void anEhrThatCannotSortVisitsIsAskedAgainAndTheyAreSortedHere() {
        FakeEhr.server().stubFor(get(urlPathEqualTo("/fhir/Encounter")).withQueryParam("_sort", matching(".+"))
                .willReturn(FakeEhr.fhir(400, "{\"resourceType\": \"OperationOutcome\"}")));
        FakeEhr.server().stubFor(get(urlPathEqualTo("/fhir/Encounter")).withQueryParam("_sort", absent())
                .withQueryParam("patient", equalTo(PATIENT))
                .willReturn(FakeEhr.fhir(200, ChartFixtures.bundle(
                        visit("fx-enc-old", PATIENT, "finished", "2025-03-01", "Annual exam", null),
                        visit(past, PATIENT, "finished", "2026-10-02", "Office visit", null),
                        visit(current, PATIENT, "arrived", "2026-11-20", "Same-day visit", null)))));

        String page = browser().get("/encounters").then().statusCode(200).extract().asString();
        assertThat(page.indexOf(current)).isLessThan(page.indexOf(past));
        assertThat(page.indexOf(past)).isLessThan(page.indexOf("fx-enc-old"));
    }

    @Test
    void aLaunchWithAnEncounterCannotSwitchToAnother() throws Exception {
        ChartFixtures.freshLaunchableEncounter();
        flow = new LaunchFlow();
        String draft = flow.launchToDraft(FakeEhr.iss());
        String launched = sessionEncounter();
        String csrf = LaunchFlow.csrf(browser().get(draft).asString());

        assertThat(redirectOf(browser().get("/encounters"))).isEqualTo("/drafts/open");
        choose(csrf, past).then().statusCode(409).body(containsString("This launch already has a visit"));
        assertThat(sessionEncounter()).isEqualTo(launched).isNotNull();
    }

    private RequestSpecification browser() {
        return given().redirects().follow(false).cookie("scribe_session", flow.sessionCookie);
    }

    private Response choose(String csrf, String encounter) {
        return browser().contentType("application/x-www-form-urlencoded").formParam("csrf", csrf)
                .formParam("encounter", encounter).post("/encounters/choose");
    }

    private String pickerCsrf() {
        return LaunchFlow.csrf(browser().get("/encounters").then().statusCode(200).extract().asString());
    }

    private static String redirectOf(Response r) {
        assertThat(r.statusCode()).as(r.body().asString()).isEqualTo(303);
        return URI.create(r.header("Location")).getPath();
    }

    private String sessionEncounter() throws Exception {
        String idHash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(flow.sessionCookie.getBytes(StandardCharsets.US_ASCII)));
        try (var c = db.getConnection();
                var ps = c.prepareStatement("select encounter_id from app_session where id_hash = ?")) {
            ps.setString(1, idHash);
            try (var rs = ps.executeQuery()) {
                assertThat(rs.next()).as("the session row").isTrue();
                return rs.getString(1);
            }
        }
    }

    private static void ehrLists(String... encounters) {
        FakeEhr.server().stubFor(get(urlPathEqualTo("/fhir/Encounter")).withQueryParam("patient", equalTo(PATIENT))
                .willReturn(FakeEhr.fhir(200, ChartFixtures.bundle(encounters))));
    }

    /** An encounter as an EHR lists it; without a type, the picker names it by its class (ambulatory). */
    private static String visit(String id, String patient, String status, String start, String type, String reason) {
        return """
                {"resourceType": "Encounter", "id": "%s", "status": "%s",
                 "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "AMB"},
                 %s "subject": {"reference": "Patient/%s"}, "period": {"start": "%s"}%s}
                """.formatted(id, status, type == null ? "" : "\"type\": [{\"text\": \"" + type + "\"}],", patient,
                start, reason == null ? "" : ", \"reasonCode\": [{\"text\": \"" + reason + "\"}]");
    }
}
