package org.scribeonfhir.drafting.visit;

/** Why the patient came, as a short clinical noun phrase ("Right knee pain", "Follow-up of hypertension"). */
public record Reason(String phrase, Support support) {
}
