package org.scribeonfhir.web;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.scribeonfhir.launch.LaunchConfig;

import io.vertx.ext.web.Router;

/**
 * CSP on every response: no inline script or style anywhere, and only the configured EHR origins may
 * frame the app. Computed once from config; installed ahead of every route (pages, static files, errors).
 */
@Singleton
class SecurityHeaders {

    private final String policy;

    SecurityHeaders(LaunchConfig launch, WebConfig web) {
        Set<String> ancestors = new LinkedHashSet<>();
        if (web.frameSelf()) {
            ancestors.add("'self'");
        }
        launch.issuers().values().forEach(i -> i.frameOrigin().ifPresent(o -> ancestors.add(origin(o))));
        this.policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
                + "frame-ancestors " + (ancestors.isEmpty() ? "'none'" : String.join(" ", ancestors));
    }

    void install(@Observes Router router) {
        router.route().order(-100).handler(ctx -> {
            ctx.response().putHeader("Content-Security-Policy", policy);
            ctx.next();
        });
    }

    String policy() {
        return policy;
    }

    /** Origins only (scheme://host[:port]): a path in frame-ancestors would be ignored or misread. */
    private static String origin(String url) {
        java.net.URI u = java.net.URI.create(url.trim());
        return u.getScheme() + "://" + u.getHost() + (u.getPort() == -1 ? "" : ":" + u.getPort());
    }
}
