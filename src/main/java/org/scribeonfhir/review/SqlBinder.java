package org.scribeonfhir.review;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Sets a statement's parameters; a lambda may throw what JDBC throws. */
@FunctionalInterface
interface SqlBinder {
    void bind(PreparedStatement ps) throws SQLException;
}
