package org.scribeonfhir.launch;

import org.scribeonfhir.problem.ProblemException;

/** Every launch failure a person can see, worded once: what happened and what to do. */
final class LaunchProblems {

    static final String RELAUNCH = "Close this panel and open Scribe again from the patient's chart in your EHR.";

    private LaunchProblems() {
    }

    static ProblemException unknownIssuer() {
        return new ProblemException(400, "unknown-issuer", "This EHR is not set up for Scribe",
                "The app was opened by an EHR whose address is not on this installation's list of allowed EHRs, "
                        + "so nothing was sent to it.",
                "If you expected this to work, ask hospital IT to register this EHR's FHIR address with Scribe.");
    }

    static ProblemException missingIssuer() {
        return new ProblemException(400, "missing-iss", "Scribe was opened without the EHR's address",
                "The EHR sent no address (iss) with this launch, so Scribe cannot tell which EHR to sign you in "
                        + "with. Nothing was sent anywhere.",
                "Open Scribe from within the EHR, from the patient's chart, not from a bookmark or a typed address. "
                        + "If you did, ask hospital IT to check the app's launch URL in the EHR: the EHR must add "
                        + "iss and launch to it.");
    }

    static ProblemException missingLaunch() {
        return new ProblemException(400, "missing-launch", "The EHR did not send a launch id",
                "An EHR launch must carry a 'launch' parameter that tells us which patient and encounter are open. "
                        + "This request had none.", RELAUNCH);
    }

    static ProblemException discoveryFailed(String why) {
        return new ProblemException(502, "discovery-failed", "Could not read the EHR's SMART configuration",
                "We asked the EHR how to sign you in, but " + why + ".",
                "Try again in a minute. If it keeps happening, tell hospital IT that the EHR's "
                        + ".well-known/smart-configuration is not reachable.");
    }

    static ProblemException missingState() {
        return new ProblemException(400, "missing-state", "This sign-in has no launch state",
                "The EHR sent us back without the 'state' value we gave it, so we cannot tell which launch this is.",
                RELAUNCH);
    }

    static ProblemException unknownState() {
        return new ProblemException(400, "unknown-state", "This sign-in link was already used or is not ours",
                "The 'state' value does not match any pending launch. Each sign-in link works once.", RELAUNCH);
    }

    static ProblemException expiredState() {
        return new ProblemException(400, "expired-state", "The sign-in took too long",
                "The launch expired before the EHR sent you back to us.", RELAUNCH);
    }

    static ProblemException otherBrowser() {
        return new ProblemException(400, "state-browser-mismatch", "This sign-in was started in another window",
                "The launch was started in a different browser session than the one that finished it.", RELAUNCH);
    }

    static ProblemException authorizationRefused(String error, String description) {
        boolean denied = "access_denied".equals(error);
        return new ProblemException(403, "authorization-" + safe(error),
                denied ? "Access was not granted" : "The EHR refused the sign-in",
                (denied ? "The EHR (or you) declined to give Scribe access to this patient's record"
                        : "The EHR answered '" + safe(error) + "'")
                        + (description == null ? "." : ": " + truncate(description) + "."),
                denied ? "If this was a mistake, open Scribe again from the chart and allow access."
                        : RELAUNCH);
    }

    static ProblemException tokenFailed(String why) {
        return new ProblemException(502, "token-exchange-failed", "The EHR did not complete the sign-in",
                "We could not exchange the sign-in code for access: " + why + ".", RELAUNCH);
    }

    static ProblemException idTokenInvalid(String why) {
        return new ProblemException(502, "id-token-invalid", "The EHR's identity token could not be verified",
                "The EHR said who you are, but its signed statement failed verification (" + why + "). "
                        + "For your safety, the sign-in was stopped.", RELAUNCH);
    }

    static ProblemException noSession() {
        return new ProblemException(401, "no-session", "Your Scribe session has ended",
                "Scribe keeps you signed in for a limited time, and that time is over (or the app was opened "
                        + "without signing in). Your saved drafts are kept.", RELAUNCH);
    }

    static ProblemException refreshFailed(String why) {
        return new ProblemException(401, "token-refresh-failed", "Your EHR access has expired",
                "Scribe tried to renew its access to the EHR, but " + why + ". Your draft is saved.", RELAUNCH);
    }

    private static String safe(String error) {
        return error == null ? "unknown" : error.replaceAll("[^A-Za-z0-9_.-]", "").toLowerCase();
    }

    private static String truncate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
