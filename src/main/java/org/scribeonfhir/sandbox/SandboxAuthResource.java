package org.scribeonfhir.sandbox;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The sandbox's SMART authorization server: authorize (EHR and standalone), token, JWKS. */
@Path("/sandbox/auth")
public class SandboxAuthResource {

    static final String BROWSER_COOKIE = "sandbox_authz";

    private final SandboxAuthorizer authorizer;
    private final SandboxTokens tokens;
    private final SandboxKeys keys;
    private final SandboxDirectory directory;
    private final SandboxConfig config;

    SandboxAuthResource(SandboxAuthorizer authorizer, SandboxTokens tokens, SandboxKeys keys, SandboxDirectory directory,
            SandboxConfig config) {
        this.authorizer = authorizer;
        this.tokens = tokens;
        this.keys = keys;
        this.directory = directory;
        this.config = config;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance pick(String requestToken, String clientId, List<String> scopes, String error,
                List<SandboxDirectory.Person> practitioners, List<SandboxDirectory.Person> patients,
                List<SandboxDirectory.Visit> encounters);

        static native TemplateInstance error(String message);
    }

    @GET
    @Path("authorize")
    @Produces(MediaType.TEXT_HTML)
    public Response authorize(@QueryParam("response_type") String responseType, @QueryParam("client_id") String clientId,
            @QueryParam("redirect_uri") String redirectUri, @QueryParam("scope") String scope,
            @QueryParam("state") String state, @QueryParam("aud") String aud, @QueryParam("launch") String launch,
            @QueryParam("code_challenge") String codeChallenge,
            @QueryParam("code_challenge_method") String codeChallengeMethod, @QueryParam("nonce") String nonce) {
        return answer(authorizer.authorize(new AuthorizeRequest(responseType, clientId, redirectUri, scope, state, aud,
                launch, codeChallenge, codeChallengeMethod, nonce)));
    }

    /** SMART allows the authorize request as a form POST too. */
    @POST
    @Path("authorize")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response authorizeByPost(@FormParam("response_type") String responseType,
            @FormParam("client_id") String clientId, @FormParam("redirect_uri") String redirectUri,
            @FormParam("scope") String scope, @FormParam("state") String state, @FormParam("aud") String aud,
            @FormParam("launch") String launch, @FormParam("code_challenge") String codeChallenge,
            @FormParam("code_challenge_method") String codeChallengeMethod, @FormParam("nonce") String nonce) {
        return authorize(responseType, clientId, redirectUri, scope, state, aud, launch, codeChallenge,
                codeChallengeMethod, nonce);
    }

    /** The standalone picker's answer: Open (with a practitioner, patient and encounter) or Deny. */
    @POST
    @Path("authorize/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response decide(@FormParam("request") String request, @FormParam("action") String action,
            @FormParam("practitioner") String practitioner, @FormParam("patient") String patient,
            @FormParam("encounter") String encounter, @CookieParam(BROWSER_COOKIE) String browser) {
        return answer(authorizer.decide(request, browser, "approve".equals(action), practitioner, patient, encounter));
    }

    @POST
    @Path("token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Response token(@FormParam("grant_type") String grantType, @FormParam("code") String code,
            @FormParam("redirect_uri") String redirectUri, @FormParam("client_id") String clientId,
            @FormParam("code_verifier") String codeVerifier, @FormParam("refresh_token") String refreshToken,
            @FormParam("scope") String scope) {
        if (grantType == null || grantType.isBlank()) {
            throw OAuthError.invalidRequest("Missing parameter grant_type.");
        }
        if (!config.clientId().equals(clientId)) {
            throw OAuthError.invalidClient("Unknown client_id (public clients send it in the form).");
        }
        Map<String, Object> body = switch (grantType) {
            case "authorization_code" -> tokens.exchangeCode(code, redirectUri, clientId, codeVerifier);
            case "refresh_token" -> tokens.refresh(refreshToken, clientId, scope);
            default -> throw OAuthError.unsupportedGrantType("Supported: authorization_code, refresh_token.");
        };
        return noStore(Response.ok(body)).build();
    }

    @GET
    @Path("jwks")
    @Produces(MediaType.APPLICATION_JSON)
    public Response jwks() {
        return Response.ok(keys.jwks()).header("Cache-Control", "public, max-age=300").build();
    }

    @ServerExceptionMapper
    Response oauthError(OAuthError e) {
        return noStore(Response.status(e.status()).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("error", e.error(), "error_description", e.getMessage()))).build();
    }

    private Response answer(AuthorizeDecision decision) {
        if (decision instanceof AuthorizeDecision.Redirect r) {
            return noStore(Response.status(Response.Status.FOUND).location(r.location())).build();
        }
        if (decision instanceof AuthorizeDecision.ErrorPage e) {
            return noStore(Response.status(e.status()).entity(Templates.error(e.message()))).build();
        }
        AuthorizeDecision.Picker p = (AuthorizeDecision.Picker) decision;
        Response.ResponseBuilder page = Response.status(p.error() == null ? 200 : 400).entity(Templates.pick(
                p.requestToken(), config.clientId(), List.of(p.scope().split(" ")), p.error(),
                directory.practitioners(), directory.patients(), directory.encounters()));
        if (p.browserCookie() != null) {
            // SameSite=None so the picker also works when the app runs in an EHR iframe.
            page.header("Set-Cookie", BROWSER_COOKIE + "=" + p.browserCookie()
                    + "; Path=/sandbox/auth; Max-Age=" + config.launchLifetime().toSeconds()
                    + "; HttpOnly; Secure; SameSite=None");
        }
        return noStore(page).build();
    }

    private static Response.ResponseBuilder noStore(Response.ResponseBuilder b) {
        return b.header("Cache-Control", "no-store").header("Pragma", "no-cache");
    }
}
