package org.scribeonfhir.testsupport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.Date;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A WireMock "EHR": SMART discovery, authorize, token and JWKS, plus FHIR reads and a capture of what we
 * write. Tests stub the FHIR answers they need; the issuer {@code fake} points here.
 */
public class FakeEhr implements QuarkusTestResourceLifecycleManager {

    public static final String CLIENT_ID = "scribe-test";
    public static final String FRAME_ORIGIN = "https://ehr.example.org";

    public static final String CLIENT_SECRET = "s3cr3t:with/odd chars";

    private static WireMockServer server;
    private static RSAKey key;
    private static com.nimbusds.jose.jwk.ECKey clientKey;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        try {
            key = new RSAKeyGenerator(2048).keyID("fake-ehr-1").generate();
            clientKey = new com.nimbusds.jose.jwk.gen.ECKeyGenerator(com.nimbusds.jose.jwk.Curve.P_384)
                    .keyID("scribe-client-1").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return Map.ofEntries(
                Map.entry("scribe.launch.issuers.fake-jwt.iss", base() + "/jwt/fhir"),
                Map.entry("scribe.launch.issuers.fake-jwt.client-id", CLIENT_ID),
                Map.entry("scribe.launch.issuers.fake-jwt.client-auth", "private-key-jwt"),
                Map.entry("scribe.launch.issuers.fake-jwt.private-key-jwk", clientKey.toJSONString()),
                Map.entry("scribe.launch.issuers.fake-secret.iss", base() + "/secret/fhir"),
                Map.entry("scribe.launch.issuers.fake-secret.client-id", CLIENT_ID),
                Map.entry("scribe.launch.issuers.fake-secret.client-auth", "client-secret"),
                Map.entry("scribe.launch.issuers.fake-secret.client-secret", CLIENT_SECRET),
                Map.entry("scribe.launch.issuers.fake.iss", iss()),
                Map.entry("scribe.launch.issuers.fake.client-id", CLIENT_ID),
                Map.entry("scribe.launch.issuers.fake.standalone", "true"),
                Map.entry("scribe.launch.issuers.fake.frame-origin", FRAME_ORIGIN + "/hyperspace/launch"),
                Map.entry("scribe.launch.issuers.fake-epic.iss", base() + "/epic/api/FHIR/R4"),
                Map.entry("scribe.launch.issuers.fake-epic.client-id", CLIENT_ID),
                Map.entry("scribe.launch.issuers.fake-epic.vendor", "epic"));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    public static WireMockServer server() {
        return server;
    }

    public static String base() {
        return "http://127.0.0.1:" + server.port();
    }

    public static String iss() {
        return base() + "/fhir";
    }

    /** The public half of the key Scribe signs its client assertions with (issuer fake-jwt). */
    public static com.nimbusds.jose.jwk.ECKey clientPublicKey() {
        return clientKey.toPublicJWK();
    }

    /**
     * Discovery, authorize (never called by the app itself), JWKS and a token answer with launch context;
     * a null {@code encounter} leaves it out of the token answer (a launch without an encounter).
     */
    public static void stubSmart(String patient, String encounter, String fhirUser) {
        stubSmart("", patient, encounter, fhirUser);
    }

    /** SMART endpoints for the issuer at {@code <base><prefix>/fhir}; the token endpoint is {@code <prefix>/token}. */
    public static void stubSmart(String prefix, String patient, String encounter, String fhirUser) {
        server.stubFor(get(urlPathEqualTo(prefix + "/fhir/.well-known/smart-configuration")).willReturn(json(200, """
                {"issuer": "%s", "authorization_endpoint": "%s/authorize", "token_endpoint": "%s%s/token",
                 "jwks_uri": "%s/jwks", "code_challenge_methods_supported": ["S256"],
                 "grant_types_supported": ["authorization_code", "refresh_token"],
                 "capabilities": ["launch-ehr", "client-public", "context-ehr-patient", "context-ehr-encounter",
                                  "sso-openid-connect", "permission-v2"]}
                """.formatted(base() + prefix + "/fhir", base(), base(), prefix, base()))));
        server.stubFor(get(urlPathEqualTo("/jwks")).willReturn(json(200, new JWKSet(key.toPublicJWK()).toString())));
        server.stubFor(post(urlPathEqualTo(prefix + "/token")).willReturn(json(200,
                tokenResponse(base() + prefix + "/fhir", patient, encounter, fhirUser, 3600))));
    }

    public static void stubToken(int status, String body) {
        server.stubFor(post(urlPathEqualTo("/token")).willReturn(json(status, body)));
    }

    public static String tokenResponse(String patient, String encounter, String fhirUser, long expiresIn) {
        return tokenResponse(iss(), patient, encounter, fhirUser, expiresIn);
    }

    public static String tokenResponse(String issuer, String patient, String encounter, String fhirUser,
            long expiresIn) {
        return """
                {"access_token": "SECRET-at-%s", "token_type": "Bearer", "expires_in": %d,
                 "scope": "launch openid fhirUser patient/*.rs user/DocumentReference.c",
                 "refresh_token": "SECRET-rt-%s", "patient": "%s",%s "need_patient_banner": true,
                 "smart_style_url": "%s/style.json", "id_token": "%s"}
                """.formatted(UUID.randomUUID(), expiresIn, UUID.randomUUID(), patient,
                encounter == null ? "" : " \"encounter\": \"" + encounter + "\",", base(),
                idToken(issuer + "/" + fhirUser, issuer, CLIENT_ID));
    }

    /** An id_token signed with the fake EHR's key; {@code fhirUser} as given (absolute URL or relative). */
    public static String idToken(String fhirUser, String issuer, String audience) {
        try {
            JWTClaimsSet claims = new JWTClaimsSet.Builder()
                    .issuer(issuer).subject("user-1").audience(audience)
                    .issueTime(new Date()).expirationTime(new Date(System.currentTimeMillis() + 300_000))
                    .claim("fhirUser", fhirUser)
                    .build();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    public static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder fhir(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/fhir+json").withBody(body);
    }
}
