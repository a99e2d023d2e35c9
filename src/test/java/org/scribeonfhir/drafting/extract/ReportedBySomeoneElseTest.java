package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * What the patient says someone else noticed on the patient's body ("She says a mole on my back has changed") is the
 * patient's complaint; someone else's opinion ("He says it's all stress") is not a symptom the patient reports.
 */
class ReportedBySomeoneElseTest {

    @Test
    void aChangedMoleTheWifeNoticedIsThePatientsComplaint() {
        List<String> note = Visits.lines(Visits.draft("[doctor] What can I do for you today?",
                "[patient] Well, it was my wife who made me come, really. She says a mole on my back has changed.",
                "[doctor] Any other moles that have changed, or any new lumps anywhere?",
                "[patient] No, not that I know of.", "[doctor] I think we should get this seen by dermatology."));
        assertThat(note).contains("Skin lesion.").anyMatch(l -> l.contains("Endorses skin lesion"))
                .noneMatch(l -> l.contains("Denies skin lesion"));
    }

    @Test
    void aHusbandsOpinionIsNotTheirSymptom() {
        assertThat(Visits.lines(Visits.draft("[patient] I've had headaches every day for a month.",
                "[doctor] Does anyone at home notice anything?",
                "[patient] He works nights, so we pass like ships in the night. He says it's all stress.",
                "[doctor] I think these are tension headaches.")))
                .noneMatch(l -> l.matches(".*(?:reports|Endorses)[^.]*stress.*"));
    }
}
