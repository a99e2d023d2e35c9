package org.scribeonfhir.drafting.visit;

/** A finding from the clinician's narrated examination, under its body system. */
public record ExamFinding(String system, String text, Support support) {
}
