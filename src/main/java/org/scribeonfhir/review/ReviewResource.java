package org.scribeonfhir.review;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.scribeonfhir.drafting.DraftNote;
import org.scribeonfhir.drafting.NoteHeaders;
import org.scribeonfhir.ehr.EhrConfig;
import org.scribeonfhir.launch.LaunchSession;
import org.scribeonfhir.launch.SessionCookies;
import org.scribeonfhir.launch.Sessions;
import org.scribeonfhir.problem.ProblemException;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The review pane: transcript and chart on the left, the editable draft on the right. Every state change
 * is a POST carrying the session's CSRF token; every page answers only for the launch's own draft.
 */
@Path("/drafts")
public class ReviewResource {

    private final Sessions sessions;
    private final ReviewService review;
    private final DraftRequests requests;
    private final EhrStyle styles;
    private final EhrConfig ehrConfig;
    private final PeopleNames names;
    private final Acknowledgements acknowledgements;

    ReviewResource(Sessions sessions, ReviewService review, DraftRequests requests, EhrStyle styles,
            EhrConfig ehrConfig, PeopleNames names, Acknowledgements acknowledgements) {
        this.sessions = sessions;
        this.review = review;
        this.requests = requests;
        this.styles = styles;
        this.ehrConfig = ehrConfig;
        this.names = names;
        this.acknowledgements = acknowledgements;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance pane(PaneView view);

        static native TemplateInstance regenerate(String draftId, int version, String csrf);
    }

