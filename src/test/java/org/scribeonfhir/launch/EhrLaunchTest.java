package org.scribeonfhir.launch;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scribeonfhir.testsupport.ChartFixtures;
import org.scribeonfhir.testsupport.FakeEhr;
import org.scribeonfhir.testsupport.LaunchFlow;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(FakeEhr.class)
class EhrLaunchTest {

    @Inject
    DataSource db;

    String encounter;

    @BeforeEach
    void freshEhr() {
        encounter = ChartFixtures.freshLaunchableEncounter();
    }

    @Test
    void ehrLaunchRedirectsToAuthorizeWithPkceStateAudienceAndLaunchId() throws Exception {
        LaunchFlow flow = new LaunchFlow();
        Response r = flow.launch(FakeEhr.iss(), "launch-abc");

        assertThat(r.statusCode()).isEqualTo(302);
        String location = r.header("Location");
        assertThat(location).startsWith(FakeEhr.base() + "/authorize?");
        Map<String, String> q = LaunchFlow.query(location);
        assertThat(q).containsEntry("response_type", "code")
                .containsEntry("client_id", FakeEhr.CLIENT_ID)
                .containsEntry("redirect_uri", "http://localhost:18081/callback")
                .containsEntry("aud", FakeEhr.iss())
                .containsEntry("launch", "launch-abc")
                .containsEntry("code_challenge_method", "S256");
        assertThat(q.get("scope").split(" ")).contains("launch", "openid", "fhirUser", "patient/*.rs",
                "user/DocumentReference.c");
        // >= 128 bits of randomness: 32 random bytes, base64url.
        assertThat(Base64.getUrlDecoder().decode(q.get("state"))).hasSize(32);
        assertThat(Base64.getUrlDecoder().decode(q.get("code_challenge"))).hasSize(32);
        assertThat(LaunchFlow.setCookieHeader(r, "scribe_browser"))
                .contains("HttpOnly", "Secure", "SameSite=None", "Path=/");
    }

    @Test
    void aLaunchWithoutPermissionToWriteNotesSaysSoInThePane() {
        FakeEhr.stubToken(200, FakeEhr.tokenResponse(ChartFixtures.PATIENT, encounter, ChartFixtures.PRACTITIONER, 3600)
                .replace("user/DocumentReference.c", "user/Observation.rs"));
        LaunchFlow flow = new LaunchFlow();
        String draft = flow.launchToDraft(FakeEhr.iss());
        io.restassured.RestAssured.given().cookie("scribe_session", flow.sessionCookie).get(draft).then()
                .statusCode(200)
                .body(org.hamcrest.Matchers.containsString("The EHR did not give Scribe permission to write notes"))
                .body(org.hamcrest.Matchers.containsString("user/Observation.rs"));
    }

