package org.scribeonfhir.sandbox;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Makes the whole sandbox invisible when it is disabled: every /sandbox path answers 404 before
 * any sandbox resource is matched (and so before any sandbox bean is created).
 */
class SandboxGate {

    private final SandboxConfig config;

    SandboxGate(SandboxConfig config) {
        this.config = config;
    }

    @ServerRequestFilter(preMatching = true)
    Response closedWhenDisabled(ContainerRequestContext request) {
        if (config.enabled()) {
            return null;
        }
        String path = request.getUriInfo().getPath();
        String relative = path.startsWith("/") ? path.substring(1) : path;
        if (relative.equals("sandbox") || relative.startsWith("sandbox/")) {
            return Response.status(Response.Status.NOT_FOUND).type(MediaType.TEXT_PLAIN_TYPE).entity("Not found")
                    .build();
        }
        return null;
    }
}
