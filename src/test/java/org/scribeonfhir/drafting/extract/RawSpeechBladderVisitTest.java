package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.visit.Presence;
import org.scribeonfhir.ehr.ChartFact;
import org.scribeonfhir.ehr.EncounterContext;
import org.scribeonfhir.ehr.EncounterFacts;
import org.scribeonfhir.ehr.PatientFacts;

/** Raw speech recognition in urgent care: the nurse's vitals first, lay urinary words, the pill stopped. */
class RawSpeechBladderVisitTest {

    private static final EncounterContext CHART = new EncounterContext(new PatientFacts("p1", "Ada Example",
            "1992-01-01", "female", null), new EncounterFacts("e1", "in-progress", null, null, "2026-11-30", List.of()),
            List.of(), List.of(), List.of(), List.of(new ChartFact("MedicationRequest/m1", "medication",
                    "Levonorgestrel-ethinyl estradiol 0.15 mg/0.03 mg oral tablet", "1 tablet daily", null, null)),
            List.of(), List.of(), null, null, List.of());

    private static final String[] VISIT = {"[nurse] ok im just gonna get your vitals before the doctor comes in",
        "[patient] okay", "[nurse] blood pressure one twenty over seventy heart rate eighty", "[patient] sure",
        "[doctor] hi im doctor example how are you doing",
        "[patient] so it started monday night it was burning when i peed and im going like every twenty minutes",
        "[doctor] any pain low down in your belly",
        "[patient] yeah like a pressure right here above my pubic bone like a five out of ten",
        "[doctor] any chance you could be pregnant",
        "[patient] no my period was like two weeks ago i stopped the pill back in july it was making my skin break out",
        "[doctor] any medicines you take regularly", "[patient] just the cetirizine ten milligrams once a day for my allergies",
        "[doctor] let me check your belly", "[doctor] no tenderness in your back on either side good so what do you do for fun"};

    @Test
    void theNursesVitalsBeforeTheDoctorComeInDoNotEndTheStory() {
        var symptoms = Visits.read(CHART, VISIT).symptoms();
        assertThat(symptoms).anyMatch(s -> s.name().equals("dysuria") && s.presence() == Presence.PRESENT)
                .anyMatch(s -> s.name().equals("urinary frequency")).anyMatch(s -> s.name().equals("pelvic pain"));
        assertThat(symptoms).noneMatch(s -> s.name().equals("amenorrhea"));
    }

    @Test
    void pressureAbovePubicBoneIsWrittenAsPressureLikePain() {
        assertThat(Visits.lines(Visits.draft(CHART, VISIT), "HISTORY OF PRESENT ILLNESS"))
                .anyMatch(l -> l.contains("pressure-like pelvic pain"));
    }

    @Test
    void aDrugForMyAllergiesIsTakenNotAnAllergen() {
        var lines = Visits.lines(Visits.draft(CHART, VISIT));
        assertThat(lines).anyMatch(l -> l.startsWith("Current medications:") && l.contains("cetirizine 10 mg daily"))
                .noneMatch(l -> l.startsWith("Allergies:") && l.contains("cetirizine"));
    }

    @Test
    void thePillStoppedForItsSideEffectIsTheChartsContraceptiveNoLongerTaken() {
        var lines = Visits.lines(Visits.draft(CHART, VISIT));
        assertThat(lines).anyMatch(l -> l.startsWith("She is no longer taking") && l.contains("contraceptive"))
                .noneMatch(l -> l.startsWith("Medications on the chart:") && l.contains("Levonorgestrel"));
    }

    @Test
    void aQuestionRunOnAfterAFindingIsCutFromTheExam() {
        assertThat(Visits.lines(Visits.draft(CHART, VISIT), "PHYSICAL EXAM")).noneMatch(l -> l.contains("for fun"));
    }
}
