package org.scribeonfhir.sandbox;

import java.util.Map;

import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/** The catalogue of FHIR errors the sandbox answers with: one factory per HTTP status. */
final class OperationOutcomes {

    private OperationOutcomes() {
    }

    static OperationOutcome outcome(IssueSeverity severity, IssueType type, String diagnostics) {
        OperationOutcome oo = new OperationOutcome();
        oo.addIssue().setSeverity(severity).setCode(type).setDiagnostics(diagnostics);
        return oo;
    }

    static FhirError badRequest(String why) {
        return error(400, IssueType.INVALID, why);
    }

    static FhirError unauthorized(String why) {
        // RFC 6750: a missing or dead token is answered with a Bearer challenge.
        String error = why.startsWith("No ") ? "" : ", error=\"invalid_token\"";
        return new FhirError(401, outcome(IssueSeverity.ERROR, IssueType.LOGIN, why),
                Map.of("WWW-Authenticate", "Bearer realm=\"sandbox\"" + error));
    }

    static FhirError forbidden(String why) {
        return error(403, IssueType.FORBIDDEN, why);
    }

    static FhirError notFound(String why) {
        return error(404, IssueType.NOTFOUND, why);
    }

    static FhirError notSupported(String why) {
        return error(404, IssueType.NOTSUPPORTED, why);
    }

    static FhirError methodNotAllowed(String why) {
        return error(405, IssueType.NOTSUPPORTED, why);
    }

    static FhirError gone(String why) {
        return error(410, IssueType.DELETED, why);
    }

    static FhirError preconditionFailed(String why) {
        return error(412, IssueType.DUPLICATE, why);
    }

    static FhirError unsupportedMediaType(String why) {
        return error(415, IssueType.NOTSUPPORTED, why);
    }

    static FhirError unprocessable(String why) {
        return error(422, IssueType.PROCESSING, why);
    }

    static FhirError serverError() {
        return error(500, IssueType.EXCEPTION, "The sandbox EHR failed to handle this request; see its log.");
    }

    private static FhirError error(int status, IssueType type, String why) {
        return new FhirError(status, outcome(IssueSeverity.ERROR, type, why), Map.of());
    }
}
