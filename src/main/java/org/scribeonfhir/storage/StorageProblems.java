package org.scribeonfhir.storage;

import java.sql.SQLException;
import java.util.Set;

import org.jboss.logging.Logger;
import org.scribeonfhir.problem.ProblemException;

/** The database could not be reached or refused a statement. */
public final class StorageProblems {

    private static final Logger LOG = Logger.getLogger(StorageProblems.class);
    /** Text PostgreSQL cannot hold (NUL, characters outside UTF-8): the input is at fault, not the database. */
    private static final Set<String> UNUSABLE_TEXT = Set.of("22P05", "22021");

    private StorageProblems() {
    }

    public static ProblemException unavailable(SQLException e) {
        if (UNUSABLE_TEXT.contains(e.getSQLState())) {
            // A safety net only: input that people type is checked, by field, before it gets here.
            LOG.infof("Database refused a character (SQL state %s)", e.getSQLState());
            return new ProblemException(400, "unusable-character", "The request holds a character Scribe cannot store",
                    "Some text in the request has a control character (such as NUL) or an invalid character, so "
                            + "nothing was changed.",
                    "Remove the character and try again.", java.util.Map.of(), e);
        }
        // SQL state and class only: messages can quote parameter values.
        LOG.errorf("Database error (SQL state %s, %s)", e.getSQLState(), e.getClass().getSimpleName());
        return new ProblemException(503, "database-unavailable", "Scribe cannot reach its database",
                "Nothing was changed. Anything you typed is still on this page.",
                "Wait a moment and try again; if it keeps happening, tell hospital IT that Scribe's database is down.",
                java.util.Map.of(), e);
    }
}
