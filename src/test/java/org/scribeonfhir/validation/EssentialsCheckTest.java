package org.scribeonfhir.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.NoteHeaders;
import org.scribeonfhir.ehr.EncounterContext;

/** What a signed note should not lack: warnings, never a block. */
class EssentialsCheckTest {

    private static List<String> missing(Map<String, String> note) {
        return SafetyChecks.of(note, (EncounterContext) null).stream().filter(f -> f.kind().equals("missing"))
                .peek(f -> assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING)).map(Finding::message).toList();
    }

    @Test
    void noChiefComplaintNoPlanAreSaid() {
        assertThat(missing(Map.of(NoteHeaders.HPI, "Cough for a week."))).containsExactly(
                "The note has no chief complaint: say why the patient came.", "The note has no assessment and plan.");
    }

    @Test
    void aPlanWithoutAProblemAndADrugStartedWithoutDoseOrFrequencyAreSaid() {
        assertThat(missing(Map.of(NoteHeaders.CHIEF_COMPLAINT, "Cough.", NoteHeaders.ASSESSMENT_AND_PLAN,
                "Start amoxicillin.\nStart benzonatate 100 mg.\nFollow up in 2 weeks."))).containsExactly(
                "The plan names no problem: say what its orders are for.",
                "Amoxicillin is started without a dose.", "Benzonatate is started without saying how often.");
    }

    @Test
    void aCompleteNoteLacksNothing() {
        assertThat(missing(Map.of(NoteHeaders.CHIEF_COMPLAINT, "Cough.", NoteHeaders.ASSESSMENT_AND_PLAN,
                "1. Acute bronchitis.\nStart benzonatate 100 mg three times daily as needed.\nCeftriaxone 1 g IM once.")))
                .isEmpty();
    }
}
