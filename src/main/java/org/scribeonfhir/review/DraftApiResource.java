package org.scribeonfhir.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.scribeonfhir.drafting.NoteHeaders;
import org.scribeonfhir.launch.LaunchSession;
import org.scribeonfhir.launch.SessionCookies;
import org.scribeonfhir.launch.Sessions;
import org.scribeonfhir.problem.ProblemException;
import org.scribeonfhir.validation.Finding;

/**
 * The draft as JSON for the pane's scripts and for integrations: the same authorization as the pane (the
 * launch session), the version as the ETag, {@code If-Match} on every change, CSRF token in {@code X-CSRF-Token}.
 */
@Path("/api/drafts/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Drafts", description = "Review, edit and sign the launch's draft note")
public class DraftApiResource {

    static final String CSRF_HEADER = "X-CSRF-Token";

    private final Sessions sessions;
    private final ReviewService review;
    private final DraftRequests requests;
    private final PeopleNames names;
    private final Acknowledgements acknowledgements;

    DraftApiResource(Sessions sessions, ReviewService review, DraftRequests requests, PeopleNames names,
            Acknowledgements acknowledgements) {
        this.sessions = sessions;
        this.review = review;
        this.requests = requests;
        this.names = names;
        this.acknowledgements = acknowledgements;
    }

    /**
     * Body of a save: header → text. Headers not sent keep their current text. Signing also needs
     * {@code attest} (the signer confirms {@link SignReview#ATTESTATION}) and, while drafted statements marked
     * "check" stand unreviewed, {@code confirmUnreviewed}.
     */
    public record SaveRequest(Map<String, String> sections, Boolean attest, Boolean confirmUnreviewed) {
    }

    /** A drafted statement, by its text, that a person accepts as it stands. */
    public record AcceptRequest(String statement) {
    }

    @GET
    @Operation(summary = "The draft, its sections, statements and evidence; ETag = version")
    @APIResponse(responseCode = "200", description = "The draft")
    @APIResponse(responseCode = "404", description = "No such draft in this launch")
    public Response get(@PathParam("id") String id, @CookieParam(SessionCookies.SESSION) String cookie) {
        LaunchSession session = sessions.require(cookie);
        return ok(session, review.own(session, DraftRequests.parse(id)));
    }

    /**
     * A safety finding as the API shows it (severity: critical or warning); key names it for an acknowledgement,
     * which critical findings need before signing (null until then; warnings never have one).
     */
    public record FindingJson(String key, String kind, String severity, String section, String line, String message,
            List<String> evidence, AcknowledgedJson acknowledged) {

        static FindingJson of(Finding f, Draft.Acknowledged a, People people) {
            return new FindingJson(f.key(), f.kind(), f.severity().code(), f.section(), f.line(), f.message(),
                    f.evidence(), a == null ? null : new AcknowledgedJson(a.by(), people.of(a.by()),
                            a.at().toString(), a.reason(), a.version()));
        }
    }

    /** Who acknowledged a critical finding (reference and name), when, why, on which version. */
    public record AcknowledgedJson(String by, String byName, String at, String reason, int version) {
    }

    /** A critical finding, by its key, acknowledged with the signer's reason. */
    public record AcknowledgeRequest(String finding, String reason) {
    }

    @GET
    @Path("findings")
    @Operation(summary = "What the safety checks find in the draft's current text, critical first; ETag = version")
    @APIResponse(responseCode = "200", description = "The findings (an empty list when there are none)")
    @APIResponse(responseCode = "404", description = "No such draft in this launch")
    public Response findings(@PathParam("id") String id, @CookieParam(SessionCookies.SESSION) String cookie) {
        LaunchSession session = sessions.require(cookie);
        Draft draft = review.own(session, DraftRequests.parse(id));
        return findings(draft);
    }

