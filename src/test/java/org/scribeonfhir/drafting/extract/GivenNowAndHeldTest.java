package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.visit.Medication;

/** A drug given in the room, a drug held for now, and the nurse at work during the plan. */
class GivenNowAndHeldTest {

    private static final String[] VISIT = {
        "[doctor] What brings you in?",
        "[patient] Chest tightness for three weeks when I walk up the hill, and this morning at rest for thirty minutes.",
        "[doctor] What medicines are you taking right now?",
        "[patient] Metformin, a thousand twice a day.",
        "[doctor] Any aspirin?",
        "[patient] No.",
        "[doctor] Let me listen. Heart is regular, no murmur. Lungs are clear.",
        "[doctor] So for my assessment and plan. I'm worried this is unstable angina. I'm going to call an ambulance. "
                + "In the meantime, I want you to chew four of these baby aspirin, eighty-one milligrams each, so "
                + "three hundred twenty-four milligrams, right now.",
        "[nurse] Blood pressure's fine for it. Here you go, under the tongue.",
        "[doctor] And hold the metformin for now, since you may be having a dye study."};

    @Test
    void babyAspirinChewedNowIsStartedAtTheDoseTheTabletsMakeAndIsNotCurrent() {
        List<Medication> aspirin = Visits.read(VISIT).medications().stream()
                .filter(m -> m.drug().equals("aspirin")).toList();
        assertThat(aspirin).singleElement().satisfies(m -> {
            assertThat(m.dose()).isEqualTo("324 mg");
            assertThat(m.action()).isEqualTo("start");
            assertThat(m.current()).isFalse();
        });
    }

    @Test
    void aDrugHeldForNowStaysOnTheCurrentListWithItsDose() {
        List<String> lines = Visits.lines(Visits.draft(VISIT));
        assertThat(lines).anyMatch(l -> l.startsWith("Current medications: metformin 1000 mg twice daily"))
                .anyMatch(l -> l.contains("Hold metformin"))
                .noneMatch(l -> l.matches("Current medications:.*aspirin.*"));
    }

    @Test
    void theNurseAtWorkDuringThePlanIsNotWrittenAsCounselling() {
        assertThat(Visits.lines(Visits.draft(VISIT))).noneMatch(l -> l.contains("Here he goes")
                || l.contains("Here the patient goes") || l.contains("fine for it"));
    }
}
