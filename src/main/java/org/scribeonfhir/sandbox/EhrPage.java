package org.scribeonfhir.sandbox;

import java.util.List;

/**
 * Everything the mock EHR screen shows.
 *
 * @param frameUrl the app's launch URL for the iframe, or null until "Open Scribe" is pressed
 * @param message  why the selection was adjusted, or null
 */
record EhrPage(List<SandboxDirectory.Person> practitioners, List<SandboxDirectory.Person> patients,
        List<SandboxDirectory.Visit> encounters, String practitionerId, String patientId, String encounterId,
        ChartView chart, String frameUrl, String refreshUrl, String chartUrl, String message) {
}
