package org.scribeonfhir.sandbox;

import java.util.List;
import java.util.function.Predicate;

import org.hl7.fhir.r4.model.Resource;

/**
 * Scope enforcement on the FHIR API. A request needs a granted scope that covers its type and
 * interaction; patient-level scopes then limit it to the token's patient, and query-restricted
 * scopes (e.g. {@code ?category=…}) to the resources that match their query.
 */
final class FhirAccess {

    private final AccessGrant grant;
    private final String type;
    private final List<SandboxScopes.ResourceScope> scopes;

    private FhirAccess(AccessGrant grant, String type, char interaction) {
        this.grant = grant;
        this.type = type;
        this.scopes = grant.scopes().covering(type, interaction);
        if (scopes.isEmpty()) {
            String v2 = String.valueOf(interaction);
            throw OperationOutcomes.forbidden("The access token has no scope that allows this: it needs patient/"
                    + type + "." + v2 + " or user/" + type + "." + v2 + " (or a wider scope such as patient/*."
                    + ("c".equals(v2) ? "c" : "rs") + ").");
        }
    }

    /** @param interaction one of c, r, u, d, s (SMART v2 permissions) */
    static FhirAccess of(AccessGrant grant, String type, char interaction) {
        return new FhirAccess(grant, type, interaction);
    }

    boolean allows(Resource r) {
        return scopes.stream().anyMatch(s -> s.allows(r, grant.patientId()));
    }

    void require(Resource r) {
        if (!allows(r)) {
            throw OperationOutcomes.forbidden(r.fhirType() + "/" + r.getIdElement().getIdPart()
                    + " is outside what this access token may reach (its patient compartment or scope query).");
        }
    }

    Predicate<Resource> visible() {
        return this::allows;
    }

    /**
     * The patient whose compartment a search may be narrowed to in the database: only when every
     * scope that allows it is patient-level, so a user-level scope still sees everything.
     */
    String patientRestriction() {
        boolean patientOnly = scopes.stream().noneMatch(SandboxScopes.ResourceScope::user);
        return patientOnly && Compartments.inPatientCompartment(type) && grant.patientId() != null
                ? grant.patientId() : null;
    }
}
