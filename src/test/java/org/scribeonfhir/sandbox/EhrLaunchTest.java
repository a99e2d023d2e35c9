package org.scribeonfhir.sandbox;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Date;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class EhrLaunchTest {

    private static final String SCOPE = "launch openid fhirUser patient/*.rs user/DocumentReference.c offline_access";

    @Test
    void fullEhrLaunchGivesContextVerifiableIdTokenAndPatientRead() throws Exception {
        // 1. The EHR screen launches the app: 302 to the app's /launch with iss and launch.
        Response launched = given().redirects().follow(false)
                .queryParam("practitioner", "sbx-prac-02").queryParam("patient", "sbx-pat-04")
                .queryParam("encounter", "sbx-enc-04")
                .get("/sandbox/launch");
        launched.then().statusCode(302).header("Location", startsWith(SandboxFlow.BASE + "/launch?iss="));
        Map<String, String> launch = SandboxFlow.query(launched.header("Location"));
        assertEquals(SandboxFlow.FHIR, launch.get("iss"));

        // 2. Authorize with the launch id and a PKCE pair: straight back to the redirect URI with code + state.
        SandboxFlow.Pkce pkce = SandboxFlow.pkce();
        Response authorized = SandboxFlow.authorize(SandboxFlow.authorizeParams(launch.get("launch"), SCOPE, pkce,
                "state-abc{1}"));
        authorized.then().statusCode(302).header("Location", startsWith(SandboxFlow.REDIRECT + "?code="));
        Map<String, String> callback = SandboxFlow.query(authorized.header("Location"));
        assertEquals("state-abc{1}", callback.get("state"));

        // 3. Token: context, no-store headers, granted scopes.
        Response token = SandboxFlow.token(callback.get("code"), pkce.verifier());
        token.then().statusCode(200)
                .header("Cache-Control", "no-store").header("Pragma", "no-cache")
                .body("token_type", equalTo("Bearer"))
                .body("expires_in", equalTo(3600))
                .body("scope", equalTo(SCOPE))
                .body("patient", equalTo("sbx-pat-04"))
                .body("encounter", equalTo("sbx-enc-04"))
                .body("need_patient_banner", equalTo(true))
                .body("smart_style_url", equalTo(SandboxFlow.BASE + "/sandbox/smart-style.json"))
                .body("refresh_token", not(nullValue()));

        // 4. The id_token verifies against the published JWKS and names the practitioner.
        JWKSet jwks = JWKSet.parse(given().get("/sandbox/auth/jwks").asString());
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, new ImmutableJWKSet<>(jwks)));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(SandboxFlow.CLIENT,
                new JWTClaimsSet.Builder().issuer(SandboxFlow.FHIR).subject("sbx-prac-02").build(),
                Set.of("iat", "exp", "fhirUser")));
        JWTClaimsSet claims = processor.process(token.jsonPath().getString("id_token"), null);
        assertEquals(SandboxFlow.FHIR + "/Practitioner/sbx-prac-02", claims.getStringClaim("fhirUser"));
        assertEquals("Dr. Riley Example, MD", claims.getStringClaim("name"));
        assertTrue(claims.getExpirationTime().after(new Date()));

        // 5. The access token reads the patient in context.
        given().auth().oauth2(token.jsonPath().getString("access_token"))
                .get("/sandbox/fhir/Patient/sbx-pat-04")
                .then().statusCode(200)
                .body("resourceType", equalTo("Patient"))
                .body("id", equalTo("sbx-pat-04"))
                .body("name[0].family", equalTo("Placeholder"));
    }

    @Test
    void tokenWithWrongVerifierIsRefused() {
        SandboxFlow.Pkce pkce = SandboxFlow.pkce();
        String code = SandboxFlow.code(SandboxFlow.launch("sbx-prac-01", "sbx-pat-01", "sbx-enc-01"), SCOPE, pkce);
        SandboxFlow.token(code, SandboxFlow.pkce().verifier())
                .then().statusCode(400)
                .header("Cache-Control", "no-store")
                .body("error", equalTo("invalid_grant"))
                .body("error_description", containsString("code_verifier"))
                .body("access_token", nullValue());
    }

    @Test
    void reusedCodeIsRefusedAndRevokesWhatItIssued() {
        SandboxFlow.Pkce pkce = SandboxFlow.pkce();
        String code = SandboxFlow.code(SandboxFlow.launch("sbx-prac-01", "sbx-pat-01", "sbx-enc-01"), SCOPE, pkce);
        String access = SandboxFlow.token(code, pkce.verifier()).then().statusCode(200).extract().path("access_token");
        given().auth().oauth2(access).get("/sandbox/fhir/Patient/sbx-pat-01").then().statusCode(200);

        SandboxFlow.token(code, pkce.verifier())
                .then().statusCode(400)
                .body("error", equalTo("invalid_grant"))
                .body("error_description", containsString("already used"));
        given().auth().oauth2(access).get("/sandbox/fhir/Patient/sbx-pat-01")
                .then().statusCode(401)
                .body("issue[0].code", equalTo("login"));
    }

    @Test
    void tokenRequestWithAnotherRedirectUriIsRefused() {
        SandboxFlow.Pkce pkce = SandboxFlow.pkce();
        String code = SandboxFlow.code(SandboxFlow.launch("sbx-prac-01", "sbx-pat-01", "sbx-enc-01"), SCOPE, pkce);
        given().formParam("grant_type", "authorization_code").formParam("code", code)
                .formParam("redirect_uri", "http://localhost:18081/other").formParam("client_id", SandboxFlow.CLIENT)
                .formParam("code_verifier", pkce.verifier())
                .post("/sandbox/auth/token")
                .then().statusCode(400)
                .body("error", equalTo("invalid_grant"))
                .body("error_description", containsString("redirect_uri"));
    }

    @Test
    void authorizeWithWrongRedirectUriShowsAnErrorPageAndNeverRedirects() {
        Map<String, String> params = SandboxFlow.authorizeParams(SandboxFlow.launch("sbx-prac-01", "sbx-pat-01",
                "sbx-enc-01"), SCOPE, SandboxFlow.pkce(), "s1");
        params.put("redirect_uri", "https://attacker.example/callback");
        SandboxFlow.authorize(params)
                .then().statusCode(400)
                .header("Location", nullValue())
                .contentType(containsString("text/html"))
                .body(containsString("redirect_uri is not the one registered"))
                .body(not(containsString("attacker.example/callback?")));
    }

    @Test
    void authorizeWithUnknownClientShowsAnErrorPage() {
        Map<String, String> params = SandboxFlow.authorizeParams(null, SCOPE, SandboxFlow.pkce(), "s1");
        params.put("client_id", "someone-else");
        SandboxFlow.authorize(params)
                .then().statusCode(400).header("Location", nullValue())
                .body(containsString("Unknown client_id"));
    }

    @Test
    void authorizeWithWrongAudienceRedirectsWithInvalidRequest() {
        Map<String, String> params = SandboxFlow.authorizeParams(SandboxFlow.launch("sbx-prac-01", "sbx-pat-01",
                "sbx-enc-01"), SCOPE, SandboxFlow.pkce(), "s-aud");
        params.put("aud", "https://other-ehr.example/fhir");
        Response r = SandboxFlow.authorize(params);
        r.then().statusCode(302);
        Map<String, String> q = SandboxFlow.query(r.header("Location"));
        assertEquals("invalid_request", q.get("error"));
        assertEquals("s-aud", q.get("state"));
        assertTrue(q.get("error_description").contains("aud"));
        assertNull(q.get("code"));
    }

    @Test
    void authorizeWithoutPkceIsRefused() {
        Map<String, String> params = SandboxFlow.authorizeParams(SandboxFlow.launch("sbx-prac-01", "sbx-pat-01",
                "sbx-enc-01"), SCOPE, SandboxFlow.pkce(), "s-pkce");
        params.put("code_challenge_method", "plain");
        Map<String, String> q = SandboxFlow.query(SandboxFlow.authorize(params).header("Location"));
        assertEquals("invalid_request", q.get("error"));
        assertTrue(q.get("error_description").contains("S256"));
    }

    @Test
    void authorizeWithUnknownLaunchIsRefused() {
        Map<String, String> q = SandboxFlow.query(SandboxFlow.authorize(SandboxFlow.authorizeParams(
                "not-a-launch", SCOPE, SandboxFlow.pkce(), "s-l")).header("Location"));
        assertEquals("invalid_request", q.get("error"));
        assertTrue(q.get("error_description").contains("launch"));
    }

    @Test
    void grantedScopeDropsWhatTheSandboxDoesNotSupport() {
        Map<String, Object> t = SandboxFlow.tokens("launch patient/Observation.rs patient/Immunization.rs system/*.rs "
                + "user/DocumentReference.write", "sbx-prac-01", "sbx-pat-01", "sbx-enc-01");
        assertEquals("launch patient/Observation.rs user/DocumentReference.write", t.get("scope"));
        assertNull(t.get("refresh_token"), "no offline_access or online_access, no refresh token");
        assertNull(t.get("id_token"), "no openid, no id_token");
    }

    @Test
    void refreshTokenRotatesAndTheOldOneStopsWorking() {
        Map<String, Object> first = SandboxFlow.tokens(SCOPE, "sbx-prac-01", "sbx-pat-01", "sbx-enc-01");
        String oldRefresh = (String) first.get("refresh_token");

        Response refreshed = SandboxFlow.refresh(oldRefresh);
        refreshed.then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("patient", equalTo("sbx-pat-01"))
                .body("encounter", equalTo("sbx-enc-01"))
                .body("scope", equalTo(SCOPE));
        String newRefresh = refreshed.jsonPath().getString("refresh_token");
        String newAccess = refreshed.jsonPath().getString("access_token");
        assertNotNull(newRefresh);
        assertNotEquals(oldRefresh, newRefresh);
        given().auth().oauth2(newAccess).get("/sandbox/fhir/Encounter/sbx-enc-01").then().statusCode(200);

        SandboxFlow.refresh(oldRefresh).then().statusCode(400).body("error", equalTo("invalid_grant"));
        // Reuse of a rotated-out token revokes the family: the new tokens die too.
        SandboxFlow.refresh(newRefresh).then().statusCode(400).body("error", equalTo("invalid_grant"));
        given().auth().oauth2(newAccess).get("/sandbox/fhir/Encounter/sbx-enc-01").then().statusCode(401);
    }

    @Test
    void tokenEndpointRejectsUnknownClientAndGrantType() {
        given().formParam("grant_type", "authorization_code").formParam("code", "x").formParam("client_id", "nope")
                .post("/sandbox/auth/token")
                .then().statusCode(401).body("error", equalTo("invalid_client"));
        given().formParam("grant_type", "password").formParam("client_id", SandboxFlow.CLIENT)
                .post("/sandbox/auth/token")
                .then().statusCode(400).body("error", equalTo("unsupported_grant_type"));
    }

    @Test
    void standaloneLaunchShowsPickerAndDenyReturnsAccessDenied() {
        Map<String, String> params = SandboxFlow.authorizeParams(null,
                "launch/patient launch/encounter openid fhirUser patient/*.rs", SandboxFlow.pkce(), "s-deny");
        Response page = SandboxFlow.authorize(params);
        page.then().statusCode(200)
                .body(containsString("Sign in to the sandbox EHR"))
                .body(containsString("Jordan Testwell"))
                .body(containsString("Deny"));
        String request = hidden(page.asString(), "request");
        String cookie = page.cookie(SandboxAuthResource.BROWSER_COOKIE);

        Response denied = given().redirects().follow(false).cookie(SandboxAuthResource.BROWSER_COOKIE, cookie)
                .formParam("request", request).formParam("action", "deny")
                .post("/sandbox/auth/authorize/decision");
        denied.then().statusCode(302);
        Map<String, String> q = SandboxFlow.query(denied.header("Location"));
        assertEquals("access_denied", q.get("error"));
        assertEquals("s-deny", q.get("state"));
        assertTrue(denied.header("Location").startsWith(SandboxFlow.REDIRECT + "?"));
    }

    @Test
    void standaloneLaunchIssuesCodeForTheChosenChart() {
        SandboxFlow.Pkce pkce = SandboxFlow.pkce();
        Response page = SandboxFlow.authorize(SandboxFlow.authorizeParams(null,
                "launch/patient launch/encounter openid fhirUser patient/*.rs", pkce, "s-pick"));
        String request = hidden(page.asString(), "request");
        String cookie = page.cookie(SandboxAuthResource.BROWSER_COOKIE);

        // Without the browser cookie the form is refused (CSRF).
        given().redirects().follow(false).formParam("request", request).formParam("action", "approve")
                .formParam("practitioner", "sbx-prac-02").formParam("patient", "sbx-pat-05")
                .formParam("encounter", "sbx-enc-05")
                .post("/sandbox/auth/authorize/decision")
                .then().statusCode(403).header("Location", nullValue());

        Response approved = given().redirects().follow(false).cookie(SandboxAuthResource.BROWSER_COOKIE, cookie)
                .formParam("request", request).formParam("action", "approve")
                .formParam("practitioner", "sbx-prac-02").formParam("patient", "sbx-pat-05")
                .formParam("encounter", "sbx-enc-05")
                .post("/sandbox/auth/authorize/decision");
        approved.then().statusCode(302);
        Map<String, String> q = SandboxFlow.query(approved.header("Location"));
        assertEquals("s-pick", q.get("state"));
        SandboxFlow.token(q.get("code"), pkce.verifier())
                .then().statusCode(200)
                .body("patient", equalTo("sbx-pat-05"))
                .body("encounter", equalTo("sbx-enc-05"))
                .body("scope", equalTo("launch/patient launch/encounter openid fhirUser patient/*.rs"));
    }

    @Test
    void launchWithoutParametersOpensTheFirstEncounterAsItsAttending() {
        Response r = given().redirects().follow(false).get("/sandbox/launch");
        r.then().statusCode(302).header("Location", startsWith(SandboxFlow.BASE + "/launch?iss="
                + "http%3A%2F%2Flocalhost%3A18081%2Fsandbox%2Ffhir&launch="));
        String launch = SandboxFlow.query(r.header("Location")).get("launch");
        SandboxFlow.Pkce pkce = SandboxFlow.pkce();
        String code = SandboxFlow.code(launch, "launch openid fhirUser patient/*.rs", pkce);
        SandboxFlow.token(code, pkce.verifier()).then().statusCode(200)
                .body("patient", equalTo("sbx-pat-01"))
                .body("encounter", equalTo("sbx-enc-01"));
    }

    private static String hidden(String html, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"" + name + "\" value=\"([^\"]+)\"")
                .matcher(html);
        assertTrue(m.find(), "the page has a hidden field " + name);
        return m.group(1);
    }

    @Test
    void launchWithAnotherPatientsEncounterIsABadRequestPage() {
        given().redirects().follow(false)
                .queryParam("practitioner", "sbx-prac-01").queryParam("patient", "sbx-pat-01")
                .queryParam("encounter", "sbx-enc-02")
                .get("/sandbox/launch")
                .then().statusCode(400)
                .header("Location", nullValue())
                .body(containsString("belongs to another patient"));
        given().redirects().follow(false).queryParam("patient", "sbx-pat-01").get("/sandbox/launch")
                .then().statusCode(400)
                .body(containsString("Choose a practitioner, a patient and an encounter"));
        given().redirects().follow(false)
                .queryParam("practitioner", "sbx-prac-99").queryParam("patient", "sbx-pat-01")
                .queryParam("encounter", "sbx-enc-01")
                .get("/sandbox/launch")
                .then().statusCode(400)
                .body(containsString("no practitioner"));
    }
}
