package org.scribeonfhir.storage;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where drafts, sessions and launch state live: a configured PostgreSQL, or (sandbox, tests) an embedded one. */
@ConfigMapping(prefix = "scribe.db")
public interface StorageConfig {

    /** JDBC URL of the production PostgreSQL, e.g. {@code jdbc:postgresql://db:5432/scribe}. */
    Optional<String> url();

    Optional<String> username();

    /** Only from the environment ({@code SCRIBE_DB_PASSWORD}). */
    Optional<String> password();

    @WithDefault("16")
    int maxPoolSize();

    Embedded embedded();

    interface Embedded {
        /** Start a PostgreSQL of our own when no URL is configured (sandbox, dev, tests). Never in production. */
        @WithDefault("false")
        boolean enabled();

        /** Data directory of the embedded server; kept between runs so a restart loses nothing. */
        @WithDefault("target/sandbox-db")
        String dataDir();

        /** Wipe the data directory at start (tests). */
        @WithDefault("false")
        boolean clean();
    }
}
