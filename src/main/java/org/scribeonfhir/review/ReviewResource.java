package org.scribeonfhir.review;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

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
    private final EhrStyle styles;
    private final EhrConfig ehrConfig;

    ReviewResource(Sessions sessions, ReviewService review, EhrStyle styles, EhrConfig ehrConfig) {
        this.sessions = sessions;
        this.review = review;
        this.styles = styles;
        this.ehrConfig = ehrConfig;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance pane(PaneView view);
    }

    @GET
    @Path("open")
    public Response open(@CookieParam(SessionCookies.SESSION) String cookie) {
        LaunchSession session = sessions.require(cookie);
        Draft draft = review.open(session);
        return Response.seeOther(URI.create("/drafts/" + draft.id())).build();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML)
    public Response show(@PathParam("id") String id, @QueryParam("notice") String notice,
            @CookieParam(SessionCookies.SESSION) String cookie) {
        LaunchSession session = sessions.require(cookie);
        Draft draft = review.own(session, parse(id));
        return page(200, PaneView.of(draft, session, draft.sections(), notice(notice, draft), null));
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response save(@PathParam("id") String id, MultivaluedMap<String, String> form,
            @CookieParam(SessionCookies.SESSION) String cookie) {
        Map<String, String> typed = sections(form);
        LaunchSession session = authorized(cookie, form.getFirst("csrf"), typed, id);
        Draft draft = review.own(session, parse(id));
        Optional<Draft> saved = review.save(session, draft, version(form), typed);
        if (saved.isEmpty()) {
            return conflict(session, draft, typed);
        }
        return Response.seeOther(URI.create("/drafts/" + id + "?notice=saved")).build();
    }

    @POST
    @Path("{id}/sign")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response sign(@PathParam("id") String id, MultivaluedMap<String, String> form,
            @CookieParam(SessionCookies.SESSION) String cookie) {
        Map<String, String> typed = sections(form);
        LaunchSession session = authorized(cookie, form.getFirst("csrf"), typed, id);
        Draft draft = review.own(session, parse(id));
        Optional<Draft> signed;
        try {
            signed = review.sign(session, draft, version(form), typed);
        } catch (ProblemException e) {
            throw e.withLink("/drafts/" + id, "Back to the draft (your text is saved)");
        }
        if (signed.isEmpty()) {
            return conflict(session, review.own(session, draft.id()), typed);
        }
        return Response.seeOther(URI.create("/drafts/" + id + "?notice=written")).build();
    }

    @POST
    @Path("{id}/transcript")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response transcript(@PathParam("id") String id, @RestForm String csrf, @RestForm String text,
            @RestForm("file") FileUpload file, @CookieParam(SessionCookies.SESSION) String cookie) {
        LaunchSession session = authorized(cookie, csrf, text == null ? Map.of() : Map.of("Transcript", text), id);
        Draft draft = review.own(session, parse(id));
        String source = "pasted";
        String content = text;
        if (file != null && file.size() > 0) {
            if (file.size() > ehrConfig.maxTranscriptBytes()) {
                throw ReviewProblems.transcriptTooLarge(file.size(), ehrConfig.maxTranscriptBytes())
                        .withLink("/drafts/" + id, "Back to the draft");
            }
            content = utf8(file);
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
        review.own(session, parse(id));
        return Response.ok(styles.css(session)).header("Cache-Control", "private, max-age=300").build();
    }

    private LaunchSession authorized(String cookie, String csrf, Map<String, String> typed, String id) {
        LaunchSession session;
        try {
            session = sessions.require(cookie);
        } catch (ProblemException e) {
            throw e.keeping(typed);
        }
        if (!sessions.csrfMatches(session, csrf)) {
            throw ReviewProblems.badCsrf(typed).withLink("/drafts/" + id, "Back to the draft");
        }
        return session;
    }

    private Response conflict(LaunchSession session, Draft current, Map<String, String> typed) {
        PaneView view = PaneView.of(current, session, current.sections(), null,
                org.scribeonfhir.drafting.DraftNote.render(typed));
        return page(409, view);
    }

    private static Response page(int status, PaneView view) {
        return Response.status(status).entity(Templates.pane(view))
                .header("Cache-Control", "no-store").build();
    }

    private static String notice(String code, Draft draft) {
        if (code == null) {
            return null;
        }
        return switch (code) {
            case "saved" -> "Saved at " + PaneView.time(draft.updatedAt()) + ".";
            case "transcript" -> "Transcript replaced; the draft was updated from it.";
            default -> null;
        };
    }

    private static Map<String, String> sections(MultivaluedMap<String, String> form) {
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

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ReviewProblems.notYours();
        }
    }

    private static String utf8(FileUpload file) {
        try {
            byte[] bytes = Files.readAllBytes(file.uploadedFile());
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            if (text.indexOf('\0') >= 0) {
                throw ReviewProblems.transcriptNotText();
            }
            return text;
        } catch (CharacterCodingException e) {
            throw ReviewProblems.transcriptNotText();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
