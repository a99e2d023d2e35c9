package org.scribeonfhir.sandbox;

import java.net.URI;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.scribeonfhir.problem.LogSafe;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The mock EHR: a chart screen that embeds Scribe in an iframe, the launch endpoint that starts
 * an EHR launch, and the SMART style sheet the token response points to.
 */
@Path("/sandbox")
public class SandboxEhrResource {

    private static final Logger LOG = Logger.getLogger(SandboxEhrResource.class);
    /** The encounter a parameterless /sandbox/launch opens. */
    static final String DEFAULT_ENCOUNTER = "sbx-enc-01";

    private final SandboxDirectory directory;
    private final SandboxChart charts;
    private final SandboxTokens tokens;
    private final SandboxUrls urls;

    SandboxEhrResource(SandboxDirectory directory, SandboxChart charts, SandboxTokens tokens, SandboxUrls urls) {
        this.directory = directory;
        this.charts = charts;
        this.tokens = tokens;
        this.urls = urls;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance ehr(EhrPage page);

        static native TemplateInstance chart(ChartView chart);

        static native TemplateInstance launchError(String message);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance screen(@QueryParam("practitioner") String practitioner, @QueryParam("patient") String patient,
            @QueryParam("encounter") String encounter, @QueryParam("open") String open) {
        return Templates.ehr(SandboxScreen.page(directory, charts, practitioner, patient, encounter,
                open != null && !open.isBlank()));
    }

    /** The chart panel alone, for sandbox.js to refresh it without reloading the app's iframe. */
    @GET
    @Path("chart")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance chart(@QueryParam("practitioner") String practitioner,
            @QueryParam("patient") String patient, @QueryParam("encounter") String encounter) {
        return Templates.chart(SandboxScreen.page(directory, charts, practitioner, patient, encounter, false).chart());
    }

    @GET
    @Path("launch")
    @Produces(MediaType.TEXT_HTML)
    public Response launch(@QueryParam("practitioner") String practitioner, @QueryParam("patient") String patient,
            @QueryParam("encounter") String encounter) {
        if (practitioner == null && patient == null && encounter == null) {
            SandboxDirectory.Visit visit = directory.encounter(DEFAULT_ENCOUNTER).orElse(null);
            if (visit == null) {
                return bad("The default encounter " + DEFAULT_ENCOUNTER + " is missing from the sandbox seed data.");
            }
            practitioner = visit.attendingId();
            patient = visit.patientId();
            encounter = visit.id();
        }
        String problem = directory.problemWith(practitioner, patient, encounter);
        if (problem != null) {
            return bad(problem);
        }
        String launch = tokens.createLaunch(practitioner, patient, encounter);
        LOG.infof("Sandbox EHR launch created for encounter %s", LogSafe.text(encounter));
        URI target = SandboxUrls.withQuery(urls.appLaunch(), "iss", urls.fhirBase(), "launch", launch);
        return Response.status(Response.Status.FOUND).location(target).header("Cache-Control", "no-store").build();
    }

    /** The EHR's look, for apps that honour SMART's smart_style_url (fields from the SMART spec). */
    @GET
    @Path("smart-style.json")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> smartStyle() {
        return Map.ofEntries(
                Map.entry("color_background", "#f6f8fa"),
                Map.entry("color_error", "#b3261e"),
                Map.entry("color_highlight", "#1f6feb"),
                Map.entry("color_modal_backdrop", "rgba(15, 23, 42, 0.45)"),
                Map.entry("color_success", "#1a7f37"),
                Map.entry("color_text", "#1f2328"),
                Map.entry("dim_border_radius", "4px"),
                Map.entry("dim_font_size", "14px"),
                Map.entry("dim_spacing_size", "16px"),
                Map.entry("font_family_body", "system-ui, -apple-system, \"Segoe UI\", Roboto, sans-serif"),
                Map.entry("font_family_heading", "system-ui, -apple-system, \"Segoe UI\", Roboto, sans-serif"));
    }

    private static Response bad(String message) {
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE).entity(Templates.launchError(message)).build();
    }
}
