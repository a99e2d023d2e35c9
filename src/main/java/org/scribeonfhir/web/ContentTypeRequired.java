package org.scribeonfhir.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.scribeonfhir.problem.ProblemException;

/**
 * A body sent to the JSON API must say what it is. Without Content-Type, RESTEasy guesses a method and a reader
 * and fails without a word (an empty 400); we answer 415 with a problem that says what to send.
 */
class ContentTypeRequired {

    @ServerRequestFilter(preMatching = true)
    void require(ContainerRequestContext request) {
        if (request.getUriInfo().getPath().startsWith("/api/")
                && request.getHeaderString(HttpHeaders.CONTENT_TYPE) == null && hasBody(request)) {
            throw new ProblemException(415, "unsupported-media-type", "Say what the request body is",
                    "The request has a body but no Content-Type, so Scribe cannot tell how to read it; nothing was "
                            + "changed.",
                    "Send Content-Type: application/json (or text/plain for a transcript to preview).");
        }
    }

    private static boolean hasBody(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            return !length.trim().equals("0");
        }
        return request.getHeaderString("Transfer-Encoding") != null;
    }
}
