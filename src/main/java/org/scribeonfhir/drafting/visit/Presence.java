package org.scribeonfhir.drafting.visit;

/** Whether the visit established a symptom or finding. */
public enum Presence { PRESENT, DENIED, UNCERTAIN }
