package org.scribeonfhir.launch;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scribeonfhir.testsupport.ChartFixtures;
import org.scribeonfhir.testsupport.FakeEhr;
import org.scribeonfhir.testsupport.LaunchFlow;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Confidential client authentication, token refresh, EHR styling and expired sessions. */
@QuarkusTest
@WithTestResource(FakeEhr.class)
class TokenRefreshAndClientAuthTest {

    @Inject
    DataSource db;

    String encounter;

    @BeforeEach
    void freshEhr() {
        FakeEhr.server().resetAll();
        encounter = ChartFixtures.newEncounter();
        ChartFixtures.stubChart(encounter);
    }

    @Test
    void clientWithASecretAuthenticatesWithHttpBasicAndSendsNoClientIdInTheBody() {
        FakeEhr.stubSmart("/secret", ChartFixtures.PATIENT, encounter, ChartFixtures.PRACTITIONER);
        LaunchFlow flow = new LaunchFlow();
        flow.launch(FakeEhr.base() + "/secret/fhir", "l-1");
        assertThat(flow.callback("c-1").statusCode()).isEqualTo(303);

        LoggedRequest token = FakeEhr.server().findAll(postRequestedFor(urlPathEqualTo("/secret/token"))).get(0);
        String expected = Base64.getEncoder().encodeToString(
                (FakeEhr.CLIENT_ID + ":" + "s3cr3t%3Awith%2Fodd+chars").getBytes(StandardCharsets.UTF_8));
        assertThat(token.getHeader("Authorization")).isEqualTo("Basic " + expected);
        assertThat(LaunchFlow.query("http://x/?" + token.getBodyAsString())).doesNotContainKey("client_id")
                .doesNotContainKey("client_secret");
    }

