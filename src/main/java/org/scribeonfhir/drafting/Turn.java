package org.scribeonfhir.drafting;

/** One turn of the visit conversation, numbered from 1 in transcript order. */
public record Turn(int number, String speaker, String text) {
}
