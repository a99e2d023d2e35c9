package org.scribeonfhir.web;

import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.scribeonfhir.problem.LogSafe;
import org.scribeonfhir.problem.ProblemException;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Every failure a browser or API client sees: an HTML page (what happened, what to do, a correlation id,
 * any text we kept for the user) or {@code application/problem+json}. Never a stack trace.
 */
class ProblemPages {

    static final String PROBLEM_JSON = "application/problem+json";
    private static final Logger LOG = Logger.getLogger(ProblemPages.class);

    record Kept(String label, String text) {
    }

    record ErrorView(int status, String title, String detail, String action, String correlationId,
            List<Kept> kept, String linkHref, String linkLabel) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(ErrorView view);
    }

    @ServerExceptionMapper
    Response problem(ProblemException e, HttpHeaders headers, UriInfo uri, ResourceInfo resource) {
        String id = correlationId();
        LOG.infof("Problem %s (HTTP %d) on %s [correlation %s]", LogSafe.text(e.code()), e.status(), route(resource),
                id);
        List<Kept> kept = e.keptText().entrySet().stream()
                .filter(t -> t.getValue() != null && !t.getValue().isBlank())
                .map(t -> new Kept(t.getKey(), t.getValue())).toList();
        return respond(new ErrorView(e.status(), e.title(), e.detail(), e.action(), id, kept, e.linkHref(),
                e.linkLabel()), e.code(), e.members(), headers, uri);
    }

    /** JSON of the wrong shape (e.g. a list where an object belongs): Quarkus's own mapper answers no body. */
    @ServerExceptionMapper
    Response mismatch(MismatchedInputException e, HttpHeaders headers, UriInfo uri, ResourceInfo resource) {
        return problem(JsonBodyProblems.mismatch(e), headers, uri, resource);
    }

    @ServerExceptionMapper
    Response web(WebApplicationException e, HttpHeaders headers, UriInfo uri, ResourceInfo resource) {
        if (JsonBodyProblems.unreadable(e.getCause())) { // the JSON reader wraps syntax and limit errors
            return problem(JsonBodyProblems.of(e.getCause()), headers, uri, resource);
        }
        int status = e.getResponse().getStatus();
        String id = correlationId();
        String title = switch (status) {
            case 404 -> "Page not found";
            case 405 -> "This action is not allowed here";
            case 415 -> "Unsupported request format";
            case 400 -> "The request could not be understood";
            default -> "The request could not be completed";
        };
        return respond(new ErrorView(status, title, "The server answered HTTP " + status + " for " + uri.getPath() + ".",
                "Go back and try again, or open Scribe again from the chart.", id, List.of(), null, null),
                "http-" + status, headers, uri);
    }

    @ServerExceptionMapper(priority = 10000)
    Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri, ResourceInfo resource) {
        String id = correlationId();
        // No message: messages of FHIR and JDBC errors can quote clinical content.
        StackTraceElement at = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
        LOG.errorf("Unexpected %s at %s on %s [correlation %s]", e.getClass().getName(), at, route(resource), id);
        return respond(new ErrorView(500, "Something went wrong in Scribe",
                "An unexpected error stopped this request. Nothing you saved earlier is lost.",
                "Try again; if it happens again, tell hospital IT and quote the correlation id.", id, List.of(), null,
                null), "internal-error", headers, uri);
    }

    private static Response respond(ErrorView view, String code, HttpHeaders headers, UriInfo uri) {
        return respond(view, code, Map.of(), headers, uri);
    }

    private static Response respond(ErrorView view, String code, Map<String, Object> members, HttpHeaders headers,
            UriInfo uri) {
        Response.ResponseBuilder r = Response.status(view.status())
                .header("X-Correlation-Id", view.correlationId())
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
        if (wantsJson(uri.getPath(), headers.getAcceptableMediaTypes())) {
            Map<String, Object> body = new LinkedHashMap<>(members);
            body.putAll(json(view, code)); // the standard members win over an extension of the same name
            return r.type(PROBLEM_JSON).entity(body).build();
        }
        return r.type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(Templates.error(view)).build();
    }

    /** The problem+json members, the same wherever a problem is answered (mappers, HTTP-level handlers). */
    static Map<String, Object> json(ErrorView view, String code) {
        return Map.of(
                "type", "urn:scribe-on-fhir:problem:" + code,
                "title", view.title(),
                "status", view.status(),
                "detail", view.detail(),
                "action", view.action(),
                "correlationId", view.correlationId());
    }

    /**
     * The matched route's template (e.g. {@code /drafts/{id}}), never the path: paths carry draft ids, which the
     * logs are no place for, and whatever else a client typed, line breaks included.
     */
    private static String route(ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return "(no route)";
        }
        String template = "/" + template(resource.getResourceClass().getAnnotation(Path.class)) + "/"
                + template(method.getAnnotation(Path.class));
        return template.replaceAll("/+", "/").replaceAll("(.)/$", "$1");
    }

    private static String template(Path path) {
        return path == null ? "" : path.value();
    }

    /** JSON for the API and for clients that ask for it before HTML; the problem page for browsers. */
    static boolean wantsJson(String path, List<MediaType> accept) {
        if (path.startsWith("/api/")) {
            return true;
        }
        for (MediaType m : accept) {
            if (m.isCompatible(MediaType.TEXT_HTML_TYPE) && !m.isWildcardType()) {
                return false;
            }
            if (m.getSubtype().endsWith("json")) {
                return true;
            }
        }
        return false;
    }

    static String correlationId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
