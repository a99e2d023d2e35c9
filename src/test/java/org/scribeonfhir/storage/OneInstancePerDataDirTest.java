package org.scribeonfhir.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** Two apps started on one embedded data directory: the second refuses, the first keeps its database. */
class OneInstancePerDataDirTest {

    @Test
    void aSecondInstanceOnTheSameDataIsRefusedAndTheFirstKeepsItsDatabase() throws Exception {
        Path dir = Path.of("target/one-owner-db").toAbsolutePath();
        try (EmbeddedPostgres first = EmbeddedPostgres.start(dir, true)) {
            assertThatThrownBy(() -> EmbeddedPostgres.start(dir, true)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Another Scribe-on-FHIR instance is using the embedded database in " + dir)
                    .hasMessageContaining("answering on 127.0.0.1:")
                    .hasMessageContaining("SCRIBE_DB_EMBEDDED_DATA_DIR");
            assertThat(answers(first)).isTrue();
        }
        try (EmbeddedPostgres next = EmbeddedPostgres.start(dir, false)) {
            assertThat(answers(next)).as("the directory is free again once the first app stopped").isTrue();
        }
    }

    private static boolean answers(EmbeddedPostgres pg) throws SQLException {
        // the driver named, not looked up: DriverManager may only see an earlier Quarkus test's class loader
        try (Connection c = new org.postgresql.Driver().connect(pg.jdbcUrl(), new Properties());
                ResultSet r = c.createStatement().executeQuery("select 1")) {
            return r.next();
        }
    }
}
