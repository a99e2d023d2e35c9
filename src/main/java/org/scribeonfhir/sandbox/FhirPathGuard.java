package org.scribeonfhir.sandbox;

import java.util.Set;
import java.util.regex.Pattern;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Answers requests that no FHIR endpoint matches (a path of the wrong shape, a method a path
 * lacks) with an OperationOutcome, as FHIR clients expect, instead of the framework's HTML 404/405.
 */
class FhirPathGuard {

    private static final String PREFIX = "sandbox/fhir";
    private static final String SEGMENT = "[^/]+";
    private static final Pattern TYPE_PATHS = Pattern.compile(
            SEGMENT + "(/_search|/" + SEGMENT + "(/_history/" + SEGMENT + ")?)?");
    private static final Set<String> GET_ONLY = Set.of("metadata", ".well-known/smart-configuration");

    private final SandboxConfig config;

    FhirPathGuard(SandboxConfig config) {
        this.config = config;
    }

    @ServerRequestFilter(preMatching = true, priority = Priorities.USER + 10)
    Response outcomeForUnknownPaths(ContainerRequestContext request) {
        if (!config.enabled()) {
            return null;
        }
        String path = request.getUriInfo().getPath();
        String relative = path.startsWith("/") ? path.substring(1) : path;
        if (!relative.equals(PREFIX) && !relative.startsWith(PREFIX + "/")) {
            return null;
        }
        String rest = relative.length() > PREFIX.length() + 1 ? relative.substring(PREFIX.length() + 1) : "";
        while (rest.endsWith("/")) {
            rest = rest.substring(0, rest.length() - 1);
        }
        String method = request.getMethod();
        if (GET_ONLY.contains(rest)) {
            return "GET".equals(method) || "HEAD".equals(method) ? null
                    : outcome(OperationOutcomes.methodNotAllowed(method + " is not allowed on " + rest + "."));
        }
        if (rest.startsWith(".well-known/") || !TYPE_PATHS.matcher(rest).matches()) {
            return outcome(OperationOutcomes.notFound("The sandbox FHIR API has no endpoint at /" + relative
                    + "; see " + "/sandbox/fhir/metadata for what it supports."));
        }
        return null;
    }

    private static Response outcome(FhirError e) {
        return Response.status(e.status()).type(FhirJson.MEDIA_TYPE).entity(FhirJson.encode(e.outcome())).build();
    }
}
