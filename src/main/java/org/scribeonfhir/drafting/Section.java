package org.scribeonfhir.drafting;

import java.util.List;
import java.util.stream.Collectors;

/** One part of the note under its fixed header. */
public record Section(String header, List<Statement> statements) {

    public Section {
        statements = List.copyOf(statements);
    }

    public String text() {
        return statements.stream().map(Statement::text).collect(Collectors.joining("\n"));
    }
}
