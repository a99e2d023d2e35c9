package org.scribeonfhir.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * A request body over {@code quarkus.http.limits.max-body-size} gets a problem answer (problem+json or the
 * problem page, with a correlation id) instead of Quarkus's empty 413. Runs just ahead of Quarkus's own check
 * (route order -2): a Content-Length over the limit is refused before anything is read; a chunked body (no
 * length up front) is read here up to the limit and handed on whole, so Quarkus's reader never meets the limit.
 */
@Singleton
class BodyLimit {

    private static final Logger LOG = Logger.getLogger(BodyLimit.class);

    private final Optional<MemorySize> limit;
    private final ObjectMapper json;

    BodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> limit,
            ObjectMapper json) {
        this.limit = limit;
        this.json = json;
    }

    void install(@Observes Router router) {
        limit.ifPresent(max -> router.route().order(-3).handler(ctx -> {
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (longerThan(length, max.asLongValue())) {
                refuse(ctx, max.asLongValue());
            } else if (length == null && "chunked".equalsIgnoreCase(ctx.request().getHeader("Transfer-Encoding"))) {
                readUpTo(ctx, max.asLongValue());
            } else {
                ctx.next();
            }
        }));
    }

    /** Reads a chunked body into the routing context (where Quarkus REST takes it from), refusing it at the limit. */
    private void readUpTo(RoutingContext ctx, long max) {
        HttpServerRequest request = ctx.request();
        Buffer body = Buffer.buffer();
        boolean[] refused = {false};
        request.handler(chunk -> {
            if (refused[0]) {
                return; // the rest is read and dropped until the connection closes
            }
            if (body.length() + chunk.length() > max) {
                refused[0] = true;
                refuse(ctx, max);
            } else {
                body.appendBuffer(chunk);
            }
        });
        request.endHandler(v -> {
            if (!refused[0]) {
                ctx.setBody(body);
                ctx.next();
            }
        });
        request.exceptionHandler(e -> refused[0] = true); // the client went away: nobody to answer
        request.resume();
    }

    private void refuse(RoutingContext ctx, long max) {
        String id = ProblemPages.correlationId();
        LOG.infof("Refused a request body over %d bytes [correlation %s]", max, id);
        ProblemPages.ErrorView view = new ProblemPages.ErrorView(413, "The request is too large",
                String.format("Scribe accepts at most %.0f MB in one request; nothing was changed.",
                        max / 1048576.0),
                "Send less at once, e.g. only the part of the transcript that belongs to this visit.", id, List.of(),
                null, null);
        boolean asJson = ProblemPages.wantsJson(ctx.normalizedPath(), accepted(ctx.request().getHeader("Accept")));
        ctx.response().setStatusCode(413)
                .putHeader("X-Correlation-Id", id)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .putHeader("Connection", "close") // the unread body makes the connection unusable
                .putHeader(HttpHeaders.CONTENT_TYPE, asJson ? ProblemPages.PROBLEM_JSON : "text/html;charset=UTF-8")
                .end(asJson ? problemJson(view) : ProblemPages.Templates.error(view).render());
    }

    private String problemJson(ProblemPages.ErrorView view) {
        try {
            return json.writeValueAsString(ProblemPages.json(view, "request-too-large"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e); // a map of strings and a number always serialises
        }
    }

    private static boolean longerThan(String contentLength, long max) {
        try {
            return contentLength != null && Long.parseLong(contentLength.trim()) > max;
        } catch (NumberFormatException e) {
            return false; // Vert.x refuses a malformed length itself
        }
    }

    private static List<MediaType> accepted(String accept) {
        List<MediaType> out = new ArrayList<>();
        if (accept != null) {
            for (String part : accept.split(",")) {
                try {
                    out.add(MediaType.valueOf(part.trim()));
                } catch (IllegalArgumentException e) {
                    // an unparseable entry says nothing about what the client wants
                }
            }
        }
        return out;
    }
}
