package org.scribeonfhir.review;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestForm;
import org.scribeonfhir.ehr.EncounterList;
import org.scribeonfhir.launch.LaunchSession;
import org.scribeonfhir.launch.SessionCookies;
import org.scribeonfhir.launch.Sessions;
import org.scribeonfhir.problem.ProblemException;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Choosing the visit when the EHR launched Scribe with a patient but no encounter: the patient's visits as
 * the EHR lists them, one form post per visit. Only while the launch has no encounter; never a switch.
 */
@Path(EncounterPickerResource.PATH)
class EncounterPickerResource {

    static final String PATH = "/encounters";
    /** Where a launch lands ({@link ReviewResource#open}); with a visit chosen, it opens the visit's draft. */
    private static final String OPEN = "/drafts/open";
    private static final Logger LOG = Logger.getLogger(EncounterPickerResource.class);

    private final Sessions sessions;
    private final EncounterList encounters;

    EncounterPickerResource(Sessions sessions, EncounterList encounters) {
        this.sessions = sessions;
        this.encounters = encounters;
    }

    record VisitsView(List<EncounterList.Visit> visits, boolean more, int count, String csrf) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance visits(VisitsView view);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response visits(@CookieParam(SessionCookies.SESSION) String cookie) {
        LaunchSession session = sessions.require(cookie);
        if (session.encounterId() != null) {
            return toDraft();
        }
        EncounterList.Visits found = encounters.list(session);
        return Response.ok(Templates.visits(new VisitsView(found.visits(), found.more(), EncounterList.COUNT,
                session.csrfToken()))).header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("choose")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response choose(@RestForm String csrf, @RestForm String encounter,
            @CookieParam(SessionCookies.SESSION) String cookie) {
        LaunchSession session = sessions.require(cookie);
        if (!sessions.csrfMatches(session, csrf)) {
            throw ReviewProblems.badCsrf(Map.of()).withLink(PATH, "Back to the visits");
        }
        if (session.encounterId() != null) {
            throw alreadySet();
        }
        try {
            encounters.checkChoosable(session, encounter);
        } catch (ProblemException e) {
            throw e.withLink(PATH, "Back to the visits");
        }
        if (!sessions.assignEncounter(session, encounter)) {
            throw alreadySet(); // chosen meanwhile, e.g. in another tab
        }
        LOG.infof("Visit chosen for a launch from issuer %s", session.issuerId());
        return toDraft();
    }

    private static ProblemException alreadySet() {
        return ReviewProblems.encounterAlreadySet().withLink(OPEN, "Back to the draft");
    }

    private static Response toDraft() {
        return Response.seeOther(URI.create(OPEN)).build();
    }
}