    @Test
    void privateKeyJwtClientSendsAnAssertionTheEhrCanVerifyWithOurPublishedKey() throws Exception {
        FakeEhr.stubSmart("/jwt", ChartFixtures.PATIENT, encounter, ChartFixtures.PRACTITIONER);
        LaunchFlow flow = new LaunchFlow();
        flow.launch(FakeEhr.base() + "/jwt/fhir", "l-1");
        assertThat(flow.callback("c-1").statusCode()).isEqualTo(303);

        LoggedRequest token = FakeEhr.server().findAll(postRequestedFor(urlPathEqualTo("/jwt/token"))).get(0);
        Map<String, String> form = LaunchFlow.query("http://x/?" + token.getBodyAsString());
        assertThat(form).containsEntry("client_assertion_type",
                "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
        SignedJWT assertion = SignedJWT.parse(form.get("client_assertion"));
        assertThat(assertion.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES384);
        assertThat(assertion.getHeader().getKeyID()).isEqualTo("scribe-client-1");

        // The EHR fetches our JWK Set URL and verifies with it: only the public key is published there.
        String published = given().get("/.well-known/jwks.json").then().statusCode(200).extract().asString();
        assertThat(published).doesNotContain("\"d\"");
        var key = JWKSet.parse(published).getKeyByKeyId("scribe-client-1").toECKey();
        assertThat(assertion.verify(new ECDSAVerifier(key))).isTrue();
        var claims = assertion.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo(FakeEhr.CLIENT_ID);
        assertThat(claims.getSubject()).isEqualTo(FakeEhr.CLIENT_ID);
        assertThat(claims.getAudience()).containsExactly(FakeEhr.base() + "/jwt/token");
        assertThat(claims.getJWTID()).isNotBlank();
        assertThat(claims.getExpirationTime()).isBefore(new Date(System.currentTimeMillis() + 301_000));
    }

    @Test
    void accessTokenIsRefreshedBeforeItExpiresAndTheLaunchContextIsKept() {
        FakeEhr.stubSmart(ChartFixtures.PATIENT, encounter, ChartFixtures.PRACTITIONER);
        FakeEhr.stubToken(200, FakeEhr.tokenResponse(ChartFixtures.PATIENT, encounter, ChartFixtures.PRACTITIONER, 30));
        FakeEhr.server().stubFor(post(urlPathEqualTo("/token")).withRequestBody(containing("grant_type=refresh_token"))
                .atPriority(1).willReturn(FakeEhr.json(200, """
                        {"access_token": "SECRET-at-refreshed", "token_type": "Bearer", "expires_in": 3600,
                         "refresh_token": "SECRET-rt-rotated"}""")));
        LaunchFlow flow = new LaunchFlow();
        String draft = flow.launchToDraft(FakeEhr.iss());

        List<LoggedRequest> tokens = FakeEhr.server().findAll(postRequestedFor(urlPathEqualTo("/token")));
        assertThat(tokens).hasSize(2);
        Map<String, String> refresh = LaunchFlow.query("http://x/?" + tokens.get(1).getBodyAsString());
        assertThat(refresh).containsEntry("grant_type", "refresh_token").containsEntry("client_id", FakeEhr.CLIENT_ID);
        assertThat(refresh.get("refresh_token")).startsWith("SECRET-rt-");
        LoggedRequest patientRead = FakeEhr.server()
                .findAll(getRequestedFor(urlPathEqualTo("/fhir/Patient/" + ChartFixtures.PATIENT))).get(0);
        assertThat(patientRead.getHeader("Authorization")).isEqualTo("Bearer SECRET-at-refreshed");
        given().cookie("scribe_session", flow.sessionCookie).get(draft).then().statusCode(200)
                .body(containsString("Pat Fixture"));
    }

    @Test
    void expiredAccessWithoutARefreshTokenAsksForARelaunch() {
        FakeEhr.stubSmart(ChartFixtures.PATIENT, encounter, ChartFixtures.PRACTITIONER);
        FakeEhr.stubToken(200, FakeEhr.tokenResponse(ChartFixtures.PATIENT, encounter, ChartFixtures.PRACTITIONER, 30)
                .replaceAll("\"refresh_token\": \"[^\"]+\",", ""));
        LaunchFlow flow = new LaunchFlow();
        flow.launch(FakeEhr.iss(), "l-1");
        flow.callback("c-1");
        given().redirects().follow(false).cookie("scribe_session", flow.sessionCookie).get("/drafts/open")
                .then().statusCode(401).body(containsString("Your EHR access has expired"))
                .body(containsString("the EHR gave no refresh token"));
    }

    @Test
    void aRefreshTheEhrRefusesIsExplainedInWordsNotByItsInternalCode() {
        FakeEhr.stubSmart(ChartFixtures.PATIENT, encounter, ChartFixtures.PRACTITIONER);
        FakeEhr.stubToken(200, FakeEhr.tokenResponse(ChartFixtures.PATIENT, encounter, ChartFixtures.PRACTITIONER, 30));
        FakeEhr.server().stubFor(post(urlPathEqualTo("/token")).withRequestBody(containing("grant_type=refresh_token"))
                .atPriority(1).willReturn(FakeEhr.json(400, "{\"error\": \"invalid_grant\"}")));
        LaunchFlow flow = new LaunchFlow();
        flow.launch(FakeEhr.iss(), "l-1");
        flow.callback("c-1");
        given().redirects().follow(false).cookie("scribe_session", flow.sessionCookie).get("/drafts/open")
                .then().statusCode(401).body(containsString("Your EHR access has expired"))
                .body(containsString("the EHR did not grant it"))
                .body(not(containsString("token-exchange-failed")))
                .body(not(containsString("invalid_grant")));
        given().redirects().follow(false).cookie("scribe_session", flow.sessionCookie).accept("application/json")
                .get("/drafts/open").then().statusCode(401)
                .body("type", org.hamcrest.Matchers.equalTo("urn:scribe-on-fhir:problem:token-refresh-failed"));
    }

    @Test
    void tokensAreSealedAtRestAndASealedValueMovedToAnotherSessionIsUseless() throws Exception {
        FakeEhr.stubSmart(ChartFixtures.PATIENT, encounter, ChartFixtures.PRACTITIONER);
        LaunchFlow first = new LaunchFlow();
        first.launchToDraft(FakeEhr.iss());
        LaunchFlow second = new LaunchFlow();
        second.launch(FakeEhr.iss(), "l-2");
        second.callback("c-2");
        String sealed;
        try (var c = db.getConnection(); var ps = c.prepareStatement(
                "select token_response from app_session where id_hash = ?")) {
            ps.setString(1, Secrets.sha256Hex(first.sessionCookie));
            try (var rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                sealed = rs.getString(1);
            }
        }
        assertThat(sealed).startsWith("v1:").doesNotContain("SECRET-").doesNotContain("access_token");
        try (var c = db.getConnection(); var ps = c.prepareStatement(
                "update app_session set token_response = ? where id_hash = ?")) {
            ps.setString(1, sealed);
            ps.setString(2, Secrets.sha256Hex(second.sessionCookie));
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
        given().redirects().follow(false).cookie("scribe_session", second.sessionCookie).get("/drafts/open")
                .then().statusCode(401).body(containsString("Your Scribe session has ended"));
    }

    @Test
    void sessionThatEndedMidEditShowsTheTypedTextBack() throws Exception {
        FakeEhr.stubSmart(ChartFixtures.PATIENT, encounter, ChartFixtures.PRACTITIONER);
        LaunchFlow flow = new LaunchFlow();
        String draft = flow.launchToDraft(FakeEhr.iss());
        String csrf = LaunchFlow.csrf(given().cookie("scribe_session", flow.sessionCookie).get(draft).asString());
        try (var c = db.getConnection(); var ps = c.prepareStatement(
                "update app_session set expires_at = now() - interval '1 second' where id_hash = ?")) {
            ps.setString(1, Secrets.sha256Hex(flow.sessionCookie));
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
        given().redirects().follow(false).cookie("scribe_session", flow.sessionCookie)
                .contentType("application/x-www-form-urlencoded").formParam("csrf", csrf).formParam("version", 1)
                .formParam("section.1", "Half an hour of careful typing.")
                .post(draft).then().statusCode(401)
                .body(containsString("Your Scribe session has ended"))
                .body(containsString("Half an hour of careful typing."));
    }

    @Test
    void ehrStyleBecomesCssVariablesAndHostileValuesAreDropped() {
        FakeEhr.stubSmart(ChartFixtures.PATIENT, encounter, ChartFixtures.PRACTITIONER);
        FakeEhr.server().stubFor(get(urlPathEqualTo("/style.json")).willReturn(FakeEhr.json(200, """
                {"color_highlight": "#5b2d90", "dim_border_radius": "6px", "font_family_body": "Arial, sans-serif",
                 "color_background": "red; } body { background: url(http://evil.example/x)",
                 "color_text": "expression(alert(1))"}""")));
        LaunchFlow flow = new LaunchFlow();
        String draft = flow.launchToDraft(FakeEhr.iss());
        given().cookie("scribe_session", flow.sessionCookie).get(draft).then()
                .body(containsString("<link rel=\"stylesheet\" href=\"" + draft + "/ehr-style.css\">"));
        given().cookie("scribe_session", flow.sessionCookie).get(draft + "/ehr-style.css").then().statusCode(200)
                .contentType(containsString("text/css"))
                .body(containsString("--ehr-highlight: #5b2d90;"))
                .body(containsString("--ehr-radius: 6px;"))
                .body(containsString("--ehr-font-body: Arial, sans-serif;"))
                .body(not(containsString("evil")))
                .body(not(containsString("expression")));
    }
}