    @POST
    @Path("findings/acknowledgements")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Acknowledge a critical finding in the current text with a reason (signers only)")
    @APIResponse(responseCode = "200", description = "Recorded; the findings as they are now")
    @APIResponse(responseCode = "403", description = "This user may not sign, so may not acknowledge")
    @APIResponse(responseCode = "409", description = "No such open critical finding in the current text")
    @APIResponse(responseCode = "422", description = "No reason, or a reason over 1,000 characters")
    public Response acknowledge(@PathParam("id") String id, @HeaderParam(CSRF_HEADER) String csrf,
            @CookieParam(SessionCookies.SESSION) String cookie, @CookieParam(SessionCookies.BROWSER) String browser,
            AcknowledgeRequest body) {
        LaunchSession session = authorized(cookie, browser, csrf, id, -1, null);
        Draft draft = review.own(session, DraftRequests.parse(id));
        return findings(acknowledgements.acknowledge(session, draft, body == null ? null : body.finding(),
                body == null ? null : body.reason()));
    }

    private Response findings(Draft draft) {
        People people = names.of(draft, List.of());
        List<FindingJson> findings = SafetyReview.of(draft, draft.sections()).stream()
                .map(r -> FindingJson.of(r.finding(), r.acknowledged(), people)).toList();
        return Response.ok(Map.of("version", draft.version(), "findings", findings))
                .tag(new EntityTag(Integer.toString(draft.version())))
                .header("Cache-Control", "no-store").build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save the text of the draft's sections as a new version")
    @APIResponse(responseCode = "200", description = "Saved; the new version is the ETag")
    @APIResponse(responseCode = "409", description = "Someone saved first: the current text and yours")
    @APIResponse(responseCode = "413", description = "The sections together are longer than a note can be")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response save(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @HeaderParam(CSRF_HEADER) String csrf, @CookieParam(SessionCookies.SESSION) String cookie,
            @CookieParam(SessionCookies.BROWSER) String browser, SaveRequest body) {
        return change(id, ifMatch, csrf, cookie, browser, body, review::save);
    }

    @POST
    @Path("ready")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save and mark the draft ready for the clinician's signature")
    public Response ready(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @HeaderParam(CSRF_HEADER) String csrf, @CookieParam(SessionCookies.SESSION) String cookie,
            @CookieParam(SessionCookies.BROWSER) String browser, SaveRequest body) {
        return change(id, ifMatch, csrf, cookie, browser, body, review::ready);
    }

    @POST
    @Path("sign")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save, sign and write the note to the EHR; answers the reference the EHR gave it")
    @APIResponse(responseCode = "200", description = "Written; writtenReference is the EHR's id")
    @APIResponse(responseCode = "403", description = "This user may not sign this note")
    @APIResponse(responseCode = "409", description = "Critical safety findings not acknowledged (listed in findings)")
    @APIResponse(responseCode = "422", description = "No attestation, or unreviewed 'check' statements not confirmed")
    public Response sign(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @HeaderParam(CSRF_HEADER) String csrf, @CookieParam(SessionCookies.SESSION) String cookie,
            @CookieParam(SessionCookies.BROWSER) String browser, SaveRequest body) {
        SignReview.Consent consent = new SignReview.Consent(body != null && Boolean.TRUE.equals(body.attest()),
                body != null && Boolean.TRUE.equals(body.confirmUnreviewed()));
        try {
            return change(id, ifMatch, csrf, cookie, browser, body, (s, d, b, t) -> review.sign(s, d, b, t, consent));
        } catch (SignNeedsReview e) {
            if (!e.openCritical().isEmpty()) {
                throw ReviewProblems.criticalFindings(e.openCritical(), e.saved().version()).withMember("findings",
                        e.openCritical().stream().map(f -> FindingJson.of(f, null, People.NONE)).toList());
            }
            throw ReviewProblems.signNeedsReview(e.attested(), e.unreviewed(), e.saved().version());
        }
    }

    @POST
    @Path("accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Accept a drafted statement as it stands, which clears its 'check'")
    public Response accept(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @HeaderParam(CSRF_HEADER) String csrf, @CookieParam(SessionCookies.SESSION) String cookie,
            @CookieParam(SessionCookies.BROWSER) String browser, AcceptRequest body) {
        String statement = body == null ? null : body.statement();
        return change(id, ifMatch, csrf, cookie, browser, new SaveRequest(Map.of(), null, null),
                (s, d, b, t) -> review.accept(s, d, b, t, statement));
    }

    /** Every change: a version to build on, the session with its CSRF token, then the action on the text. */
    private Response change(String id, String ifMatch, String csrf, String cookie, String browser, SaveRequest body,
            ReviewService.Change action) {
        int base = requireVersion(ifMatch);
        NoteText.require(sent(body), false);
        NoteText.requireFits(sent(body), false); // before anything is kept for a browser without a session
        LaunchSession session = authorized(cookie, browser, csrf, id, base, body);
        Draft draft = review.own(session, DraftRequests.parse(id));
        Map<String, String> typed = merged(draft, body);
        NoteText.requireFits(typed, false); // the sections not sent count too
        SaveResult result = action.apply(session, draft, base, typed);
        return result.conflict() ? conflict(session, result.draft(), typed) : ok(session, result.draft());
    }

    private LaunchSession authorized(String cookie, String browser, String csrf, String id, int base,
            SaveRequest body) {
        Optional<LaunchSession> session = sessions.find(cookie);
        if (session.isEmpty()) {
            if (body != null && body.sections() != null && !body.sections().isEmpty()
                    && requests.keptAfterSessionEnded(cookie, browser, id, base, complete(body.sections()))) {
                throw ReviewProblems.sessionEndedTextKept(Map.of());
            }
            return sessions.require(cookie);
        }
        if (!sessions.csrfMatches(session.get(), csrf)) {
            throw ReviewProblems.badCsrf(Map.of());
        }
        return session.get();
    }

    private static int requireVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "if-match-required", "Say which version you edited",
                    "Changes to a draft must carry If-Match with the version (ETag) they were based on, so that "
                            + "nobody's text is overwritten unseen.",
                    "GET the draft, then send its ETag in If-Match.");
        }
        String v = ifMatch.trim().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new ProblemException(400, "if-match-invalid", "If-Match is not a draft version",
                    "If-Match must be the ETag of the draft, e.g. \"3\".", "GET the draft and use its ETag.");
        }
    }

    /** The texts the client sent for the note's headers (others are ignored, so not checked). */
    private static Map<String, String> sent(SaveRequest body) {
        Map<String, String> out = new LinkedHashMap<>();
        if (body != null && body.sections() != null) {
            body.sections().forEach((header, text) -> {
                if (NoteHeaders.ALL.contains(header) && text != null) {
                    out.put(header, text);
                }
            });
        }
        return out;
    }

    /** Headers the client did not send keep the draft's current text. */
    private static Map<String, String> merged(Draft draft, SaveRequest body) {
        Map<String, String> out = new LinkedHashMap<>(draft.sections());
        if (body != null && body.sections() != null) {
            body.sections().forEach((header, text) -> {
                if (NoteHeaders.ALL.contains(header)) {
                    out.put(header, text == null ? "" : text.replace("\r\n", "\n").strip());
                }
            });
        }
        return out;
    }

    private static Map<String, String> complete(Map<String, String> sections) {
        Map<String, String> out = new LinkedHashMap<>();
        NoteHeaders.ALL.forEach(h -> out.put(h, sections.getOrDefault(h, "")));
        return out;
    }

    private Response ok(LaunchSession session, Draft draft) {
        return Response.ok(DraftJson.of(PaneView.of(draft, session, draft.sections(), null, null,
                names.of(draft, List.of()))))
                .tag(new EntityTag(Integer.toString(draft.version())))
                .header("Cache-Control", "no-store").build();
    }

    private Response conflict(LaunchSession session, Draft current, Map<String, String> yours) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "urn:scribe-on-fhir:problem:stale-version");
        problem.put("title", "Someone else saved this draft first");
        problem.put("status", 409);
        problem.put("detail", "Your text was not saved. The current text and yours are both here; merge and save "
                + "again with the current version in If-Match.");
        problem.put("current", DraftJson.of(PaneView.of(current, session, current.sections(), null, null,
                names.of(current, List.of()))));
        problem.put("yours", yours);
        return Response.status(409).type("application/problem+json").entity(problem)
                .tag(new EntityTag(Integer.toString(current.version()))).build();
    }
}
