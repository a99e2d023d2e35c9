package org.scribeonfhir.health;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.scribeonfhir.storage.Database;

/** Ready only while the database answers: drafts, versions and the write-back ledger live there. */
@Readiness
@ApplicationScoped
class DatabaseReadiness implements HealthCheck {

    private final Database database;

    DatabaseReadiness(Database database) {
        this.database = database;
    }

    @Override
    public HealthCheckResponse call() {
        try (Connection c = database.connection(); Statement s = c.createStatement()) {
            s.setQueryTimeout(3);
            s.execute("select 1");
            return HealthCheckResponse.up("database");
        } catch (SQLException e) {
            // the SQL state says what kind of failure without echoing server messages
            return HealthCheckResponse.named("database").down()
                    .withData("sqlState", String.valueOf(e.getSQLState())).build();
        }
    }
}
