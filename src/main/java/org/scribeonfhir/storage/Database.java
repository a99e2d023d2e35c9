package org.scribeonfhir.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.AgroalConnectionPoolConfiguration.ConnectionValidator;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.security.NamePrincipal;
import io.agroal.api.security.SimplePassword;
import io.quarkus.runtime.Startup;

/**
 * The one PostgreSQL database: a configured server in production, the embedded server otherwise.
 * We own the pool instead of using Quarkus' datasource so the embedded server can be started
 * before the pool exists, with the same code path (and Flyway migrations) everywhere.
 */
@Startup
@ApplicationScoped
public class Database {

    private static final Logger LOG = Logger.getLogger(Database.class);

    private final EmbeddedPostgres embedded;
    private final AgroalDataSource dataSource;

    Database(StorageConfig config) {
        String url;
        if (config.url().isPresent()) {
            embedded = null;
            url = config.url().get();
        } else if (!config.embedded().enabled()) {
            throw new IllegalStateException("No database configured: set SCRIBE_DB_URL (and SCRIBE_DB_USERNAME, "
                    + "SCRIBE_DB_PASSWORD), or run the sandbox profile, which starts an embedded PostgreSQL.");
        } else {
            embedded = EmbeddedPostgres.start(Path.of(config.embedded().dataDir()), config.embedded().clean());
            url = embedded.jdbcUrl();
        }
        dataSource = pool(config, url);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        LOG.infof("Database ready (%s)", embedded == null ? "configured server" : "embedded");
    }

    @Produces
    @Singleton
    DataSource dataSource() {
        return dataSource;
    }

    /** Applies the migrations of a feature that keeps its tables in a schema of its own. */
    public void migrateSchema(String schema, String location) {
        Flyway.configure().dataSource(dataSource).schemas(schema).createSchemas(true).locations(location).load()
                .migrate();
    }

    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    @PreDestroy
    void close() {
        dataSource.close();
        if (embedded != null) {
            embedded.close();
        }
    }

    private static boolean isFatal(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("08") || state.startsWith("57P"));
    }

    private static AgroalDataSource pool(StorageConfig config, String url) {
        try {
            AgroalDataSourceConfigurationSupplier supplier = new AgroalDataSourceConfigurationSupplier()
                    .connectionPoolConfiguration(pool -> pool
                            .maxSize(config.maxPoolSize())
                            .minSize(0)
                            .initialSize(0)
                            .acquisitionTimeout(Duration.ofSeconds(5))
                            // A restarted or failed-over database: check connections before use and drop
                            // those the server terminated (57P*) or lost (08*) instead of handing them out again.
                            .connectionValidator(ConnectionValidator.defaultValidator())
                            .validateOnBorrow(true)
                            .exceptionSorter(Database::isFatal)
                            .validationTimeout(Duration.ofSeconds(30))
                            .idleValidationTimeout(Duration.ofSeconds(30))
                            .connectionFactoryConfiguration(cf -> {
                                // The driver class is named, not looked up in DriverManager: DriverManager only
                                // sees the classloader of the first Quarkus app in a JVM, so a test profile
                                // that restarts the app would otherwise find "no suitable driver".
                                cf.jdbcUrl(url).connectionProviderClass(org.postgresql.Driver.class)
                                        .loginTimeout(Duration.ofSeconds(5));
                                config.username().ifPresent(u -> cf.principal(new NamePrincipal(u)));
                                config.password().ifPresent(p -> cf.credential(new SimplePassword(p)));
                                return cf;
                            }));
            return AgroalDataSource.from(supplier);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the connection pool", e);
        }
    }
}
