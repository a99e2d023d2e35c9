package org.scribeonfhir.drafting.visit;

/** A sentence of the history in the note's words (third person), for what the structured facts do not hold. */
public record Narrative(String text, Support support) {
}
