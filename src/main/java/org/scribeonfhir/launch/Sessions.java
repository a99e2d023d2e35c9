package org.scribeonfhir.launch;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.scribeonfhir.problem.ProblemException;

/** The launch sessions other capabilities may use: look one up, get a fresh access token, check CSRF. */
@ApplicationScoped
public class Sessions {

    private static final Logger LOG = Logger.getLogger(Sessions.class);
    /** Refresh this long before the access token expires, so a request never starts with a dying token. */
    private static final long REFRESH_MARGIN_SECONDS = 60;

    private final SessionStore store;
    private final IssuerRegistry issuers;
    private final SmartDiscovery discovery;
    private final TokenClient tokens;
    private final LaunchConfig config;
    private final Clock clock;

    Sessions(SessionStore store, IssuerRegistry issuers, SmartDiscovery discovery, TokenClient tokens,
            LaunchConfig config, Clock clock) {
        this.store = store;
        this.issuers = issuers;
        this.discovery = discovery;
        this.tokens = tokens;
        this.config = config;
        this.clock = clock;
    }

    /** Creates the server-side session for a finished launch; returns the cookie value. */
    String create(IssuerRegistry.ConfiguredIssuer issuer, TokenResponse response, String fhirUser) {
        String id = Secrets.random();
        Instant now = clock.instant();
        store.insert(new SessionStore.Row(Secrets.sha256Hex(id), issuer.id(), issuer.iss(), response,
                response.expiresIn().map(now::plusSeconds).orElse(null),
                response.patient().orElse(null), response.encounter().orElse(null), fhirUser,
                response.needPatientBanner(), response.smartStyleUrl().orElse(null),
                response.scope().orElse(null), Secrets.random(), now.plus(config.sessionTtl())));
        return id;
    }

    public Optional<LaunchSession> find(String cookieValue) {
        if (cookieValue == null || cookieValue.isBlank() || cookieValue.length() > 100) {
            return Optional.empty();
        }
        return store.findAndTouch(Secrets.sha256Hex(cookieValue), clock.instant().plus(config.sessionTtl()))
                .flatMap(this::toSession);
    }

    /**
     * The session behind this cookie if it has ended but is still on record: whose text a browser sends after
     * its session ran out. Grants nothing: it only names the practitioner and the visit.
     */
    public Optional<LaunchSession> ended(String cookieValue) {
        if (cookieValue == null || cookieValue.isBlank() || cookieValue.length() > 100) {
            return Optional.empty();
        }
        return store.find(Secrets.sha256Hex(cookieValue))
                .filter(r -> r.expiresAt() != null && !r.expiresAt().isAfter(clock.instant()))
                .flatMap(this::toSession);
    }

    public LaunchSession require(String cookieValue) {
        return find(cookieValue).orElseThrow(LaunchProblems::noSession);
    }

    /** An access token valid for at least another minute, refreshed first when needed. */
    public String accessToken(LaunchSession session) {
        SessionStore.Row row = store.find(session.idHash()).orElseThrow(LaunchProblems::noSession);
        if (!expiresSoon(row.accessExpiresAt())) {
            return row.tokens().accessToken();
        }
        if (row.tokens().refreshToken().isEmpty()) {
            throw LaunchProblems.refreshFailed("the EHR gave no refresh token");
        }
        IssuerRegistry.ConfiguredIssuer issuer = issuers.byId(row.issuerId())
                .orElseThrow(LaunchProblems::unknownIssuer);
        SessionStore.Row refreshed = store.refreshLocked(row.idHash(), current -> {
            if (!expiresSoon(current.accessExpiresAt())) {
                return null; // another request refreshed it while we waited for the lock
            }
            try {
                TokenResponse fresh = tokens.refresh(issuer, discovery.discover(issuer),
                        current.tokens().refreshToken().orElseThrow());
                LOG.debugf("Refreshed the access token of a session of issuer %s", issuer.id());
                return fresh.mergedInto(current.tokens());
            } catch (ProblemException e) {
                // The code is for IT (the token client logged the EHR's answer); the person gets words.
                LOG.infof("Refreshing an access token at issuer %s failed (%s)", issuer.id(), e.code());
                throw LaunchProblems.refreshFailed("the EHR did not grant it");
            }
        });
        if (refreshed == null) {
            throw LaunchProblems.noSession();
        }
        return refreshed.tokens().accessToken();
    }

    /**
     * Gives a session launched without an encounter the one the user chose (checked against the EHR by the
     * caller). False when the session already has an encounter: a launch's encounter is never switched.
     */
    public boolean assignEncounter(LaunchSession session, String encounterId) {
        return store.assignEncounter(session.idHash(), encounterId);
    }

    /** A stable, non-secret key for the browser behind a browser-binding cookie (its hash), if the cookie is ours. */
    public Optional<String> browserKey(String browserCookie) {
        return browserCookie != null && browserCookie.length() == 43
                ? Optional.of(Secrets.sha256Hex(browserCookie)) : Optional.empty();
    }

    public boolean csrfMatches(LaunchSession session, String token) {
        return token != null && MessageDigest.isEqual(session.csrfToken().getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8));
    }

    private boolean expiresSoon(Instant accessExpiresAt) {
        return accessExpiresAt != null
                && accessExpiresAt.isBefore(clock.instant().plusSeconds(REFRESH_MARGIN_SECONDS));
    }

    private Optional<LaunchSession> toSession(SessionStore.Row r) {
        return issuers.byId(r.issuerId()).map(issuer -> new LaunchSession(r.idHash(), r.issuerId(), r.iss(),
                issuer.config().vendor(), issuer.config().signers(), r.patientId(), r.encounterId(), r.fhirUser(), r.needPatientBanner(),
                r.smartStyleUrl(), r.grantedScope(), r.csrfToken(), r.accessExpiresAt()));
    }
}
