package org.scribeonfhir.ehr;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scribeonfhir.testsupport.CapturedLog;
import org.scribeonfhir.testsupport.ChartFixtures;
import org.scribeonfhir.testsupport.FakeEhr;
import org.scribeonfhir.testsupport.LaunchFlow;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** What the user sees when the EHR's FHIR API fails, one failure at a time. */
@QuarkusTest
@WithTestResource(FakeEhr.class)
class EncounterReadFailuresTest {

    String encounter;

    @BeforeEach
    void freshEhr() {
        encounter = ChartFixtures.freshLaunchableEncounter();
    }

    private Response openDraft() {
        LaunchFlow flow = new LaunchFlow();
        assertThat(flow.launch(FakeEhr.iss(), "l-1").statusCode()).isEqualTo(302);
        assertThat(flow.callback("c-1").statusCode()).isEqualTo(303);
        return given().redirects().follow(false).cookie("scribe_session", flow.sessionCookie).get("/drafts/open");
    }

    private void patientAnswers(int status) {
        FakeEhr.server().stubFor(get(urlPathEqualTo("/fhir/Patient/" + ChartFixtures.PATIENT))
                .willReturn(FakeEhr.fhir(status, """
                        {"resourceType": "OperationOutcome", "issue": [{"severity": "error", "code": "processing",
                         "diagnostics": "PHI-LIKE DETAIL Pat Fixture"}]}""")));
    }

    @Test
    void ehrThatNoLongerAcceptsTheTokenAsksForARelaunch() {
        patientAnswers(401);
        openDraft().then().statusCode(502)
                .body(containsString("The EHR no longer accepts Scribe&#39;s access"))
                .body(containsString("open Scribe again from the patient&#39;s chart"))
                .body(not(containsString("PHI-LIKE DETAIL")));
    }

    @Test
    void forbiddenReadPointsToScopes() {
        patientAnswers(403);
        openDraft().then().statusCode(502).body(containsString("The EHR did not allow this"))
                .body(containsString("scopes granted to Scribe"));
    }

    @Test
    void missingEncounterIsReported() {
        FakeEhr.server().stubFor(get(urlPathEqualTo("/fhir/Encounter/" + encounter))
                .willReturn(FakeEhr.fhir(404, "{\"resourceType\": \"OperationOutcome\"}")));
        openDraft().then().statusCode(502).body(containsString("The EHR could not find the encounter"));
    }

    @Test
    void serverErrorIsReportedWithACorrelationId() {
        patientAnswers(500);
        openDraft().then().statusCode(502)
                .header("X-Correlation-Id", org.hamcrest.Matchers.matchesPattern("[0-9a-f]{8}"))
                .body(containsString("The EHR answered HTTP 500"))
                .body(containsString("correlation id"))
                .body(not(containsString("Exception")));
    }

    @Test
    void slowEhrTimesOutWithAClearMessage() {
        FakeEhr.server().stubFor(get(urlPathEqualTo("/fhir/Patient/" + ChartFixtures.PATIENT))
                .willReturn(FakeEhr.fhir(200, ChartFixtures.patient()).withFixedDelay(3000)));
        openDraft().then().statusCode(504).body(containsString("The EHR did not answer"));
    }

    @Test
    void aSlowEhrIsLoggedAsNoAnswerWithTheStatusTheUserSaw() {
        FakeEhr.server().stubFor(get(urlPathEqualTo("/fhir/Patient/" + ChartFixtures.PATIENT))
                .willReturn(FakeEhr.fhir(200, ChartFixtures.patient()).withFixedDelay(3000)));
        try (CapturedLog log = CapturedLog.open()) {
            openDraft().then().statusCode(504);
            assertThat(log.messages()).anyMatch(line -> line.contains("the patient's record")
                    && line.contains("no answer in time") && line.contains("504"));
            assertThat(log.messages()).noneMatch(line -> line.contains("HTTP 500"));
        }
    }

    @Test
    void malformedFhirIsReported() {
        FakeEhr.server().stubFor(get(urlPathEqualTo("/fhir/Patient/" + ChartFixtures.PATIENT))
                .willReturn(FakeEhr.fhir(200, "{\"resourceType\": \"Patient\", \"birthDate\": {\"not\": \"a date\"")));
        openDraft().then().statusCode(502).body(containsString("The EHR sent data we could not read"));
    }

    @Test
    void connectionDroppedMidAnswerIsReported() {
        FakeEhr.server().stubFor(get(urlPathEqualTo("/fhir/Patient/" + ChartFixtures.PATIENT))
                .willReturn(aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)));
        openDraft().then().statusCode(504).body(containsString("The EHR did not answer"));
    }

    @Test
    void encounterOfAnotherPatientIsRefused() {
        FakeEhr.server().stubFor(get(urlPathEqualTo("/fhir/Encounter/" + encounter))
                .willReturn(FakeEhr.fhir(200, ChartFixtures.encounter(encounter, "someone-else"))));
        openDraft().then().statusCode(409).body(containsString("The encounter belongs to another patient"));
    }

    @Test
    void failingOptionalReadStillDraftsAndSaysWhatIsMissing() {
        FakeEhr.server().stubFor(get(urlPathEqualTo("/fhir/Observation"))
                .withQueryParam("category", com.github.tomakehurst.wiremock.client.WireMock.equalTo("laboratory"))
                .willReturn(FakeEhr.fhir(500, "{}")));
        LaunchFlow flow = new LaunchFlow();
        String draft = flow.launchToDraft(FakeEhr.iss());
        given().cookie("scribe_session", flow.sessionCookie).get(draft).then().statusCode(200)
                .body(containsString("Could not read lab results from the EHR (HTTP 500)"))
                .body(containsString("128/82 mmHg"))
                .body(not(containsString("Hemoglobin A1c")));
    }

    @Test
    void encounterWithoutTranscriptOffersPasteAndUpload() {
        ChartFixtures.stubTranscript(encounter, null);
        LaunchFlow flow = new LaunchFlow();
        String draft = flow.launchToDraft(FakeEhr.iss());
        given().cookie("scribe_session", flow.sessionCookie).get(draft).then().statusCode(200)
                .body(containsString("The EHR has no transcript for this encounter"))
                .body(containsString("Paste or upload a transcript"))
                .body(containsString("No transcript yet."));
    }

    @Test
    void transcriptTheModelCannotReadGivesAChartOnlyDraftThatSaysWhy() {
        ChartFixtures.stubTranscript(encounter, "hello pat what brings you in\nmy knee hurts since friday");
        LaunchFlow flow = new LaunchFlow();
        String draft = flow.launchToDraft(FakeEhr.iss());
        given().cookie("scribe_session", flow.sessionCookie).get(draft).then().statusCode(200)
                .body(containsString("The transcript was not used for this draft: The transcript has no speaker turns."))
                .body(containsString("128/82 mmHg"))
                .body(containsString("my knee hurts since friday"));
    }

    @Test
    void transcriptOverOneMegabyteIsNotLoaded() {
        String huge = "[doctor] " + "x".repeat(1_100_000);
        ChartFixtures.stubTranscript(encounter, huge);
        LaunchFlow flow = new LaunchFlow();
        String draft = flow.launchToDraft(FakeEhr.iss());
        given().cookie("scribe_session", flow.sessionCookie).get(draft).then().statusCode(200)
                .body(containsString("The visit transcript is too large to draft from (1.0 MB; the limit is 1.0 MB)"))
                .body(containsString("No transcript yet."));
    }
}
