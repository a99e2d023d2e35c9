package org.scribeonfhir.ehr;

import java.util.List;

/**
 * Everything we read about the open encounter. Optional parts that could not be read are absent and
 * explained in {@code warnings}, so the draft can still be made from the rest.
 *
 * @param transcript       the visit transcript text, or null
 * @param transcriptSource where it came from ({@code DocumentReference/…}), or null
 */
public record EncounterContext(
        PatientFacts patient,
        EncounterFacts encounter,
        List<ChartFact> conditions,
        List<ChartFact> vitals,
        List<ChartFact> labs,
        List<ChartFact> medications,
        List<ChartFact> allergies,
        List<ChartFact> priorNotes,
        String transcript,
        String transcriptSource,
        List<String> warnings) {

    /** The context with a transcript a person supplied: what was said about the EHR's transcript no longer holds. */
    public EncounterContext withTranscript(String text, String source) {
        return new EncounterContext(patient, encounter, conditions, vitals, labs, medications, allergies, priorNotes,
                text, source, text == null ? warnings : warnings.stream()
                        .filter(w -> !w.toLowerCase(java.util.Locale.ROOT).contains("transcript")).toList());
    }
}
