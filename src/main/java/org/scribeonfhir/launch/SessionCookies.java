package org.scribeonfhir.launch;

/**
 * Our two cookies. Both are opaque random values: the session id (its hash keys the server-side
 * session) and the browser binding that ties a pending launch to the browser that started it.
 * SameSite=None + Secure so they work inside the EHR's iframe; Partitioned (CHIPS) so browsers that
 * block third-party cookies still keep them per embedding site.
 */
public final class SessionCookies {

    public static final String SESSION = "scribe_session";
    public static final String BROWSER = "scribe_browser";

    private SessionCookies() {
    }

    static String set(String name, String value, long maxAgeSeconds) {
        return name + "=" + value + "; Path=/; Max-Age=" + maxAgeSeconds
                + "; HttpOnly; Secure; SameSite=None; Partitioned";
    }
}
