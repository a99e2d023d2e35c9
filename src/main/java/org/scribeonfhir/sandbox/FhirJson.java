package org.scribeonfhir.sandbox;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Resource;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;

/** HAPI's R4 JSON parser. Parsers are not thread-safe, so each call makes one from the shared context. */
final class FhirJson {

    static final String MEDIA_TYPE = "application/fhir+json;charset=utf-8";

    private static final FhirContext CONTEXT = FhirContext.forR4Cached();

    private FhirJson() {
    }

    static FhirContext context() {
        return CONTEXT;
    }

    static String encode(IBaseResource resource) {
        return CONTEXT.newJsonParser().setPrettyPrint(false).encodeResourceToString(resource);
    }

    /** Stored bodies were checked when written, so they are read leniently. */
    static Resource parseStored(String json) {
        return (Resource) CONTEXT.newJsonParser().parseResource(json);
    }

    /**
     * Client bodies are parsed strictly: an unknown element or an invalid value is a 400, so an app
     * tested against the sandbox does not learn to send what a real EHR would reject.
     */
    static Resource parseIncoming(String json, String expectedType) {
        if (json == null || json.isBlank()) {
            throw OperationOutcomes.badRequest("The request has no body; expected a " + expectedType + " as FHIR JSON.");
        }
        IParser parser = CONTEXT.newJsonParser().setParserErrorHandler(new StrictErrorHandler());
        IBaseResource parsed;
        try {
            parsed = parser.parseResource(json);
        } catch (DataFormatException e) {
            // HAPI's message names the element and position, never values from the body.
            throw OperationOutcomes.badRequest("The body is not a valid FHIR JSON resource: " + shorten(e.getMessage()));
        }
        if (!(parsed instanceof Resource resource) || !expectedType.equals(resource.fhirType())) {
            throw OperationOutcomes.badRequest("The body is a " + parsed.fhirType() + ", but this endpoint expects a "
                    + expectedType + ".");
        }
        return resource;
    }

    private static String shorten(String message) {
        if (message == null) {
            return "unreadable JSON";
        }
        String m = message.replaceAll("^HAPI-\\d+: ", "");
        return m.length() > 300 ? m.substring(0, 300) + "…" : m;
    }
}
