package org.scribeonfhir.launch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads and caches each issuer's {@code .well-known/smart-configuration}. */
@ApplicationScoped
class SmartDiscovery {

    private static final Logger LOG = Logger.getLogger(SmartDiscovery.class);

    private final HttpClient http;
    private final ObjectMapper json;
    private final LaunchConfig config;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    SmartDiscovery(SmartHttp http, ObjectMapper json, LaunchConfig config, Clock clock) {
        this.http = http.client();
        this.json = json;
        this.config = config;
        this.clock = clock;
    }

    SmartConfiguration discover(IssuerRegistry.ConfiguredIssuer issuer) {
        Cached hit = cache.get(issuer.iss());
        if (hit != null && hit.expires().isAfter(clock.instant())) {
            return hit.configuration();
        }
        SmartConfiguration fresh = fetch(issuer);
        cache.put(issuer.iss(), new Cached(fresh, clock.instant().plus(config.discoveryTtl())));
        return fresh;
    }

    private SmartConfiguration fetch(IssuerRegistry.ConfiguredIssuer issuer) {
        URI uri = URI.create(issuer.iss() + "/.well-known/smart-configuration");
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(uri).timeout(config.httpTimeout())
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            LOG.warnf("SMART discovery for issuer %s failed: %s", issuer.id(), e.getClass().getSimpleName());
            throw LaunchProblems.discoveryFailed("the EHR did not answer");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw LaunchProblems.discoveryFailed("the request was interrupted");
        }
        if (response.statusCode() != 200) {
            LOG.warnf("SMART discovery for issuer %s answered HTTP %d", issuer.id(), response.statusCode());
            throw LaunchProblems.discoveryFailed("the EHR answered HTTP " + response.statusCode());
        }
        try {
            JsonNode doc = json.readTree(response.body());
            SmartConfiguration c = new SmartConfiguration(
                    text(doc, "issuer"), text(doc, "authorization_endpoint"), text(doc, "token_endpoint"),
                    text(doc, "jwks_uri"), strings(doc, "capabilities"), strings(doc, "code_challenge_methods_supported"));
            if (c.authorizationEndpoint() == null || c.tokenEndpoint() == null) {
                throw LaunchProblems.discoveryFailed("it names no authorization or token endpoint");
            }
            if (!c.codeChallengeMethods().isEmpty() && !c.codeChallengeMethods().contains("S256")) {
                throw LaunchProblems.discoveryFailed("it does not support PKCE S256, which SMART requires");
            }
            return c;
        } catch (IOException e) {
            throw LaunchProblems.discoveryFailed("its answer is not JSON");
        }
    }

    private static String text(JsonNode doc, String field) {
        JsonNode n = doc.get(field);
        return n == null || !n.isTextual() || n.asText().isBlank() ? null : n.asText();
    }

    private static List<String> strings(JsonNode doc, String field) {
        List<String> out = new ArrayList<>();
        JsonNode n = doc.get(field);
        if (n != null && n.isArray()) {
            n.forEach(v -> out.add(v.asText()));
        }
        return out;
    }

    private record Cached(SmartConfiguration configuration, Instant expires) {
    }
}
