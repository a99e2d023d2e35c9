package org.scribeonfhir.ehr;

import java.util.ArrayList;
import java.util.List;

import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;

/**
 * A chart from a FHIR Bundle already in hand (the sandbox's patient files, for the benchmarks), mapped the way
 * a live read maps it: active problems, vital signs and laboratory results, active medications and allergies.
 */
public final class BundleChart {

    private BundleChart() {
    }

    public static EncounterContext of(Bundle bundle, String transcript) {
        Patient patient = null;
        Encounter encounter = null;
        List<ChartFact> conditions = new ArrayList<>();
        List<ChartFact> vitals = new ArrayList<>();
        List<ChartFact> labs = new ArrayList<>();
        List<ChartFact> medications = new ArrayList<>();
        List<ChartFact> allergies = new ArrayList<>();
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            Resource r = entry.getResource();
            if (r instanceof Patient p && patient == null) {
                patient = p;
            } else if (r instanceof Encounter e && encounter == null) {
                encounter = e;
            } else if (r instanceof Condition c && ChartMapper.isActive(c)) {
                conditions.add(ChartMapper.condition(c));
            } else if (r instanceof Observation o) {
                if (category(o, "vital-signs")) {
                    vitals.add(ChartMapper.observation(o, "vital"));
                } else if (category(o, "laboratory")) {
                    labs.add(ChartMapper.observation(o, "lab"));
                }
            } else if (r instanceof MedicationRequest m
                    && (m.getStatus() == null || m.getStatus() == MedicationRequest.MedicationRequestStatus.ACTIVE)) {
                medications.add(ChartMapper.medication(m));
            } else if (r instanceof AllergyIntolerance a && ChartMapper.isActive(a)) {
                allergies.add(ChartMapper.allergy(a));
            }
        }
        if (patient == null || encounter == null) {
            throw new IllegalArgumentException("the bundle holds no Patient or no Encounter");
        }
        return new EncounterContext(ChartMapper.patient(patient), ChartMapper.encounter(encounter), conditions, vitals,
                labs, medications, allergies, List.of(), transcript, transcript == null ? null : "benchmark", List.of());
    }

    private static boolean category(Observation o, String code) {
        return o.getCategory().stream().flatMap(c -> c.getCoding().stream()).anyMatch(c -> code.equals(c.getCode()));
    }
}
