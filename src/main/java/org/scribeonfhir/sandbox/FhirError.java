package org.scribeonfhir.sandbox;

import java.util.Map;

import org.hl7.fhir.r4.model.OperationOutcome;

/** A FHIR request that fails: the HTTP status, the OperationOutcome body and any extra headers. */
final class FhirError extends RuntimeException {

    private final int status;
    private final transient OperationOutcome outcome;
    private final Map<String, String> headers;

    FhirError(int status, OperationOutcome outcome, Map<String, String> headers) {
        super(outcome.getIssueFirstRep().getDiagnostics(), null, false, false);
        this.status = status;
        this.outcome = outcome;
        this.headers = Map.copyOf(headers);
    }

    int status() {
        return status;
    }

    OperationOutcome outcome() {
        return outcome;
    }

    Map<String, String> headers() {
        return headers;
    }
}
