package org.scribeonfhir.drafting.visit;

/** What a test showed ("Chest x-ray: small amount of fluid in the lungs"); {@code when} as said, or null. */
public record ResultFinding(String test, String text, String when, Support support) {
}
