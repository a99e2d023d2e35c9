package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.ehr.EncounterContext;
import org.scribeonfhir.ehr.EncounterFacts;
import org.scribeonfhir.ehr.PatientFacts;

/**
 * Iron started the way a GP says it: ferrous fumarate (in the drug list since scribe-drafting 2.5.21) at 210 mg with only the
 * frequency taken back ("twice a day… no, sorry, once a day"), "It'll probably turn your stools black" said of it, and
 * "I'll print you a sheet" written with "her", not "she".
 */
class IronPrescribedTest {

    private static final String[] VISIT = {"[doctor] What brings you in today?",
        "[patient] I'm tired all the time, since about Easter, and puffed on the stairs.",
        "[doctor] Let me examine you. Your conjunctivae are a bit pale. Heart sounds are normal.",
        "[patient] Okay.",
        "[doctor] Your blood test shows your haemoglobin is 98, so you've got iron deficiency anaemia.",
        "[patient] Oh, right.",
        "[doctor] So, for the anaemia, I'm going to start ferrous fumarate 210 milligrams, one tablet twice a day... "
                + "no, sorry, once a day. It'll probably turn your stools black, that's expected, and it can cause "
                + "constipation.",
        "[patient] Okay.",
        "[doctor] The heel is plantar fasciitis. Supportive trainers, do calf and foot stretches twice a day, I'll "
                + "print you a sheet, and roll your foot on a frozen water bottle.",
        "[patient] Okay."};

    private static final EncounterContext CHART = new EncounterContext(new PatientFacts("p1", "Ysolde Example",
            "1980-01-01", "female", null), new EncounterFacts("e1", "in-progress", null, null, "2026-11-30",
            List.of()), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, null, List.of());

    private static List<String> lines() {
        return Visits.lines(Visits.draft(CHART, VISIT));
    }

    @Test
    void onlyTheFrequencyTakenBackKeepsTheDose() {
        assertThat(lines()).anyMatch(l -> l.startsWith("• Medical Treatment: Start ferrous fumarate 210 mg")
                && l.contains("daily") && !l.contains("twice"));
    }

    @Test
    void whatTheIronWillDoNamesIt() {
        assertThat(lines()).anyMatch(l -> l.contains("Counseled that ferrous fumarate will turn her stools black"));
    }

    @Test
    void theOneGivenASheetIsHer() {
        assertThat(lines()).noneMatch(l -> l.contains("print she"));
        assertThat(lines()).anyMatch(l -> l.contains("print her a sheet"));
    }
}
