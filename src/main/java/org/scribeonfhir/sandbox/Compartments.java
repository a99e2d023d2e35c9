package org.scribeonfhir.sandbox;

import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Binary;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * Which patient (and encounter) a resource belongs to. Stored beside each resource so that a
 * patient-scoped token can be limited to its patient's compartment with one indexed column.
 */
final class Compartments {

    private Compartments() {
    }

    /** The patient id whose compartment holds the resource, or null (e.g. Practitioner). */
    static String patientOf(Resource r) {
        if (r instanceof Patient p) {
            return p.getIdElement().getIdPart();
        }
        Reference ref = null;
        if (r instanceof Encounter e) {
            ref = e.getSubject();
        } else if (r instanceof Condition c) {
            ref = c.getSubject();
        } else if (r instanceof Observation o) {
            ref = o.getSubject();
        } else if (r instanceof MedicationRequest m) {
            ref = m.getSubject();
        } else if (r instanceof AllergyIntolerance a) {
            ref = a.getPatient();
        } else if (r instanceof DocumentReference d) {
            ref = d.getSubject();
        } else if (r instanceof Binary b) {
            ref = b.getSecurityContext();
        }
        return idOf(ref, "Patient");
    }

    /** The encounter the resource was recorded in, or null. */
    static String encounterOf(Resource r) {
        Reference ref = null;
        if (r instanceof Condition c) {
            ref = c.getEncounter();
        } else if (r instanceof Observation o) {
            ref = o.getEncounter();
        } else if (r instanceof MedicationRequest m) {
            ref = m.getEncounter();
        } else if (r instanceof DocumentReference d && d.getContext().hasEncounter()) {
            ref = d.getContext().getEncounterFirstRep();
        }
        return idOf(ref, "Encounter");
    }

    /** Types whose every instance lives in some patient's compartment. */
    static boolean inPatientCompartment(String type) {
        return !"Practitioner".equals(type) && !"Binary".equals(type);
    }

    /** The id of a reference to the given type: relative ({@code Patient/1}) or absolute; null otherwise. */
    static String idOf(Reference ref, String type) {
        if (ref == null || !ref.hasReference()) {
            return null;
        }
        String[] parts = ref.getReference().split("/");
        if (parts.length >= 2 && parts[parts.length - 2].equals(type)) {
            return parts[parts.length - 1];
        }
        if (parts.length >= 4 && "_history".equals(parts[parts.length - 2]) && parts[parts.length - 4].equals(type)) {
            return parts[parts.length - 3];
        }
        return null;
    }
}
