package org.scribeonfhir.drafting.model;

/** An entity found in one text: its type and character range {@code [start, end)}, and the head's confidence. */
public record Span(String type, int start, int end, double confidence) {
}
