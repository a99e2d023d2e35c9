package org.scribeonfhir.drafting.visit;

/** Whether the visit established a symptom or finding; {@code RESOLVED}: had it, and it has gone. */
public enum Presence { PRESENT, DENIED, UNCERTAIN, RESOLVED }
