package org.scribeonfhir.review;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.scribeonfhir.launch.LaunchSession;
import org.scribeonfhir.launch.SessionCookies;
import org.scribeonfhir.launch.Sessions;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** A draft's history: every version in note order, a word-level comparison of any two, and restoring one. */
@Path("/drafts/{id}/versions")
public class HistoryResource {

    private final Sessions sessions;
    private final ReviewService review;
    private final DraftRequests requests;
    private final DraftVersionStore versions;
    private final PeopleNames names;

    HistoryResource(Sessions sessions, ReviewService review, DraftRequests requests, DraftVersionStore versions,
            PeopleNames names) {
        this.sessions = sessions;
        this.review = review;
        this.requests = requests;
        this.versions = versions;
        this.names = names;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance versions(VersionsView view);
    }

    /** The history; with {@code from} and {@code to}, what changed between those two versions, word by word. */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response versions(@PathParam("id") String id, @QueryParam("from") Integer from,
            @QueryParam("to") Integer to, @CookieParam(SessionCookies.SESSION) String cookie) {
        LaunchSession session = sessions.require(cookie);
        Draft draft = review.own(session, DraftRequests.parse(id));
        List<DraftVersion> all = versions.versions(draft.id());
        VersionsView view = VersionsView.of(draft, all, names.of(draft, all.stream().map(DraftVersion::savedBy).toList()),
                session.csrfToken());
        if (from != null && to != null) {
            view = view.comparing(find(all, from), find(all, to));
        }
        return Response.ok(Templates.versions(view)).header("Cache-Control", "no-store").build();
    }

    /** Saves an older version's text as a new version (kind "restore"); nothing in between is lost. */
    @POST
    @Path("{version}/restore")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response restore(@PathParam("id") String id, @PathParam("version") int version, @RestForm String csrf,
            @RestForm("current") String current, @CookieParam(SessionCookies.SESSION) String cookie) {
        LaunchSession session = requests.authorized(cookie, null, csrf, Map.of(), id, -1);
        Draft draft = review.own(session, DraftRequests.parse(id));
        DraftVersion old = find(versions.versions(draft.id()), version);
        SaveResult result = review.restoreVersion(session, draft, baseVersion(current), old.sections());
        if (result.conflict()) {
            throw ReviewProblems.staleRestore().withLink("/drafts/" + id + "/versions", "Back to the history");
        }
        return Response.seeOther(URI.create("/drafts/" + id + "?notice=version-restored")).build();
    }

    /** The version the history page showed as newest; anything else counts as outdated (409). */
    private static int baseVersion(String current) {
        try {
            return current == null ? -1 : Integer.parseInt(current.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static DraftVersion find(List<DraftVersion> all, int version) {
        return all.stream().filter(v -> v.version() == version).findFirst()
                .orElseThrow(() -> ReviewProblems.noSuchVersion(version));
    }
}
