package org.scribeonfhir.sandbox;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hl7.fhir.r4.model.Resource;

import org.scribeonfhir.sandbox.SearchQuery.Criterion;

/**
 * SMART scopes: what a client may be granted (requested ∩ supported), and what a granted set
 * permits. v1 spellings map to v2 as the spec suggests: read → rs, write → cud, * → cruds.
 */
final class SandboxScopes {

    /** Scopes that are not about resources. {@code launch} is only meaningful with a launch id. */
    private static final Set<String> CONTEXT_SCOPES = Set.of("openid", "fhirUser", "profile", "launch",
            "launch/patient", "launch/encounter", "offline_access", "online_access");

    /** patient|user / Type|* . v1 (read, write, *) or v2 (ordered subset of cruds) [? query]. */
    private static final Pattern RESOURCE_SCOPE =
            Pattern.compile("(patient|user)/(\\*|[A-Z][A-Za-z]+)\\.(read|write|\\*|c?r?u?d?s?)(\\?.+)?");

    private SandboxScopes() {
    }

    /**
     * @param ehrLaunch whether the authorization carries a launch id ({@code launch} is granted only then)
     */
    static Granted grant(String requested, boolean ehrLaunch) {
        Set<String> granted = new LinkedHashSet<>();
        for (String s : requested == null ? new String[0] : requested.trim().split("\\s+")) {
            if (s.isEmpty()) {
                continue;
            }
            if (CONTEXT_SCOPES.contains(s)) {
                if (!s.equals("launch") || ehrLaunch) {
                    granted.add(s);
                }
            } else if (parse(s) != null) {
                granted.add(s);
            }
        }
        return new Granted(List.copyOf(granted));
    }

    /** A resource scope, normalized to v2 permissions; null when it is not one the sandbox supports. */
    static ResourceScope parse(String scope) {
        Matcher m = RESOURCE_SCOPE.matcher(scope);
        if (!m.matches() || m.group(3).isEmpty()) {
            return null;
        }
        String type = m.group(2);
        if (!type.equals("*") && !SearchParameters.TYPES.contains(type)) {
            return null;
        }
        String permissions = switch (m.group(3)) {
            case "read" -> "rs";
            case "write" -> "cud";
            case "*" -> "cruds";
            default -> m.group(3);
        };
        List<Criterion> query = new ArrayList<>();
        if (m.group(4) != null) {
            // Query-restricted scopes (e.g. ?category=…|clinical-note) need a concrete type to mean anything.
            if (type.equals("*")) {
                return null;
            }
            for (String pair : m.group(4).substring(1).split("&")) {
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    return null;
                }
                try {
                    Criterion c = FhirSearch.criterion(type, decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)),
                            true);
                    if (c == null) {
                        return null;
                    }
                    query.add(c);
                } catch (FhirError unknownParameter) {
                    return null;
                }
            }
        }
        return new ResourceScope(m.group(1).equals("user"), type, permissions, List.copyOf(query));
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /** @param user true for {@code user/}: not limited to a patient's compartment */
    record ResourceScope(boolean user, String type, String permissions, List<Criterion> query) {

        boolean covers(String resourceType, char permission) {
            return (type.equals("*") || type.equals(resourceType)) && permissions.indexOf(permission) >= 0;
        }

        /** Whether this scope lets its holder (whose patient context is {@code patientId}) touch {@code r}. */
        boolean allows(Resource r, String patientId) {
            return (user || inCompartment(r, patientId)) && query.stream().allMatch(c -> SearchMatching.matches(r, c));
        }

        /** A patient scope reaches the patient's compartment, plus resources that belong to no patient. */
        private static boolean inCompartment(Resource r, String patientId) {
            String owner = Compartments.patientOf(r);
            if (owner == null) {
                return !Compartments.inPatientCompartment(r.fhirType()) && !"Binary".equals(r.fhirType());
            }
            return owner.equals(patientId);
        }
    }

    /** The scopes granted to one authorization, in the client's own spelling. */
    record Granted(List<String> scopes) {

        static Granted of(String text) {
            return new Granted(text == null || text.isBlank() ? List.of() : List.of(text.trim().split("\\s+")));
        }

        String text() {
            return String.join(" ", scopes);
        }

        boolean has(String scope) {
            return scopes.contains(scope);
        }

        List<ResourceScope> covering(String type, char permission) {
            List<ResourceScope> out = new ArrayList<>();
            for (String s : scopes) {
                ResourceScope rs = parse(s);
                if (rs != null && rs.covers(type, permission)) {
                    out.add(rs);
                }
            }
            return out;
        }

        boolean needsPatient() {
            return scopes.stream().anyMatch(s -> s.startsWith("patient/") || s.equals("launch/patient")
                    || s.equals("launch"));
        }

        boolean refreshable() {
            return has("offline_access") || has("online_access");
        }
    }
}
