package org.scribeonfhir.sandbox;

import java.time.Clock;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

/**
 * The authorize endpoint's decisions (SMART App Launch 2.2 / RFC 6749 §4.1 / RFC 7636). The order
 * of the checks matters: until client_id and redirect_uri are known good, nothing is ever
 * redirected, so the sandbox cannot be used as an open redirector.
 */
@ApplicationScoped
class SandboxAuthorizer {

    private static final Logger LOG = Logger.getLogger(SandboxAuthorizer.class);
    /** base64url of a SHA-256: exactly 43 characters. */
    private static final Pattern CHALLENGE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final SandboxConfig config;
    private final SandboxUrls urls;
    private final SandboxTokens tokens;
    private final GrantStore grants;
    private final SandboxDirectory directory;
    private final Clock clock;

    SandboxAuthorizer(SandboxConfig config, SandboxUrls urls, SandboxTokens tokens, GrantStore grants,
            SandboxDirectory directory, Clock clock) {
        this.config = config;
        this.urls = urls;
        this.tokens = tokens;
        this.grants = grants;
        this.directory = directory;
        this.clock = clock;
    }

    AuthorizeDecision authorize(AuthorizeRequest r) {
        if (!config.clientId().equals(r.clientId())) {
            return new AuthorizeDecision.ErrorPage(400, "Unknown client_id. The sandbox EHR only knows the client '"
                    + config.clientId() + "'.");
        }
        if (!urls.redirectUri().equals(r.redirectUri())) {
            return new AuthorizeDecision.ErrorPage(400, "The redirect_uri is not the one registered for this client ("
                    + urls.redirectUri() + "), so the sandbox will not send you there.");
        }
        if (!"code".equals(r.responseType())) {
            return error(r, "unsupported_response_type", "Only response_type=code is supported.");
        }
        if (r.state() == null || r.state().isBlank()) {
            return error(r, "invalid_request", "state is required (SMART App Launch).");
        }
        if (r.aud() == null || !trimSlash(r.aud()).equals(urls.fhirBase())) {
            return error(r, "invalid_request", "aud must be this EHR's FHIR base URL, " + urls.fhirBase() + ".");
        }
        if (!"S256".equals(r.codeChallengeMethod())) {
            return error(r, "invalid_request", "PKCE is required with code_challenge_method=S256.");
        }
        if (r.codeChallenge() == null || !CHALLENGE.matcher(r.codeChallenge()).matches()) {
            return error(r, "invalid_request", "code_challenge must be the base64url SHA-256 of the code_verifier.");
        }
        if (r.scope() == null || r.scope().isBlank()) {
            return error(r, "invalid_scope", "scope is required.");
        }
        if (r.launch() != null) {
            return ehrLaunch(r);
        }
        return standalone(r);
    }

    /** The practitioner who opened the app in the sandbox EHR is signed in already: answer at once. */
    private AuthorizeDecision ehrLaunch(AuthorizeRequest r) {
        GrantRow launch = tokens.launch(r.launch()).orElse(null);
        if (launch == null) {
            return error(r, "invalid_request", "The launch id is unknown or expired; open the app again from the EHR.");
        }
        SandboxScopes.Granted granted = SandboxScopes.grant(r.scope(), true);
        GrantRow approved = new GrantRow("request", SandboxSecrets.random(), r.clientId(), r.redirectUri(),
                granted.text(), r.state(), r.codeChallenge(), r.nonce(), null, launch.practitionerId(),
                launch.patientId(), launch.encounterId(), launch.expiresAt());
        LOG.infof("EHR launch authorized for client %s", r.clientId());
        return code(approved);
    }

    private AuthorizeDecision standalone(AuthorizeRequest r) {
        SandboxScopes.Granted granted = SandboxScopes.grant(r.scope(), false);
        String token = SandboxSecrets.random();
        String browser = SandboxSecrets.random();
        grants.insert(token, new GrantRow("request", SandboxSecrets.random(), r.clientId(), r.redirectUri(),
                granted.text(), r.state(), r.codeChallenge(), r.nonce(), SandboxSecrets.sha256Hex(browser), null, null,
                null, clock.instant().plus(config.launchLifetime())));
        return new AuthorizeDecision.Picker(token, browser, granted.text(), null);
    }

    /** The user's answer on the standalone picker page. */
    AuthorizeDecision decide(String requestToken, String browserCookie, boolean approve, String practitionerId,
            String patientId, String encounterId) {
        GrantRow pending = requestToken == null ? null : grants.findLive("request", requestToken).orElse(null);
        if (pending == null) {
            return new AuthorizeDecision.ErrorPage(400, "This sign-in form expired or was already used. "
                    + "Start again from the app.");
        }
        if (browserCookie == null || !SandboxSecrets.same(SandboxSecrets.sha256Hex(browserCookie), pending.browserHash())) {
            return new AuthorizeDecision.ErrorPage(403, "This sign-in form was not opened in this browser.");
        }
        if (approve) {
            String problem = directory.problemWith(practitionerId, patientId, encounterId);
            if (problem != null) {
                return new AuthorizeDecision.Picker(requestToken, null, pending.scope(), problem);
            }
        }
        if (!grants.consume("request", requestToken).fresh()) {
            return new AuthorizeDecision.ErrorPage(400, "This sign-in form was already used. Start again from the app.");
        }
        if (!approve) {
            LOG.infof("Standalone authorization denied by the user for client %s", pending.clientId());
            return new AuthorizeDecision.Redirect(SandboxUrls.withQuery(pending.redirectUri(), "error", "access_denied",
                    "error_description", "The user denied access.", "state", pending.state()));
        }
        LOG.infof("Standalone launch authorized for client %s", pending.clientId());
        return code(pending.withContext(practitionerId, patientId, encounterId));
    }

    private AuthorizeDecision code(GrantRow approved) {
        String code = tokens.issueCode(approved);
        return new AuthorizeDecision.Redirect(SandboxUrls.withQuery(approved.redirectUri(), "code", code,
                "state", approved.state()));
    }

    private static AuthorizeDecision error(AuthorizeRequest r, String error, String description) {
        String state = r.state() == null || r.state().isBlank() ? null : r.state();
        return new AuthorizeDecision.Redirect(SandboxUrls.withQuery(r.redirectUri(), "error", error,
                "error_description", description, "state", state));
    }

    private static String trimSlash(String s) {
        String t = s.trim();
        return t.endsWith("/") ? t.substring(0, t.length() - 1) : t;
    }
}
