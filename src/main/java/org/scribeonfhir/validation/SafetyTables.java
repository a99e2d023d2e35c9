package org.scribeonfhir.validation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/** The safety checks' reference tables are read and checked at start-up: a broken row stops the app, not a page. */
@ApplicationScoped
class SafetyTables {

    private static final Logger LOG = Logger.getLogger(SafetyTables.class);

    void check(@Observes StartupEvent start) {
        LOG.infof("Safety checks: %d interaction rules and %d dose limits (%d drugs) checked against the drug "
                + "vocabulary", InteractionCheck.RULES.size(), DoseTable.rows(), DoseTable.LIMITS.size());
    }
}
