package org.scribeonfhir.sandbox;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;

import org.scribeonfhir.launch.LaunchConfig;

/**
 * Every absolute URL the sandbox hands out, derived from the app's one public URL so the sandbox,
 * the app's issuer entry and the redirect URI can never drift apart.
 */
@ApplicationScoped
class SandboxUrls {

    private final String publicUrl;

    SandboxUrls(LaunchConfig launch) {
        String url = launch.publicUrl().trim();
        this.publicUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The FHIR base, which is also the SMART issuer ({@code iss}) and the expected {@code aud}. */
    String fhirBase() {
        return publicUrl + "/sandbox/fhir";
    }

    String authorize() {
        return publicUrl + "/sandbox/auth/authorize";
    }

    String token() {
        return publicUrl + "/sandbox/auth/token";
    }

    String jwks() {
        return publicUrl + "/sandbox/auth/jwks";
    }

    String smartStyle() {
        return publicUrl + "/sandbox/smart-style.json";
    }

    /** The only redirect URI the sandbox accepts: the app's SMART callback. */
    String redirectUri() {
        return publicUrl + "/callback";
    }

    /** The app's launch URL, where an EHR launch starts. */
    String appLaunch() {
        return publicUrl + "/launch";
    }

    /**
     * Appends query parameters (name, value, name, value…; null values skipped), encoded by hand:
     * UriBuilder would read a client's '{' in state as a template.
     */
    static URI withQuery(String base, String... nameValues) {
        StringBuilder url = new StringBuilder(base);
        char sep = base.contains("?") ? '&' : '?';
        for (int i = 0; i + 1 < nameValues.length; i += 2) {
            if (nameValues[i + 1] != null) {
                url.append(sep).append(encode(nameValues[i])).append('=').append(encode(nameValues[i + 1]));
                sep = '&';
            }
        }
        return URI.create(url.toString());
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    String resource(String type, String id) {
        return fhirBase() + "/" + type + "/" + id;
    }
}
