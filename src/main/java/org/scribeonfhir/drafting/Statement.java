package org.scribeonfhir.drafting;

import java.util.List;

/** One sentence of the note, with the evidence it rests on and how sure the composer is of it. */
public record Statement(String text, double confidence, List<Evidence> evidence) {

    public Statement {
        if (evidence == null || evidence.isEmpty()) {
            throw new IllegalArgumentException("A statement without evidence must not be drafted");
        }
        evidence = List.copyOf(evidence);
    }
}
