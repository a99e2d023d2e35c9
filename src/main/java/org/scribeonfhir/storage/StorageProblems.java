package org.scribeonfhir.storage;

import java.sql.SQLException;

import org.jboss.logging.Logger;
import org.scribeonfhir.problem.ProblemException;

/** The database could not be reached or refused a statement. */
public final class StorageProblems {

    private static final Logger LOG = Logger.getLogger(StorageProblems.class);

    private StorageProblems() {
    }

    public static ProblemException unavailable(SQLException e) {
        // SQL state and class only: messages can quote parameter values.
        LOG.errorf("Database error (SQL state %s, %s)", e.getSQLState(), e.getClass().getSimpleName());
        return new ProblemException(503, "database-unavailable", "Scribe cannot reach its database",
                "Nothing was changed. Anything you typed is still on this page.",
                "Wait a moment and try again; if it keeps happening, tell hospital IT that Scribe's database is down.",
                java.util.Map.of(), e);
    }
}
