package org.scribeonfhir.sandbox;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Practitioner;
import org.jboss.logging.Logger;

/**
 * The token side of the authorization server: launch ids, codes, access, refresh and id tokens.
 * Every value is random and opaque; only hashes are stored (see {@link GrantStore}).
 */
@ApplicationScoped
class SandboxTokens {

    private static final Logger LOG = Logger.getLogger(SandboxTokens.class);
    /** RFC 7636 §4.1: 43–128 unreserved characters. */
    private static final Pattern VERIFIER = Pattern.compile("[A-Za-z0-9._~-]{43,128}");

    private final GrantStore grants;
    private final SandboxRecords records;
    private final SandboxKeys keys;
    private final SandboxConfig config;
    private final SandboxUrls urls;
    private final Clock clock;

    SandboxTokens(GrantStore grants, SandboxRecords records, SandboxKeys keys, SandboxConfig config, SandboxUrls urls,
            Clock clock) {
        this.grants = grants;
        this.records = records;
        this.keys = keys;
        this.config = config;
        this.urls = urls;
        this.clock = clock;
    }

    /** A launch context for /sandbox/launch; returns the opaque launch id. */
    String createLaunch(String practitionerId, String patientId, String encounterId) {
        grants.purgeExpired();
        String id = SandboxSecrets.random();
        grants.insert(id, GrantRow.launch(SandboxSecrets.random(), practitionerId, patientId, encounterId,
                clock.instant().plus(config.launchLifetime())));
        return id;
    }

    java.util.Optional<GrantRow> launch(String launchId) {
        return launchId == null || launchId.length() > 200 ? java.util.Optional.empty()
                : grants.findLive("launch", launchId);
    }

    /** Issues the authorization code for an approved authorization (client, scope, PKCE challenge, context). */
    String issueCode(GrantRow authorization) {
        String code = SandboxSecrets.random();
        grants.insert(code, authorization.as("code", clock.instant().plus(config.codeLifetime())));
        return code;
    }

    Map<String, Object> exchangeCode(String code, String redirectUri, String clientId, String verifier) {
        required(code, "code");
        required(redirectUri, "redirect_uri");
        required(verifier, "code_verifier");
        GrantStore.Consumed consumed = grants.consume("code", code);
        if (!consumed.fresh()) {
            if (consumed.row() != null && grants.wasConsumed("code", code)) {
                // RFC 6749 §4.1.2: a replayed code revokes what was issued from it.
                int revoked = grants.revokeFamily(consumed.row().family());
                LOG.warnf("Authorization code replayed; revoked %d grants of its family", revoked);
                throw OAuthError.invalidGrant("The authorization code was already used.");
            }
            throw OAuthError.invalidGrant("The authorization code is unknown or expired.");
        }
        GrantRow row = consumed.row();
        if (!row.clientId().equals(clientId)) {
            throw OAuthError.invalidGrant("The authorization code was issued to another client.");
        }
        if (!row.redirectUri().equals(redirectUri)) {
            throw OAuthError.invalidGrant("redirect_uri does not match the one of the authorization request.");
        }
        if (!VERIFIER.matcher(verifier).matches() || !SandboxSecrets.same(SandboxSecrets.s256(verifier),
                row.codeChallenge())) {
            throw OAuthError.invalidGrant("code_verifier does not match the code_challenge (PKCE S256).");
        }
        return respond(row, true);
    }

    Map<String, Object> refresh(String refreshToken, String clientId, String scope) {
        required(refreshToken, "refresh_token");
        GrantStore.Consumed consumed = grants.consume("refresh", refreshToken);
        if (!consumed.fresh()) {
            if (consumed.row() != null && grants.wasConsumed("refresh", refreshToken)) {
                // A rotated-out refresh token came back: someone kept a copy. Revoke the whole family.
                int revoked = grants.revokeFamily(consumed.row().family());
                LOG.warnf("Refresh token reused after rotation; revoked %d grants of its family", revoked);
            }
            throw OAuthError.invalidGrant("The refresh token is unknown, expired, revoked or already used.");
        }
        GrantRow row = consumed.row();
        if (!row.clientId().equals(clientId)) {
            throw OAuthError.invalidGrant("The refresh token was issued to another client.");
        }
        if (scope != null && !scope.isBlank()) {
            SandboxScopes.Granted had = SandboxScopes.Granted.of(row.scope());
            for (String s : scope.trim().split("\\s+")) {
                if (!had.has(s)) {
                    throw OAuthError.invalidScope("Scope '" + s + "' was not part of the original grant.");
                }
            }
            row = row.withScope(scope.trim().replaceAll("\\s+", " "));
        }
        return respond(row, SandboxScopes.Granted.of(row.scope()).has("openid"));
    }

    /** The access grant behind an {@code Authorization: Bearer} header, or a 401. */
    AccessGrant authenticate(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            throw OperationOutcomes.unauthorized("No access token: send Authorization: Bearer <token>.");
        }
        String[] parts = authorization.trim().split("\\s+", 2);
        if (parts.length != 2 || !parts[0].equalsIgnoreCase("Bearer") || parts[1].length() > 200) {
            throw OperationOutcomes.unauthorized("The Authorization header is not a Bearer token.");
        }
        GrantRow row = grants.findLive("access", parts[1])
                .orElseThrow(() -> OperationOutcomes.unauthorized("The access token is unknown, expired or revoked."));
        return new AccessGrant(row.clientId(), SandboxScopes.Granted.of(row.scope()), row.practitionerId(),
                row.patientId(), row.encounterId());
    }

    private Map<String, Object> respond(GrantRow row, boolean withIdToken) {
        Instant now = clock.instant();
        SandboxScopes.Granted scopes = SandboxScopes.Granted.of(row.scope());
        String access = SandboxSecrets.random();
        grants.insert(access, row.as("access", now.plus(config.tokenLifetime())));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", access);
        body.put("token_type", "Bearer");
        body.put("expires_in", config.tokenLifetime().toSeconds());
        body.put("scope", scopes.text());
        if (row.patientId() != null) {
            body.put("patient", row.patientId());
        }
        if (row.encounterId() != null) {
            body.put("encounter", row.encounterId());
        }
        body.put("need_patient_banner", true);
        body.put("smart_style_url", urls.smartStyle());
        if (scopes.refreshable()) {
            String refresh = SandboxSecrets.random();
            grants.insert(refresh, row.as("refresh", now.plus(config.refreshLifetime())));
            body.put("refresh_token", refresh);
        }
        if (withIdToken && scopes.has("openid") && row.practitionerId() != null) {
            body.put("id_token", keys.idToken(urls.fhirBase(), row.practitionerId(), row.clientId(), now,
                    now.plus(config.tokenLifetime()), urls.resource("Practitioner", row.practitionerId()),
                    practitionerName(row.practitionerId()), row.nonce()));
        }
        return body;
    }

    private String practitionerName(String id) {
        return records.read("Practitioner", id).map(r -> ((Practitioner) r).getNameFirstRep())
                .map(SandboxTokens::name).orElse(null);
    }

    static String name(HumanName n) {
        if (n.hasText()) {
            return n.getText();
        }
        String s = (n.getGivenAsSingleString() + " " + (n.hasFamily() ? n.getFamily() : "")).trim();
        return s.isEmpty() ? null : s;
    }

    private static void required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw OAuthError.invalidRequest("Missing parameter " + name + ".");
        }
    }
}
