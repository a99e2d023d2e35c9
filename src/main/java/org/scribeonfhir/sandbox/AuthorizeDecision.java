package org.scribeonfhir.sandbox;

import java.net.URI;

/** What the authorize endpoint answers: a redirect to the client, an error page, or the standalone picker. */
sealed interface AuthorizeDecision {

    /** Back to the client's redirect URI, with a code or an error. */
    record Redirect(URI location) implements AuthorizeDecision {
    }

    /** The client or its redirect URI cannot be trusted: show the problem, never redirect. */
    record ErrorPage(int status, String message) implements AuthorizeDecision {
    }

    /**
     * Standalone launch: the user chooses who they are and which patient/encounter to open.
     *
     * @param requestToken the pending request's key, doubling as the form's CSRF token
     * @param browserCookie set on the browser so the form only works where it was shown, or null to keep the old one
     */
    record Picker(String requestToken, String browserCookie, String scope, String error) implements AuthorizeDecision {
    }
}
