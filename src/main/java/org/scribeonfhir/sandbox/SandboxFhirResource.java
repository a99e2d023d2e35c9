package org.scribeonfhir.sandbox;

import java.time.Clock;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Resource;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The sandbox's FHIR R4 REST API at /sandbox/fhir. Everything but /metadata and the SMART
 * discovery document needs a bearer token; every error is an OperationOutcome.
 */
@Path("/sandbox/fhir")
public class SandboxFhirResource {

    /** Types apps may create (and delete): notes. */
    static final List<String> CREATABLE = List.of("DocumentReference");

    private static final Logger LOG = Logger.getLogger(SandboxFhirResource.class);

    private final FhirInteractions fhir;
    private final SandboxTokens tokens;
    private final SandboxUrls urls;
    private final Date started;

    SandboxFhirResource(FhirInteractions fhir, SandboxTokens tokens, SandboxUrls urls, Clock clock) {
        this.fhir = fhir;
        this.tokens = tokens;
        this.urls = urls;
        this.started = Date.from(clock.instant());
    }

    @GET
    @Path("metadata")
    public Response metadata() {
        return fhirJson(Response.ok(), SandboxCapability.build(urls, started));
    }

    @GET
    @Path(".well-known/smart-configuration")
    @Produces(MediaType.APPLICATION_JSON)
    public Response smartConfiguration() {
        return Response.ok(SmartConfigurationDocument.build(urls), MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "public, max-age=300").build();
    }

    @GET
    @Path("{type}")
    public Response search(@PathParam("type") String type, @Context UriInfo uri,
            @HeaderParam("Authorization") String authorization, @HeaderParam("Prefer") String prefer) {
        AccessGrant grant = tokens.authenticate(authorization);
        return fhirJson(Response.ok(), fhir.search(grant, type, copy(uri.getQueryParameters()),
                Prefer.parse(prefer).strict()));
    }

    /** Search by POST (form body), same semantics as GET. */
    @POST
    @Path("{type}/_search")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response searchByPost(@PathParam("type") String type, @Context UriInfo uri,
            MultivaluedMap<String, String> form, @HeaderParam("Authorization") String authorization,
            @HeaderParam("Prefer") String prefer) {
        AccessGrant grant = tokens.authenticate(authorization);
        Map<String, List<String>> params = copy(uri.getQueryParameters());
        form.forEach((k, v) -> params.computeIfAbsent(k, x -> new java.util.ArrayList<>()).addAll(v));
        return fhirJson(Response.ok(), fhir.search(grant, type, params, Prefer.parse(prefer).strict()));
    }

    @GET
    @Path("{type}/{id}")
    public Response read(@PathParam("type") String type, @PathParam("id") String id,
            @HeaderParam("Authorization") String authorization) {
        AccessGrant grant = tokens.authenticate(authorization);
        return withVersion(Response.ok(), fhir.read(grant, type, id));
    }

    @GET
    @Path("{type}/{id}/_history/{version}")
    public Response vread(@PathParam("type") String type, @PathParam("id") String id,
            @PathParam("version") String version, @HeaderParam("Authorization") String authorization) {
        AccessGrant grant = tokens.authenticate(authorization);
        return withVersion(Response.ok(), fhir.vread(grant, type, id, version));
    }

    @POST
    @Path("{type}")
    @Consumes(MediaType.WILDCARD)
    public Response create(@PathParam("type") String type, String body,
            @HeaderParam("Content-Type") String contentType, @HeaderParam("Authorization") String authorization,
            @HeaderParam("Prefer") String prefer, @HeaderParam("If-None-Exist") String ifNoneExist) {
        AccessGrant grant = tokens.authenticate(authorization);
        FhirInteractions.Created result = fhir.create(grant, type, body, contentType, ifNoneExist);
        Resource r = result.resource();
        Response.ResponseBuilder response = Response.status(result.created() ? 201 : 200)
                .header("Location", urls.resource(type, r.getIdElement().getIdPart()) + "/_history/"
                        + r.getMeta().getVersionId());
        Prefer p = Prefer.parse(prefer);
        if (p.minimal() || !result.readable()) {
            return withVersionHeaders(response, r).build();
        }
        if (p.outcome()) {
            return fhirJson(withVersionHeaders(response, r), OperationOutcomes.outcome(
                    OperationOutcome.IssueSeverity.INFORMATION, OperationOutcome.IssueType.INFORMATIONAL,
                    result.created() ? "Created " + type + "/" + r.getIdElement().getIdPart()
                            : "An existing " + type + " matched If-None-Exist; nothing was created."));
        }
        return withVersion(response, r);
    }

    @DELETE
    @Path("{type}/{id}")
    public Response delete(@PathParam("type") String type, @PathParam("id") String id,
            @HeaderParam("Authorization") String authorization) {
        AccessGrant grant = tokens.authenticate(authorization);
        fhir.delete(grant, type, id);
        return Response.noContent().build();
    }

    @PUT
    @Path("{type}/{id}")
    @Consumes(MediaType.WILDCARD)
    public Response update(@PathParam("type") String type) {
        FhirInteractions.supported(type);
        throw OperationOutcomes.methodNotAllowed("The sandbox EHR does not support update; create a new "
                + type + " instead.");
    }

    @PATCH
    @Path("{type}/{id}")
    @Consumes(MediaType.WILDCARD)
    public Response patch(@PathParam("type") String type) {
        FhirInteractions.supported(type);
        throw OperationOutcomes.methodNotAllowed("The sandbox EHR does not support patch.");
    }

    @ServerExceptionMapper
    Response fhirError(FhirError e) {
        Response.ResponseBuilder b = Response.status(e.status());
        e.headers().forEach(b::header);
        return fhirJson(b, e.outcome());
    }

    /** JAX-RS's own errors (no matching method, unsupported media type) as OperationOutcomes too. */
    @ServerExceptionMapper
    Response webError(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        return fhirJson(Response.status(status), OperationOutcomes.outcome(OperationOutcome.IssueSeverity.ERROR,
                status == 404 ? OperationOutcome.IssueType.NOTFOUND : OperationOutcome.IssueType.INVALID,
                "HTTP " + status + ": this request is not something the sandbox FHIR API understands."));
    }

    @ServerExceptionMapper
    Response unexpected(RuntimeException e) {
        // Class and message of our own code only; never the request body.
        LOG.errorf("Sandbox FHIR request failed: %s", e.getClass().getName());
        LOG.debug("Sandbox FHIR failure", e);
        FhirError error = OperationOutcomes.serverError();
        return fhirJson(Response.status(500), error.outcome());
    }

    private Response withVersion(Response.ResponseBuilder b, Resource r) {
        return fhirJson(withVersionHeaders(b, r), r);
    }

    private static Response.ResponseBuilder withVersionHeaders(Response.ResponseBuilder b, Resource r) {
        return b.header("ETag", "W/\"" + r.getMeta().getVersionId() + "\"").lastModified(r.getMeta().getLastUpdated());
    }

    private static Response fhirJson(Response.ResponseBuilder b, IBaseResource body) {
        return b.type(FhirJson.MEDIA_TYPE).entity(FhirJson.encode(body)).build();
    }

    private static Map<String, List<String>> copy(MultivaluedMap<String, String> params) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        params.forEach((k, v) -> out.put(k, new java.util.ArrayList<>(v)));
        return out;
    }
}