    @GET
    @Path("open")
    public Response open(@CookieParam(SessionCookies.SESSION) String cookie) {
        LaunchSession session = sessions.require(cookie);
        if (session.patientId() != null && session.encounterId() == null) {
            return Response.seeOther(URI.create(EncounterPickerResource.PATH)).build(); // choose the visit first
        }
        names.remember(session);
        Draft draft = review.open(session);
        return Response.seeOther(URI.create("/drafts/" + draft.id())).build();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML)
    public Response show(@PathParam("id") String id, @QueryParam("notice") String notice,
            @CookieParam(SessionCookies.SESSION) String cookie, @CookieParam(SessionCookies.BROWSER) String browser) {
        LaunchSession session = sessions.require(cookie);
        Draft draft = review.own(session, DraftRequests.parse(id));
        String browserKey = sessions.browserKey(browser).orElse(null);
        Optional<ReviewService.Restored> restored = review.restoreKept(session, draft, browserKey);
        if (restored.isPresent()) {
            ReviewService.Restored r = restored.get();
            if (r.result().conflict()) {
                return page(409, PaneView.of(r.result().draft(), session, r.result().draft().sections(), null,
                        DraftNote.render(r.text()), names.of(r.result().draft(), List.of())));
            }
            draft = r.result().draft();
            notice = "restored";
        }
        String message = notice(notice, draft);
        List<KeptTextStore.HeldFor> keptForOthers = review.keptForOthers(session, draft, browserKey);
        People people = names.of(draft, keptForOthers.stream().map(KeptTextStore.HeldFor::author).toList());
        for (KeptTextStore.HeldFor held : keptForOthers) {
            message = (message == null ? "" : message + " ") + "Text typed by "
                    + (held.author().isEmpty() ? "someone whose EHR login named no user" : people.of(held.author()))
                    + " at " + PaneView.time(held.keptAt()) + ", after their session ended, was not applied: it "
                    + "stays theirs and is saved when they next open this draft in this browser.";
        }
        return page(200, PaneView.of(draft, session, draft.sections(), message, null, people));
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response save(@PathParam("id") String id, MultivaluedMap<String, String> form,
            @CookieParam(SessionCookies.SESSION) String cookie, @CookieParam(SessionCookies.BROWSER) String browser) {
        return change(id, form, cookie, browser, review::save, "saved");
    }

    @POST
    @Path("{id}/ready")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response ready(@PathParam("id") String id, MultivaluedMap<String, String> form,
            @CookieParam(SessionCookies.SESSION) String cookie, @CookieParam(SessionCookies.BROWSER) String browser) {
        return change(id, form, cookie, browser, review::ready, "ready");
    }

    @POST
    @Path("{id}/sign")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response sign(@PathParam("id") String id, MultivaluedMap<String, String> form,
            @CookieParam(SessionCookies.SESSION) String cookie, @CookieParam(SessionCookies.BROWSER) String browser) {
        SignReview.Consent consent = new SignReview.Consent("yes".equals(form.getFirst("attest")),
                "confirmed".equals(form.getFirst("unreviewed")));
        return change(id, form, cookie, browser, (s, d, b, t) -> review.sign(s, d, b, t, consent), "written");
    }

    @POST
    @Path("{id}/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response accept(@PathParam("id") String id, MultivaluedMap<String, String> form,
            @CookieParam(SessionCookies.SESSION) String cookie, @CookieParam(SessionCookies.BROWSER) String browser) {
        String statement = form.getFirst("statement");
        return change(id, form, cookie, browser, (s, d, b, t) -> review.accept(s, d, b, t, statement), "accepted");
    }

    @POST
    @Path("{id}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response reject(@PathParam("id") String id, MultivaluedMap<String, String> form,
            @CookieParam(SessionCookies.SESSION) String cookie, @CookieParam(SessionCookies.BROWSER) String browser) {
        String statement = form.getFirst("statement");
        return change(id, form, cookie, browser, (s, d, b, t) -> review.reject(s, d, b, t, statement), "rejected");
    }

    /** A critical safety finding acknowledged with the reason typed next to it; the text is saved first. */
    @POST
    @Path("{id}/acknowledge")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response acknowledge(@PathParam("id") String id, MultivaluedMap<String, String> form,
            @CookieParam(SessionCookies.SESSION) String cookie, @CookieParam(SessionCookies.BROWSER) String browser) {
        String key = form.getFirst("finding");
        String reason = key == null ? null : form.getFirst("reason." + key);
        return change(id, form, cookie, browser,
                (s, d, b, t) -> acknowledgements.acknowledge(s, d, b, t, key, reason), "acknowledged");
    }

    /** A form post of the pane: CSRF-checked, on the version the page showed; a stale one shows both texts. */
    private Response change(String id, MultivaluedMap<String, String> form, String cookie, String browser,
            ReviewService.Change action, String notice) {
        Map<String, String> typed = sections(form);
        NoteText.require(typed, true);
        NoteText.requireFits(typed, true);
        LaunchSession session = requests.authorized(cookie, browser, form.getFirst("csrf"), typed, id, version(form));
        Draft draft = review.own(session, DraftRequests.parse(id));
        SaveResult result;
        try {
            result = action.apply(session, draft, version(form), typed);
        } catch (SignNeedsReview e) {
            Draft saved = e.saved();
            return page(e.openCritical().isEmpty() ? 422 : 409, PaneView.of(saved, session, saved.sections(), null,
                    null, names.of(saved, List.of())).asking(e));
        }
        if (result.conflict()) {
            return conflict(session, result.draft(), typed);
        }
        return Response.seeOther(URI.create("/drafts/" + id + "?notice=" + notice)).build();
    }

    @GET
    @Path("{id}/regenerate")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance confirmRegenerate(@PathParam("id") String id,
            @CookieParam(SessionCookies.SESSION) String cookie) {
        LaunchSession session = sessions.require(cookie);
        Draft draft = review.own(session, DraftRequests.parse(id));
        return Templates.regenerate(id, draft.version(), session.csrfToken());
    }

    @POST
    @Path("{id}/regenerate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response regenerate(@PathParam("id") String id, @RestForm String csrf,
            @CookieParam(SessionCookies.SESSION) String cookie) {
        LaunchSession session = requests.authorized(cookie, null, csrf, Map.of(), id, -1);
        Draft draft = review.own(session, DraftRequests.parse(id));
        try {
            review.regenerate(session, draft);
        } catch (ProblemException e) {
            throw e.withLink("/drafts/" + id, "Back to the draft");
        }
        return Response.seeOther(URI.create("/drafts/" + id + "?notice=regenerated")).build();
    }

    @POST
    @Path("{id}/transcript")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response transcript(@PathParam("id") String id, @RestForm String csrf, @RestForm String text,
            @RestForm("file") FileUpload file, @CookieParam(SessionCookies.SESSION) String cookie) {
        Map<String, String> pasted = text == null ? Map.of() : Map.of("Transcript", text);
        NoteText.require(pasted, true);
        LaunchSession session = requests.authorized(cookie, null, csrf, pasted, id, -1);
        Draft draft = review.own(session, DraftRequests.parse(id));
        String source = "pasted";
        String content = text;
        if (file != null && file.size() > 0) {
            if (file.size() > ehrConfig.maxTranscriptBytes()) {
                throw ReviewProblems.transcriptTooLarge(file.size(), ehrConfig.maxTranscriptBytes())
                        .withLink("/drafts/" + id, "Back to the draft");
            }
            content = TranscriptFiles.utf8(file);
            NoteText.require(Map.of("The uploaded transcript", content), false);
            source = "uploaded";
        }
        try {
            review.replaceTranscript(session, draft, content, source);
        } catch (ProblemException e) {
            throw e.withLink("/drafts/" + id, "Back to the draft");
        }
        return Response.seeOther(URI.create("/drafts/" + id + "?notice=transcript")).build();
    }

    @GET
    @Path("{id}/ehr-style.css")
    @Produces("text/css")
    public Response style(@PathParam("id") String id, @CookieParam(SessionCookies.SESSION) String cookie) {
        LaunchSession session = sessions.require(cookie);
        review.own(session, DraftRequests.parse(id));
        return Response.ok(styles.css(session)).header("Cache-Control", "private, max-age=300").build();
    }

    private Response conflict(LaunchSession session, Draft current, Map<String, String> typed) {
        return page(409, PaneView.of(current, session, current.sections(), null, DraftNote.render(typed),
                names.of(current, List.of())));
    }

    private static Response page(int status, PaneView view) {
        return Response.status(status).entity(Templates.pane(view)).header("Cache-Control", "no-store").build();
    }

    private static String notice(String code, Draft draft) {
        if (code == null) {
            return null;
        }
        return switch (code) {
            case "saved" -> "Saved at " + PaneView.time(draft.updatedAt()) + ".";
            case "ready" -> "Marked ready for signature.";
            case "regenerated" -> "A new draft replaced the text; the previous text is in the version history.";
            case "restored" -> "The text you typed while signed out was saved into the draft.";
            case "accepted" -> "Statement accepted: its check is cleared.";
            case "acknowledged" -> "Finding acknowledged: your reason is kept with the note's history.";
            case "rejected" -> "Statement removed from the note; the version history keeps it.";
            case "version-restored" -> "An older version was restored as the newest version; the history keeps "
                    + "every version in between.";
            case "transcript" -> "Transcript replaced; the draft was updated from it.";
            default -> null;
        };
    }

    static Map<String, String> sections(MultivaluedMap<String, String> form) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < NoteHeaders.ALL.size(); i++) {
            String value = form.getFirst("section." + i);
            out.put(NoteHeaders.ALL.get(i), value == null ? "" : value.replace("\r\n", "\n").strip());
        }
        return out;
    }

    private static int version(MultivaluedMap<String, String> form) {
        try {
            return Integer.parseInt(form.getFirst("version"));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
