package org.scribeonfhir.web;

import java.util.List;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.HttpHeaders;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;

/**
 * {@code Cache-Control: no-store} on every answer from the paths that carry PHI (pages, API answers, errors and
 * redirects alike), so no browser or proxy keeps a copy. A resource that sets its own Cache-Control has decided
 * (the EHR style sheet); everything else is covered here, not one endpoint at a time.
 */
@Singleton
class NoStore {

    /** The review pane and its pages, the draft and note API, the visit picker. */
    private static final List<String> PHI = List.of("/drafts", "/api/drafts", "/api/notes", "/encounters");

    void install(@Observes Router router) {
        router.route().order(-99).handler(ctx -> {
            if (carriesPhi(ctx.normalizedPath())) {
                ctx.addHeadersEndHandler(v -> {
                    MultiMap headers = ctx.response().headers();
                    if (!headers.contains(HttpHeaders.CACHE_CONTROL)) {
                        headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
                    }
                });
            }
            ctx.next();
        });
    }

    static boolean carriesPhi(String path) {
        return PHI.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"));
    }
}
