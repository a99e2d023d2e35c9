package org.scribeonfhir.drafting.visit;

import java.util.List;

/**
 * What the visit established, each element with its evidence and confidence: the drafter's understanding of
 * the visit, from which every section of the note is written. Plain data; no HTTP, FHIR client or model.
 *
 * @param problems the problems in the order the assessment takes them (the first is the main one)
 * @param notices  what the drafter could not do or wants checked, in words for the reviewer
 * @param disputed chart resources the conversation contradicts ("I've never had a stent"): not written as facts
 * @param consultation in person, by telephone or by video
 */
public record VisitModel(PatientInfo patient, Historian historian, Reason reason, List<Symptom> symptoms,
        List<Problem> problems, List<Medication> medications, List<Allergy> allergies, List<HistoryItem> history,
        List<Measurement> measurements, List<ExamFinding> exam, List<ResultFinding> results, List<PlanItem> plan,
        List<Narrative> narrative, List<String> notices, List<String> disputed, Consultation consultation) {

    public VisitModel {
        symptoms = List.copyOf(symptoms);
        problems = List.copyOf(problems);
        medications = List.copyOf(medications);
        allergies = List.copyOf(allergies);
        history = List.copyOf(history);
        measurements = List.copyOf(measurements);
        exam = List.copyOf(exam);
        results = List.copyOf(results);
        plan = List.copyOf(plan);
        narrative = List.copyOf(narrative);
        notices = List.copyOf(notices);
        disputed = List.copyOf(disputed);
    }

    /** The same model with one more notice for the reviewer. */
    public VisitModel withNotice(String notice) {
        List<String> all = new java.util.ArrayList<>(notices);
        all.add(notice);
        return new VisitModel(patient, historian, reason, symptoms, problems, medications, allergies, history,
                measurements, exam, results, plan, narrative, all, disputed, consultation);
    }

    /** True when the conversation gave nothing clinical (all small talk, or nothing said). */
    public boolean empty() {
        return reason == null && symptoms.isEmpty() && problems.isEmpty() && medications.isEmpty()
                && allergies.isEmpty() && history.isEmpty() && measurements.isEmpty() && exam.isEmpty()
                && results.isEmpty() && plan.isEmpty() && narrative.isEmpty();
    }
}
