package org.scribeonfhir.launch;

import java.net.http.HttpClient;

import jakarta.enterprise.context.ApplicationScoped;

/** The one HTTP client for discovery, token and style requests: no redirects followed, short timeouts. */
@ApplicationScoped
class SmartHttp {

    private final HttpClient client;

    SmartHttp(LaunchConfig config) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(config.httpTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    HttpClient client() {
        return client;
    }
}
