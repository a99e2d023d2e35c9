package org.scribeonfhir.sandbox;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Resource;
import org.jboss.logging.Logger;
import org.scribeonfhir.problem.LogSafe;

/** The FHIR interactions (read, vread, search, create, delete) with their checks, apart from HTTP. */
@ApplicationScoped
class FhirInteractions {

    private static final Logger LOG = Logger.getLogger(FhirInteractions.class);

    private final SandboxRecords records;
    private final FhirSearch search;

    FhirInteractions(SandboxRecords records, FhirSearch search) {
        this.records = records;
        this.search = search;
    }

    /** The outcome of a (conditional) create: {@code created} is false when an existing match was returned. */
    record Created(Resource resource, boolean created, boolean readable) {
    }

    Resource read(AccessGrant grant, String type, String id) {
        supported(type);
        FhirAccess access = FhirAccess.of(grant, type, 'r');
        SandboxRecords.Lookup found = records.lookup(type, id);
        if (found.deleted()) {
            throw OperationOutcomes.gone(type + "/" + id + " was deleted.");
        }
        if (found.resource() == null) {
            throw OperationOutcomes.notFound(type + "/" + id + " is not known to the sandbox EHR.");
        }
        access.require(found.resource());
        return found.resource();
    }

    Resource vread(AccessGrant grant, String type, String id, String version) {
        Resource current = read(grant, type, id);
        if (!current.getMeta().getVersionId().equals(version)) {
            throw OperationOutcomes.notFound(type + "/" + id + " has no version " + version
                    + " (the sandbox keeps only the current version).");
        }
        return current;
    }

    Bundle search(AccessGrant grant, String type, Map<String, List<String>> params, boolean strict) {
        supported(type);
        if ("Binary".equals(type)) {
            throw OperationOutcomes.methodNotAllowed("Binary supports read only.");
        }
        FhirAccess access = FhirAccess.of(grant, type, 's');
        SearchQuery query = search.parse(type, params, strict);
        return search.search(query, access.patientRestriction(), access.visible());
    }

    Created create(AccessGrant grant, String type, String body, String contentType, String ifNoneExist) {
        supported(type);
        if (!SandboxFhirResource.CREATABLE.contains(type)) {
            throw OperationOutcomes.methodNotAllowed("The sandbox EHR does not accept new " + type
                    + " resources; it accepts " + String.join(", ", SandboxFhirResource.CREATABLE) + ".");
        }
        FhirAccess access = FhirAccess.of(grant, type, 'c');
        if (contentType != null && !contentType.toLowerCase().contains("json")) {
            throw OperationOutcomes.unsupportedMediaType("Send FHIR JSON (Content-Type: application/fhir+json).");
        }
        Resource resource = FhirJson.parseIncoming(body, type);
        List<String> problems = DocumentRules.problems((DocumentReference) resource, records);
        if (!problems.isEmpty()) {
            throw OperationOutcomes.unprocessable(String.join(" ", problems));
        }
        access.require(resource);
        if (ifNoneExist != null && !ifNoneExist.isBlank()) {
            SearchQuery condition = search.parse(type, queryParams(ifNoneExist), true);
            if (condition.criteria().isEmpty()) {
                throw OperationOutcomes.badRequest("If-None-Exist has no search criteria.");
            }
            List<Resource> existing = search.matching(condition, null, r -> true);
            if (existing.size() > 1) {
                throw OperationOutcomes.preconditionFailed("If-None-Exist matches " + existing.size() + " " + type
                        + " resources; it must match at most one.");
            }
            if (existing.size() == 1) {
                Resource match = existing.get(0);
                return new Created(match, false, canRead(grant, match));
            }
        }
        Resource created = records.create(resource);
        LOG.infof("Created %s/%s", type, created.getIdElement().getIdPart());
        return new Created(created, true, true);
    }

    void delete(AccessGrant grant, String type, String id) {
        supported(type);
        if (!SandboxFhirResource.CREATABLE.contains(type)) {
            throw OperationOutcomes.methodNotAllowed("The sandbox EHR does not delete " + type + " resources.");
        }
        FhirAccess access = FhirAccess.of(grant, type, 'd');
        SandboxRecords.Lookup found = records.lookup(type, id);
        if (found.resource() == null) {
            throw found.deleted() ? OperationOutcomes.gone(type + "/" + id + " was already deleted.")
                    : OperationOutcomes.notFound(type + "/" + id + " is not known to the sandbox EHR.");
        }
        access.require(found.resource());
        records.delete(type, id);
        LOG.infof("Deleted %s/%s", type, LogSafe.text(id));
    }

    static void supported(String type) {
        if (!SearchParameters.TYPES.contains(type)) {
            throw OperationOutcomes.notSupported("Resource type '" + type + "' is not supported by the sandbox EHR."
                    + " Supported: " + String.join(", ", SearchParameters.TYPES) + ".");
        }
    }

    private static boolean canRead(AccessGrant grant, Resource r) {
        try {
            return FhirAccess.of(grant, r.fhirType(), 'r').allows(r);
        } catch (FhirError noReadScope) {
            return false;
        }
    }

    /** {@code identifier=system|value&status=current} → parameter map (If-None-Exist). */
    static Map<String, List<String>> queryParams(String query) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        String q = query.startsWith("?") ? query.substring(1) : query;
        int mark = q.indexOf('?');
        if (mark >= 0) {
            q = q.substring(mark + 1);
        }
        for (String pair : q.split("&")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw OperationOutcomes.badRequest("If-None-Exist must be a search query such as identifier=system|value.");
            }
            out.computeIfAbsent(decode(pair.substring(0, eq)), k -> new java.util.ArrayList<>())
                    .add(decode(pair.substring(eq + 1)));
        }
        return out;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
