package org.scribeonfhir.launch;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

/** The allow-list of EHRs: only a configured {@code iss} may launch the app. */
@ApplicationScoped
class IssuerRegistry {

    private final LaunchConfig config;

    IssuerRegistry(LaunchConfig config) {
        this.config = config;
    }

    Optional<ConfiguredIssuer> find(String iss) {
        if (iss == null || iss.isBlank()) {
            return Optional.empty();
        }
        String wanted = normalize(iss);
        for (Map.Entry<String, LaunchConfig.Issuer> e : config.issuers().entrySet()) {
            if (normalize(e.getValue().iss()).equals(wanted)) {
                return Optional.of(new ConfiguredIssuer(e.getKey(), e.getValue()));
            }
        }
        return Optional.empty();
    }

    Optional<ConfiguredIssuer> byId(String id) {
        return Optional.ofNullable(config.issuers().get(id)).map(i -> new ConfiguredIssuer(id, i));
    }

    /** Exact match apart from a trailing slash: no prefix or host-only matching. */
    static String normalize(String iss) {
        String s = iss.trim();
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    record ConfiguredIssuer(String id, LaunchConfig.Issuer config) {
        String iss() {
            return normalize(config.iss());
        }
    }
}
