package org.scribeonfhir.sandbox;

import static io.restassured.RestAssured.given;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import io.restassured.response.Response;

/** Drives the sandbox's SMART flow over HTTP the way an app would, for the tests. */
final class SandboxFlow {

    static final String BASE = "http://localhost:18081";
    static final String FHIR = BASE + "/sandbox/fhir";
    static final String REDIRECT = BASE + "/callback";
    static final String CLIENT = "scribe-sandbox";
    static final String US_CORE_CATEGORY = "http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category";

    private static final SecureRandom RANDOM = new SecureRandom();

    private SandboxFlow() {
    }

    record Pkce(String verifier, String challenge) {
    }

    /** A PKCE pair computed here, independently of the server's code. */
    static Pkce pkce() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return new Pkce(verifier, Base64.getUrlEncoder().withoutPadding().encodeToString(digest));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** GET /sandbox/launch and return the launch id from the 302 to the app's /launch. */
    static String launch(String practitioner, String patient, String encounter) {
        Response r = given().redirects().follow(false)
                .queryParam("practitioner", practitioner).queryParam("patient", patient)
                .queryParam("encounter", encounter)
                .get("/sandbox/launch");
        if (r.statusCode() != 302) {
            throw new AssertionError("launch answered " + r.statusCode());
        }
        return query(r.header("Location")).get("launch");
    }

    static Response authorize(Map<String, String> params) {
        return given().redirects().follow(false).queryParams(params).get("/sandbox/auth/authorize");
    }

    static Map<String, String> authorizeParams(String launch, String scope, Pkce pkce, String state) {
        Map<String, String> p = new HashMap<>();
        p.put("response_type", "code");
        p.put("client_id", CLIENT);
        p.put("redirect_uri", REDIRECT);
        p.put("scope", scope);
        p.put("state", state);
        p.put("aud", FHIR);
        p.put("code_challenge", pkce.challenge());
        p.put("code_challenge_method", "S256");
        if (launch != null) {
            p.put("launch", launch);
        }
        return p;
    }

    static String code(String launch, String scope, Pkce pkce) {
        Response r = authorize(authorizeParams(launch, scope, pkce, "state-" + RANDOM.nextInt()));
        if (r.statusCode() != 302) {
            throw new AssertionError("authorize answered " + r.statusCode());
        }
        return query(r.header("Location")).get("code");
    }

    static Response token(String code, String verifier) {
        return given().formParam("grant_type", "authorization_code").formParam("code", code)
                .formParam("redirect_uri", REDIRECT).formParam("client_id", CLIENT)
                .formParam("code_verifier", verifier)
                .post("/sandbox/auth/token");
    }

    static Response refresh(String refreshToken) {
        return given().formParam("grant_type", "refresh_token").formParam("refresh_token", refreshToken)
                .formParam("client_id", CLIENT)
                .post("/sandbox/auth/token");
    }

    /** The whole EHR launch for one encounter; returns the token response. */
    static Map<String, Object> tokens(String scope, String practitioner, String patient, String encounter) {
        Pkce pkce = pkce();
        String code = code(launch(practitioner, patient, encounter), scope, pkce);
        Response r = token(code, pkce.verifier());
        if (r.statusCode() != 200) {
            throw new AssertionError("token answered " + r.statusCode() + ": " + r.asString());
        }
        return r.jsonPath().getMap("$");
    }

    static String accessToken(String scope, String practitioner, String patient, String encounter) {
        return (String) tokens(scope, practitioner, patient, encounter).get("access_token");
    }

    /** A user-level token able to read everything and write notes (patient context: sbx-pat-01). */
    static String writerToken() {
        return accessToken("launch openid fhirUser user/*.rs user/DocumentReference.cd", "sbx-prac-01", "sbx-pat-01",
                "sbx-enc-01");
    }

    static Map<String, String> query(String location) {
        Map<String, String> out = new HashMap<>();
        String q = URI.create(location).getRawQuery();
        if (q == null) {
            return out;
        }
        for (String pair : q.split("&")) {
            int eq = pair.indexOf('=');
            out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    /** A clinical note for an encounter, as an app would write it. */
    static String note(String patient, String encounter, String text, String identifier) {
        String data = Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        return """
                {"resourceType":"DocumentReference",
                 "identifier":[{"system":"urn:scribe-on-fhir:test:draft","value":"%s"}],
                 "status":"current","docStatus":"final",
                 "type":{"coding":[{"system":"http://loinc.org","code":"11506-3","display":"Progress note"}]},
                 "category":[{"coding":[{"system":"%s","code":"clinical-note"}]}],
                 "subject":{"reference":"Patient/%s"},
                 "date":"2026-11-27T10:00:00Z",
                 "author":[{"reference":"Practitioner/sbx-prac-01"}],
                 "content":[{"attachment":{"contentType":"text/plain; charset=utf-8","data":"%s","size":%d}}],
                 "context":{"encounter":[{"reference":"Encounter/%s"}]}}
                """.formatted(identifier, US_CORE_CATEGORY, patient, data,
                text.getBytes(StandardCharsets.UTF_8).length, encounter);
    }
}
