package org.scribeonfhir.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.scribeonfhir.fhir.Codes;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Resource;

/**
 * Who and what can be chosen in the sandbox's screens (the mock EHR and the standalone picker),
 * and whether a practitioner / patient / encounter choice fits together.
 */
@ApplicationScoped
class SandboxDirectory {

    private final SandboxRecords records;

    SandboxDirectory(SandboxRecords records) {
        this.records = records;
    }

    /** A practitioner or patient as a choice in a list. */
    record Person(String id, String name, String detail) {
    }

    /** An encounter as a choice in a list, with the patient it belongs to. */
    record Visit(String id, String patientId, String label, String start, String status, String attendingId) {
    }

    List<Person> practitioners() {
        List<Person> out = new ArrayList<>();
        for (Resource r : records.all("Practitioner", null)) {
            Practitioner p = (Practitioner) r;
            String qualification = p.getQualification().stream().map(q -> text(q.getCode())).filter(s -> s != null)
                    .findFirst().orElse("");
            out.add(new Person(p.getIdElement().getIdPart(), SandboxTokens.name(p.getNameFirstRep()), qualification));
        }
        return out;
    }

    List<Person> patients() {
        List<Person> out = new ArrayList<>();
        for (Resource r : records.all("Patient", null)) {
            out.add(patient((Patient) r));
        }
        return out;
    }

    List<Visit> encounters() {
        List<Visit> out = new ArrayList<>();
        for (Resource r : records.all("Encounter", null)) {
            out.add(visit((Encounter) r));
        }
        return out;
    }

    Optional<Person> practitioner(String id) {
        return records.read("Practitioner", safe(id)).map(r -> new Person(id,
                SandboxTokens.name(((Practitioner) r).getNameFirstRep()), ""));
    }

    Optional<Person> patient(String id) {
        return records.read("Patient", safe(id)).map(r -> patient((Patient) r));
    }

    Optional<Visit> encounter(String id) {
        return records.read("Encounter", safe(id)).map(r -> visit((Encounter) r));
    }

    /**
     * Checks that the three exist and that the encounter is the patient's; returns what is wrong, or
     * null when the choice is consistent.
     */
    String problemWith(String practitionerId, String patientId, String encounterId) {
        if (blank(practitionerId) || blank(patientId) || blank(encounterId)) {
            return "Choose a practitioner, a patient and an encounter.";
        }
        if (practitioner(practitionerId).isEmpty()) {
            return "There is no practitioner '" + practitionerId + "' in the sandbox.";
        }
        if (patient(patientId).isEmpty()) {
            return "There is no patient '" + patientId + "' in the sandbox.";
        }
        Optional<Visit> visit = encounter(encounterId);
        if (visit.isEmpty()) {
            return "There is no encounter '" + encounterId + "' in the sandbox.";
        }
        if (!patientId.equals(visit.get().patientId())) {
            return "Encounter '" + encounterId + "' belongs to another patient, not to '" + patientId + "'.";
        }
        return null;
    }

    private static Person patient(Patient p) {
        String mrn = p.getIdentifier().stream().map(Identifier::getValue).findFirst().orElse("");
        String detail = "MRN " + mrn + " · " + (p.hasGender() ? p.getGender().getDisplay() : "")
                + (p.hasBirthDate() ? " · born " + p.getBirthDateElement().getValueAsString() : "");
        return new Person(p.getIdElement().getIdPart(), SandboxTokens.name(p.getNameFirstRep()), detail);
    }

    private static Visit visit(Encounter e) {
        String label = e.getType().stream().map(SandboxDirectory::text).filter(s -> s != null).findFirst()
                .orElse("Encounter");
        String reason = e.getReasonCode().stream().map(SandboxDirectory::text).filter(s -> s != null).findFirst()
                .orElse(null);
        String start = e.getPeriod().hasStart() ? e.getPeriod().getStartElement().getValueAsString() : null;
        String attending = e.getParticipant().stream()
                .filter(p -> p.getType().stream().flatMap(t -> t.getCoding().stream())
                        .anyMatch(c -> "ATND".equals(c.getCode())))
                .map(p -> Compartments.idOf(p.getIndividual(), "Practitioner")).filter(s -> s != null)
                .findFirst().orElse(null);
        return new Visit(e.getIdElement().getIdPart(), Compartments.patientOf(e),
                label + (reason == null ? "" : " — " + reason), start == null ? "" : start.substring(0, 10),
                e.hasStatus() ? e.getStatus().toCode() : "", attending);
    }

    static String text(CodeableConcept cc) {
        return Codes.text(cc);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Ids come from query strings; anything that is not a FHIR id cannot exist. */
    private static String safe(String id) {
        return id != null && id.matches("[A-Za-z0-9\\-.]{1,64}") ? id : "-invalid-";
    }
}
