package org.scribeonfhir.launch;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.scribeonfhir.problem.ProblemException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/** The token endpoint: code exchange and refresh, with the issuer's client authentication. */
@ApplicationScoped
class TokenClient {

    private static final Logger LOG = Logger.getLogger(TokenClient.class);

    private final HttpClient http;
    private final ObjectMapper json;
    private final LaunchConfig config;
    private final Clock clock;

    TokenClient(SmartHttp http, ObjectMapper json, LaunchConfig config, Clock clock) {
        this.http = http.client();
        this.json = json;
        this.config = config;
        this.clock = clock;
    }

    String redirectUri() {
        return stripSlash(config.publicUrl()) + "/callback";
    }

    TokenResponse exchange(IssuerRegistry.ConfiguredIssuer issuer, SmartConfiguration smart, String code,
            String codeVerifier) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", redirectUri());
        form.put("code_verifier", codeVerifier);
        return post(issuer, smart, form);
    }

    TokenResponse refresh(IssuerRegistry.ConfiguredIssuer issuer, SmartConfiguration smart, String refreshToken) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", refreshToken);
        return post(issuer, smart, form);
    }

    private TokenResponse post(IssuerRegistry.ConfiguredIssuer issuer, SmartConfiguration smart,
            Map<String, String> form) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(smart.tokenEndpoint()))
                .timeout(config.httpTimeout())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json");
        authenticate(issuer, smart, form, request);
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response;
        try {
            response = http.send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            LOG.warnf("Token request to issuer %s failed: %s", issuer.id(), e.getClass().getSimpleName());
            throw LaunchProblems.tokenFailed("the EHR did not answer in time");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw LaunchProblems.tokenFailed("the request was interrupted");
        }
        if (response.statusCode() != 200) {
            String error = oauthError(response.body());
            LOG.warnf("Token request to issuer %s answered HTTP %d (%s)", issuer.id(), response.statusCode(), error);
            throw LaunchProblems.tokenFailed("the EHR answered HTTP " + response.statusCode()
                    + (error == null ? "" : " (" + error + ")"));
        }
        JsonNode parsed;
        try {
            parsed = json.readTree(response.body());
        } catch (IOException e) {
            throw LaunchProblems.tokenFailed("the EHR's answer is not JSON");
        }
        if (!(parsed instanceof ObjectNode node) || !node.hasNonNull("access_token")) {
            throw LaunchProblems.tokenFailed("the EHR's answer has no access token");
        }
        String type = node.path("token_type").asText("");
        if (!"bearer".equalsIgnoreCase(type)) {
            throw LaunchProblems.tokenFailed("the EHR issued a '" + type + "' token instead of a Bearer token");
        }
        return new TokenResponse(node);
    }

    private void authenticate(IssuerRegistry.ConfiguredIssuer issuer, SmartConfiguration smart,
            Map<String, String> form, HttpRequest.Builder request) {
        LaunchConfig.Issuer c = issuer.config();
        switch (c.clientAuth()) {
            case PUBLIC -> form.put("client_id", c.clientId());
            case CLIENT_SECRET -> {
                String secret = c.clientSecret().orElseThrow(() -> misconfigured(issuer, "client-secret"));
                String basic = enc(c.clientId()) + ":" + enc(secret);
                request.header("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
            }
            case PRIVATE_KEY_JWT -> {
                form.put("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
                form.put("client_assertion", clientAssertion(issuer, smart.tokenEndpoint()));
            }
        }
    }

    /** SMART asymmetric client authentication: RS384 or ES384, five-minute lifetime, unique jti. */
    private String clientAssertion(IssuerRegistry.ConfiguredIssuer issuer, String tokenEndpoint) {
        String jwkJson = issuer.config().privateKeyJwk().orElseThrow(() -> misconfigured(issuer, "private-key-jwk"));
        try {
            JWK jwk = JWK.parse(jwkJson);
            JWSAlgorithm alg;
            JWSSigner signer;
            if (jwk instanceof RSAKey rsa) {
                alg = JWSAlgorithm.RS384;
                signer = new RSASSASigner(rsa);
            } else if (jwk instanceof ECKey ec) {
                alg = JWSAlgorithm.ES384;
                signer = new ECDSASigner(ec);
            } else {
                throw misconfigured(issuer, "private-key-jwk (must be an RSA or EC key)");
            }
            Date now = Date.from(clock.instant());
            JWTClaimsSet claims = new JWTClaimsSet.Builder()
                    .issuer(issuer.config().clientId())
                    .subject(issuer.config().clientId())
                    .audience(tokenEndpoint)
                    .issueTime(now)
                    .expirationTime(Date.from(clock.instant().plusSeconds(300)))
                    .jwtID(UUID.randomUUID().toString())
                    .build();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(alg).keyID(jwk.getKeyID()).build(), claims);
            jwt.sign(signer);
            return jwt.serialize();
        } catch (ParseException | JOSEException e) {
            throw misconfigured(issuer, "private-key-jwk (" + e.getClass().getSimpleName() + ")");
        }
    }

    private String oauthError(String body) {
        try {
            JsonNode n = json.readTree(body);
            return n.hasNonNull("error") ? n.get("error").asText().replaceAll("[^A-Za-z0-9_.-]", "") : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static ProblemException misconfigured(IssuerRegistry.ConfiguredIssuer issuer, String setting) {
        return new ProblemException(500, "issuer-misconfigured", "Scribe is not fully set up for this EHR",
                "The setting scribe.launch.issuers." + issuer.id() + "." + setting + " is missing or invalid.",
                "Tell hospital IT; they can fix it in Scribe's configuration.");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String stripSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