    @Test
    void aLaunchAllowedToWriteNotesHasNoPermissionWarning() {
        LaunchFlow flow = new LaunchFlow();
        String draft = flow.launchToDraft(FakeEhr.iss());
        io.restassured.RestAssured.given().cookie("scribe_session", flow.sessionCookie).get(draft).then()
                .statusCode(200)
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("permission to write notes")));
    }

    @Test
    void fullEhrLaunchExchangesTheCodeWithItsVerifierAndOpensThePatientsDraft() throws Exception {
        LaunchFlow flow = new LaunchFlow();
        flow.launch(FakeEhr.iss(), "launch-abc");
        Response callback = flow.callback("code-xyz");

        assertThat(callback.statusCode()).isEqualTo(303);
        assertThat(URI.create(callback.header("Location")).getPath()).isEqualTo("/drafts/open");
        assertThat(LaunchFlow.setCookieHeader(callback, "scribe_session"))
                .contains("HttpOnly", "Secure", "SameSite=None", "Partitioned");

        LoggedRequest token = FakeEhr.server().findAll(postRequestedFor(urlPathEqualTo("/token"))).get(0);
        Map<String, String> form = LaunchFlow.query("http://x/?" + token.getBodyAsString());
        assertThat(form).containsEntry("grant_type", "authorization_code")
                .containsEntry("code", "code-xyz")
                .containsEntry("redirect_uri", "http://localhost:18081/callback")
                .containsEntry("client_id", FakeEhr.CLIENT_ID);
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(form.get("code_verifier").getBytes(StandardCharsets.US_ASCII)));
        assertThat(challenge).isEqualTo(flow.codeChallenge);

        String draft = given().redirects().follow(false).cookie("scribe_session", flow.sessionCookie)
                .get("/drafts/open").then().statusCode(303).extract().header("Location");
        given().cookie("scribe_session", flow.sessionCookie).get(URI.create(draft).getPath())
                .then().statusCode(200)
                .body(containsString("Pat Fixture"))
                .body(containsString("MRN FX-0001"))
                .body(containsString("128/82 mmHg"))
                .body(containsString("Hemoglobin A1c"))
                .body(containsString("i&#39;ve had a dry cough for about two weeks"))
                .body(containsString("Dry cough for 2 weeks."))
                .body(containsString("Allergies on the chart: Penicillin (hives; high criticality)."))
                .body(not(containsString("SECRET-")));
    }

    @Test
    void standaloneLaunchAsksTheEhrToPickPatientAndEncounter() {
        LaunchFlow flow = new LaunchFlow();
        Response r = flow.launch(FakeEhr.iss(), null);

        assertThat(r.statusCode()).isEqualTo(302);
        Map<String, String> q = LaunchFlow.query(r.header("Location"));
        assertThat(q).doesNotContainKey("launch");
        assertThat(q.get("scope").split(" ")).contains("launch/patient", "launch/encounter").doesNotContain("launch");
        assertThat(flow.callback("code-standalone").statusCode()).isEqualTo(303);
    }

    @Test
    void wrongIssuerIsRefusedBeforeAnyRedirect() {
        given().redirects().follow(false)
                .queryParam("iss", "https://evil.example/fhir").queryParam("launch", "x")
                .get("/launch")
                .then().statusCode(400)
                .header("Location", org.hamcrest.Matchers.nullValue())
                .body(containsString("This EHR is not set up for Scribe"))
                .body(containsString("nothing was sent to it"));
        // An unknown path on the fake EHR's own host is not a configured issuer either.
        given().redirects().follow(false)
                .queryParam("iss", FakeEhr.base() + "/other-fhir").queryParam("launch", "x")
                .get("/launch").then().statusCode(400);
        FakeEhr.server().verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aLaunchWithoutIssSaysTheEhrSentNoAddressAndWhatToDo() {
        given().redirects().follow(false).get("/launch").then().statusCode(400)
                .header("Location", org.hamcrest.Matchers.nullValue())
                .body(containsString("Scribe was opened without the EHR&#39;s address"))
                .body(containsString("no address (iss)"))
                .body(containsString("Open Scribe from within the EHR"))
                .body(containsString("check the app&#39;s launch URL"))
                .body(not(containsString("not set up for Scribe")));
        FakeEhr.server().verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void ehrLaunchWithoutLaunchIdIsRefusedWhereStandaloneIsNotAllowed() {
        given().redirects().follow(false).queryParam("iss", FakeEhr.base() + "/epic/api/FHIR/R4")
                .get("/launch").then().statusCode(400).body(containsString("The EHR did not send a launch id"));
        given().redirects().follow(false).queryParam("iss", FakeEhr.iss()).queryParam("launch", "")
                .get("/launch").then().statusCode(400).body(containsString("The EHR did not send a launch id"));
    }

    @Test
    void callbackWithoutStateIsRefused() {
        given().redirects().follow(false).queryParam("code", "c").get("/callback")
                .then().statusCode(400).body(containsString("This sign-in has no launch state"));
    }

    @Test
    void forgedStateIsRefusedAndNoTokenIsRequested() {
        LaunchFlow flow = new LaunchFlow();
        flow.launch(FakeEhr.iss(), "launch-abc");
        flow.state = "forged-" + flow.state;
        flow.callback("code-xyz").then().statusCode(400).body(containsString("already used or is not ours"));
        FakeEhr.server().verify(0, postRequestedFor(urlPathEqualTo("/token")));
    }

    @Test
    void reusedStateIsRefused() {
        LaunchFlow flow = new LaunchFlow();
        flow.launch(FakeEhr.iss(), "launch-abc");
        assertThat(flow.callback("code-1").statusCode()).isEqualTo(303);
        flow.callback("code-1").then().statusCode(400).body(containsString("already used or is not ours"));
        FakeEhr.server().verify(1, postRequestedFor(urlPathEqualTo("/token")));
    }

    @Test
    void expiredStateIsRefused() throws Exception {
        LaunchFlow flow = new LaunchFlow();
        flow.launch(FakeEhr.iss(), "launch-abc");
        try (var c = db.getConnection(); var ps = c.prepareStatement(
                "update launch_state set expires_at = now() - interval '1 minute' where state_hash = ?")) {
            ps.setString(1, Secrets.sha256Hex(flow.state));
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
        flow.callback("code-1").then().statusCode(400).body(containsString("The sign-in took too long"));
        FakeEhr.server().verify(0, postRequestedFor(urlPathEqualTo("/token")));
    }

    @Test
    void stateFinishedInAnotherBrowserIsRefused() {
        LaunchFlow flow = new LaunchFlow();
        flow.launch(FakeEhr.iss(), "launch-abc");
        flow.browserCookie = Secrets.random();
        flow.callback("code-1").then().statusCode(400).body(containsString("started in another window"));
    }

    @Test
    void accessDeniedAtTheEhrIsExplained() {
        LaunchFlow flow = new LaunchFlow();
        flow.launch(FakeEhr.iss(), "launch-abc");
        given().redirects().follow(false).cookie("scribe_browser", flow.browserCookie)
                .queryParam("error", "access_denied").queryParam("error_description", "User said no")
                .queryParam("state", flow.state).get("/callback")
                .then().statusCode(403)
                .body(containsString("Access was not granted"))
                .body(containsString("User said no"));
        FakeEhr.server().verify(0, postRequestedFor(urlPathEqualTo("/token")));
    }

    @Test
    void tokenEndpointErrorsAreExplained() {
        FakeEhr.stubToken(400, "{\"error\": \"invalid_grant\"}");
        LaunchFlow flow = new LaunchFlow();
        flow.launch(FakeEhr.iss(), "launch-abc");
        flow.callback("code-1").then().statusCode(502)
                .body(containsString("The EHR did not complete the sign-in"))
                .body(containsString("HTTP 400 (invalid_grant)"));

        FakeEhr.stubToken(500, "oops");
        flow.launch(FakeEhr.iss(), "launch-abc");
        flow.callback("code-2").then().statusCode(502).body(containsString("HTTP 500"));
    }

    @Test
    void idTokenIssuedForAnotherAppIsRejected() {
        FakeEhr.stubToken(200, FakeEhr.tokenResponse(ChartFixtures.PATIENT, encounter, ChartFixtures.PRACTITIONER, 3600)
                .replaceAll("\"id_token\": \"[^\"]+\"", "\"id_token\": \""
                        + FakeEhr.idToken(ChartFixtures.PRACTITIONER, FakeEhr.iss(), "someone-else") + "\""));
        LaunchFlow flow = new LaunchFlow();
        flow.launch(FakeEhr.iss(), "launch-abc");
        flow.callback("code-1").then().statusCode(502)
                .body(containsString("identity token could not be verified"))
                .header("Set-Cookie", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void draftPagesNeedASession() {
        given().redirects().follow(false).get("/drafts/open")
                .then().statusCode(401).body(containsString("Your Scribe session has ended"));
        given().redirects().follow(false).header("Accept", "application/json").get("/drafts/open")
                .then().statusCode(401).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.equalTo("urn:scribe-on-fhir:problem:no-session"));
    }

    @Test
    void everyPageCarriesACspThatOnlyLetsConfiguredEhrsFrameUs() {
        given().redirects().follow(false).queryParam("iss", "https://evil.example/fhir").get("/launch")
                .then().header("Content-Security-Policy", containsString(
                        "frame-ancestors 'self' " + FakeEhr.FRAME_ORIGIN))
                .header("Content-Security-Policy", not(containsString("/hyperspace")))
                .header("Content-Security-Policy", containsString("script-src 'self';"))
                .header("Referrer-Policy", "no-referrer");
    }
}
