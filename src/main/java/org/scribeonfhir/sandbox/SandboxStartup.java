package org.scribeonfhir.sandbox;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;
import org.scribeonfhir.storage.Database;

import io.quarkus.runtime.StartupEvent;

/**
 * Brings the sandbox up when it is enabled: schema, seed data, signing key. When disabled it does
 * nothing at all; the sandbox beans are looked up lazily so none of them is even created.
 */
@Singleton
class SandboxStartup {

    private static final Logger LOG = Logger.getLogger(SandboxStartup.class);

    void start(@Observes StartupEvent event, SandboxConfig config, Instance<Database> database,
            Instance<SandboxSeed> seed, Instance<SandboxKeys> keys, Instance<SandboxUrls> urls) {
        if (!config.enabled()) {
            return;
        }
        database.get().migrateSchema("sandbox", "classpath:db/sandbox");
        seed.get().seed();
        keys.get();
        LOG.infof("Sandbox EHR enabled: FHIR base %s, mock EHR at /sandbox (synthetic data only)",
                urls.get().fhirBase());
    }
}
