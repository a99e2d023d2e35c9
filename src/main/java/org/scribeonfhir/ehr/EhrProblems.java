package org.scribeonfhir.ehr;

import java.io.InterruptedIOException;

import org.jboss.logging.Logger;
import org.scribeonfhir.problem.ProblemException;

import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.rest.client.exceptions.FhirClientConnectionException;
import ca.uhn.fhir.rest.server.exceptions.AuthenticationException;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.ResourceGoneException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;

/** Turns a failed FHIR call into words a clinician can act on. */
public final class EhrProblems {

    private static final Logger LOG = Logger.getLogger(EhrProblems.class);
    private static final String RELAUNCH = "Close this panel and open Scribe again from the patient's chart.";

    private EhrProblems() {
    }

    /** @param what what we were reading or writing, e.g. "the encounter" */
    public static ProblemException of(RuntimeException thrown, String what) {
        // HAPI reports an unparseable answer as a connection failure caused by a DataFormatException.
        RuntimeException e = thrown instanceof FhirClientConnectionException && thrown.getCause() instanceof DataFormatException d
                ? d : thrown;
        ProblemException problem = problem(e, what);
        // What went wrong and what the user was answered; no message: HAPI messages can quote response bodies.
        LOG.warnf("FHIR call for %s failed: %s; answered HTTP %d (%s)", what, describe(e), problem.status(),
                problem.code());
        return problem;
    }

    private static ProblemException problem(RuntimeException e, String what) {
        if (e instanceof AuthenticationException) {
            return new ProblemException(502, "ehr-unauthorized", "The EHR no longer accepts Scribe's access",
                    "The EHR answered 401 when we asked for " + what + ": the access it gave us has ended.",
                    RELAUNCH, java.util.Map.of(), e);
        }
        if (e instanceof ForbiddenOperationException) {
            return new ProblemException(502, "ehr-forbidden", "The EHR did not allow this",
                    "The EHR answered 403 when we asked for " + what + ".",
                    "Ask hospital IT to check the scopes granted to Scribe for your role.", java.util.Map.of(), e);
        }
        if (e instanceof ResourceNotFoundException || e instanceof ResourceGoneException) {
            return new ProblemException(502, "ehr-not-found", "The EHR could not find " + what,
                    "The EHR answered " + ((BaseServerResponseException) e).getStatusCode() + " for " + what + ".",
                    RELAUNCH, java.util.Map.of(), e);
        }
        if (e instanceof FhirClientConnectionException) {
            return new ProblemException(504, "ehr-unreachable", "The EHR did not answer",
                    "We asked the EHR for " + what + " but got no answer in time.",
                    "Try again in a minute; if it keeps happening, tell hospital IT.", java.util.Map.of(), e);
        }
        if (e instanceof DataFormatException) {
            return new ProblemException(502, "ehr-malformed", "The EHR sent data we could not read",
                    "The EHR's answer for " + what + " is not valid FHIR.",
                    "Tell hospital IT; the EHR's FHIR interface sent a malformed resource.", java.util.Map.of(), e);
        }
        if (e instanceof BaseServerResponseException s) {
            return new ProblemException(502, "ehr-error", "The EHR had a problem",
                    "The EHR answered HTTP " + s.getStatusCode() + " when we asked for " + what + ".",
                    "Try again in a minute; if it keeps happening, tell hospital IT.", java.util.Map.of(), e);
        }
        return new ProblemException(502, "ehr-error", "The EHR had a problem",
                "Reading " + what + " from the EHR failed.", "Try again in a minute.", java.util.Map.of(), e);
    }

    static ProblemException noPatientContext() {
        return new ProblemException(400, "no-patient-context", "The EHR did not say which patient is open",
                "Scribe needs a patient in context to draft a note.",
                "Open Scribe from within a patient's chart.");
    }

    static ProblemException encounterOfAnotherPatient() {
        return new ProblemException(403, "encounter-of-another-patient", "This visit is not this patient's",
                "Scribe was opened for one patient, and the chosen visit belongs to another (or does not say "
                        + "whose it is), so nothing was changed.",
                "Choose one of the visits listed for this patient.");
    }

    static ProblemException encounterEnteredInError() {
        return new ProblemException(409, "encounter-entered-in-error", "This visit was entered in error",
                "The EHR marks the chosen visit as entered in error, so a note cannot be written to it.",
                "Choose another visit, or open Scribe from within the right visit in the EHR.");
    }

    static ProblemException invalidEncounterId() {
        return new ProblemException(400, "encounter-id-invalid", "That is not a visit Scribe can open",
                "The request did not name a valid visit, so nothing was changed.",
                "Choose one of the visits listed for this patient.");
    }

    /** A short, content-free description for a warning shown beside a partial draft. */
    static String describe(RuntimeException e) {
        // Before the HTTP statuses: HAPI gives a call that got no answer at all the status 500.
        if (e instanceof FhirClientConnectionException) {
            return e.getCause() instanceof DataFormatException ? "malformed data"
                    : timedOut(e) ? "no answer in time" : "connection failed";
        }
        if (e instanceof BaseServerResponseException s) {
            return "HTTP " + s.getStatusCode();
        }
        if (e instanceof DataFormatException) {
            return "malformed data";
        }
        return e.getClass().getSimpleName();
    }

    /** Socket and connect timeouts (Apache's too) are interrupted I/O. */
    private static boolean timedOut(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InterruptedIOException) {
                return true;
            }
        }
        return false;
    }
}
