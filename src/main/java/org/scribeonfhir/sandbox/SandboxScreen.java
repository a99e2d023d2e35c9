package org.scribeonfhir.sandbox;

import java.util.List;

/**
 * Turns the screen's query parameters into a consistent selection (defaults filled in, a
 * mismatched encounter replaced by the patient's own) and the page to show for it.
 */
final class SandboxScreen {

    private SandboxScreen() {
    }

    static EhrPage page(SandboxDirectory directory, SandboxChart charts, String practitionerId, String patientId,
            String encounterId, boolean open) {
        List<SandboxDirectory.Person> practitioners = directory.practitioners();
        List<SandboxDirectory.Person> patients = directory.patients();
        List<SandboxDirectory.Visit> encounters = directory.encounters();
        String message = null;

        SandboxDirectory.Visit visit = visit(encounters, encounterId);
        SandboxDirectory.Person patient = person(patients, patientId);
        if (patient == null && visit != null) {
            patient = person(patients, visit.patientId());
        }
        if (patient == null && !patients.isEmpty()) {
            if (patientId != null && !patientId.isBlank()) {
                message = "There is no patient '" + patientId + "'; showing the first patient instead.";
            }
            patient = patients.get(0);
        }
        if (patient != null && (visit == null || !visit.patientId().equals(patient.id()))) {
            if (visit != null) {
                message = "That encounter is not this patient's; showing the patient's own encounter.";
            }
            visit = firstOf(encounters, patient.id());
        }
        String practitioner = practitioners.stream().anyMatch(p -> p.id().equals(practitionerId)) ? practitionerId
                : visit != null && visit.attendingId() != null ? visit.attendingId()
                : practitioners.isEmpty() ? null : practitioners.get(0).id();

        ChartView chart = patient != null && visit != null ? charts.chart(patient, visit) : null;
        String selection = patient == null || visit == null || practitioner == null ? null
                : "practitioner=" + SandboxUrls.encode(practitioner) + "&patient=" + SandboxUrls.encode(patient.id())
                        + "&encounter=" + SandboxUrls.encode(visit.id());
        boolean canOpen = open && selection != null;
        return new EhrPage(practitioners, patients, encounters, practitioner, patient == null ? null : patient.id(),
                visit == null ? null : visit.id(), chart, canOpen ? "/sandbox/launch?" + selection : null,
                selection == null ? "/sandbox" : "/sandbox?" + selection + (canOpen ? "&open=1" : ""),
                selection == null ? null : "/sandbox/chart?" + selection, message);
    }

    private static SandboxDirectory.Person person(List<SandboxDirectory.Person> people, String id) {
        return people.stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
    }

    private static SandboxDirectory.Visit visit(List<SandboxDirectory.Visit> visits, String id) {
        return visits.stream().filter(v -> v.id().equals(id)).findFirst().orElse(null);
    }

    private static SandboxDirectory.Visit firstOf(List<SandboxDirectory.Visit> visits, String patientId) {
        return visits.stream().filter(v -> patientId.equals(v.patientId())).findFirst().orElse(null);
    }
}
