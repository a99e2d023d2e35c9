package org.scribeonfhir.launch;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.event.Event;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.scribeonfhir.problem.LogSafe;

/**
 * SMART App Launch 2.2: {@code /launch} (EHR launch with {@code launch}, standalone without) and
 * the redirect URI {@code /callback}. Ends by handing the session to the review pane.
 */
@Path("/")
public class LaunchResource {

    /** Where a finished launch lands: the review capability opens the encounter's draft there. */
    public static final String LANDING = "/drafts/open";

    private static final Logger LOG = Logger.getLogger(LaunchResource.class);

    private final IssuerRegistry issuers;
    private final SmartDiscovery discovery;
    private final LaunchStateStore states;
    private final TokenClient tokens;
    private final IdTokenVerifier idTokens;
    private final Sessions sessions;
    private final LaunchConfig config;
    private final Clock clock;
    private final Event<BrowserRebound> rebound;

    LaunchResource(IssuerRegistry issuers, SmartDiscovery discovery, LaunchStateStore states, TokenClient tokens,
            IdTokenVerifier idTokens, Sessions sessions, LaunchConfig config, Clock clock,
            Event<BrowserRebound> rebound) {
        this.issuers = issuers;
        this.discovery = discovery;
        this.states = states;
        this.tokens = tokens;
        this.idTokens = idTokens;
        this.sessions = sessions;
        this.config = config;
        this.clock = clock;
        this.rebound = rebound;
    }

    @GET
    @Path("launch")
    public Response launch(@QueryParam("iss") String iss, @QueryParam("launch") String launch,
            @CookieParam(SessionCookies.BROWSER) String browserCookie, @Context UriInfo uri) {
        if (iss == null || iss.isBlank()) {
            throw LaunchProblems.missingIssuer(); // opened from a bookmark, or the EHR's launch URL lacks it
        }
        // The allow-list is checked before anything else: an unknown iss never causes a request.
        IssuerRegistry.ConfiguredIssuer issuer = issuers.find(iss).orElseThrow(LaunchProblems::unknownIssuer);
        boolean standalone = !uri.getQueryParameters().containsKey("launch");
        if ((standalone && !issuer.config().standalone()) || (!standalone && (launch == null || launch.isBlank()))) {
            throw LaunchProblems.missingLaunch();
        }
        SmartConfiguration smart = discovery.discover(issuer);

        // Always our own value: a binding the client could choose (or an attacker could plant) binds nothing.
        String browser = Secrets.random();
        sessions.browserKey(browserCookie).ifPresent(previous -> rebound.fire(
                new BrowserRebound(previous, Secrets.sha256Hex(browser))));
        String state = Secrets.random();
        String verifier = Secrets.random();
        Instant now = clock.instant();
        states.save(new PendingLaunch(Secrets.sha256Hex(state), Secrets.sha256Hex(browser), issuer.id(),
                issuer.iss(), launch, verifier, now, now.plus(config.stateTtl())));

        UriBuilder authorize = UriBuilder.fromUri(smart.authorizationEndpoint())
                .queryParam("response_type", "code")
                .queryParam("client_id", issuer.config().clientId())
                .queryParam("redirect_uri", tokens.redirectUri())
                .queryParam("scope", String.join(" ", scopes(issuer, standalone)))
                .queryParam("state", state)
                .queryParam("aud", issuer.iss())
                .queryParam("code_challenge", Secrets.pkceChallenge(verifier))
                .queryParam("code_challenge_method", "S256");
        if (!standalone) {
            authorize.queryParam("launch", launch);
        }
        LOG.infof("Launch from issuer %s (%s), redirecting to authorize", issuer.id(),
                standalone ? "standalone" : "EHR launch");
        return Response.status(Response.Status.FOUND)
                .location(authorize.build())
                .header(HttpHeaders.SET_COOKIE, SessionCookies.set(SessionCookies.BROWSER, browser,
                        cookieSeconds()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    @GET
    @Path("callback")
    public Response callback(@QueryParam("code") String code, @QueryParam("state") String state,
            @QueryParam("error") String error, @QueryParam("error_description") String errorDescription,
            @CookieParam(SessionCookies.BROWSER) String browserCookie) {
        if (state == null || state.isBlank()) {
            throw LaunchProblems.missingState();
        }
        PendingLaunch pending = states.consume(Secrets.sha256Hex(state)).orElseThrow(LaunchProblems::unknownState);
        if (pending.expiresAt().isBefore(clock.instant())) {
            throw LaunchProblems.expiredState();
        }
        if (browserCookie == null || !Secrets.sha256Hex(browserCookie).equals(pending.browserHash())) {
            throw LaunchProblems.otherBrowser();
        }
        if (error != null) {
            LOG.infof("Issuer %s refused authorization: %s", pending.issuerId(), LogSafe.text(error));
            throw LaunchProblems.authorizationRefused(error, errorDescription);
        }
        if (code == null || code.isBlank()) {
            throw LaunchProblems.tokenFailed("the EHR sent no authorization code");
        }
        IssuerRegistry.ConfiguredIssuer issuer = issuers.byId(pending.issuerId())
                .filter(i -> i.iss().equals(pending.iss()))
                .orElseThrow(LaunchProblems::unknownIssuer);
        SmartConfiguration smart = discovery.discover(issuer);
        TokenResponse response = tokens.exchange(issuer, smart, code, pending.codeVerifier());
        String fhirUser = response.idToken()
                .map(idToken -> idTokens.verifiedFhirUser(issuer, smart, idToken))
                .orElse(null);
        String sessionId = sessions.create(issuer, response, fhirUser);
        LOG.infof("Launch from issuer %s completed (patient context: %s, encounter context: %s, user: %s)",
                issuer.id(), response.patient().isPresent(), response.encounter().isPresent(), fhirUser != null);
        return Response.seeOther(URI.create(LANDING))
                .header(HttpHeaders.SET_COOKIE, SessionCookies.set(SessionCookies.SESSION, sessionId,
                        cookieSeconds()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    /** Standalone launches ask for the patient and encounter to be chosen at the EHR instead of {@code launch}. */
    private static List<String> scopes(IssuerRegistry.ConfiguredIssuer issuer, boolean standalone) {
        List<String> scopes = new ArrayList<>();
        for (String s : issuer.config().scopes()) {
            if (standalone && s.equals("launch")) {
                scopes.add("launch/patient");
                scopes.add("launch/encounter");
            } else {
                scopes.add(s);
            }
        }
        return scopes;
    }

    /** Cookies outlive the server's idle session by the time an ended session stays on record (see SessionStore). */
    private long cookieSeconds() {
        return config.sessionTtl().plus(SessionStore.ENDED_KEPT).toSeconds();
    }
}
