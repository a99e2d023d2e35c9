package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * A telephone call about a calf after a long flight: nobody examines, so the clinician's summary of the story is no
 * finding; the pill stopped when the coil went in is not current; the plan read out as "number one, number two" is
 * the plan; the journey is recent travel; and the mother's operation, told with a "like I said", stays hers.
 */
class CalfPainByTelephoneTest {

    private static final String[] VISIT = {
        "[doctor] Hello, am I speaking to Miss Pennwhistle? It's Dr Arbogast from Quillby Lane Surgery.",
        "[patient] Yes, hello.",
        "[doctor] What's been happening with your leg?",
        "[patient] My left calf has been aching for three days, it's tight like a cramp.",
        "[doctor] Have you been on any long journeys lately?",
        "[patient] Yes, we flew back from Lisbon six days ago, a four hour flight.",
        "[doctor] I've got you down for Microgynon, the combined pill. Are you still taking that?",
        "[patient] No, I stopped it in June when I had the Mirena coil fitted.",
        "[doctor] Have you ever had a clot yourself?",
        "[patient] Never. Just Mum, like I said, after her knee replacement.",
        "[doctor] Because we're on the phone I can't examine you, but do you have a thermometer at home?",
        "[patient] I did my temperature this morning, 36.9.",
        "[doctor] So, an aching left calf after a flight. I want to make sure this isn't a clot.",
        "[doctor] So, number one, I'm booking you into the clot clinic at Tamworth General this afternoon.",
        "[doctor] Number two, for the pain, paracetamol, two of the 500 milligram tablets up to four times a day.",
        "[doctor] Number three, keep moving about gently and don't sit with your legs crossed.",
        "[doctor] If you get short of breath or chest pain, call 999 straight away."};

    @Test
    void aCallWithoutAnExamWritesNoFinding() {
        List<String> exam = Visits.lines(Visits.draft(VISIT), "PHYSICAL EXAM");
        assertThat(exam).containsExactly("Telephone consultation: not examined.");
    }

    @Test
    void thePillStoppedWhenTheCoilWentInIsNotCurrent() {
        List<String> hpi = Visits.lines(Visits.draft(VISIT), "HISTORY OF PRESENT ILLNESS");
        assertThat(hpi).anyMatch(l -> l.startsWith("Current medications:") && l.contains("Mirena")
                && !l.contains("Microgynon"))
                .anyMatch(l -> l.contains("no longer taking Microgynon"));
    }

    @Test
    void theNumberedPlanIsThePlan() {
        List<String> plan = Visits.lines(Visits.draft(VISIT), "ASSESSMENT AND PLAN");
        assertThat(plan).anyMatch(l -> l.contains("paracetamol") && l.contains("four times daily"))
                .anyMatch(l -> l.contains("keep moving about gently"))
                .anyMatch(l -> l.contains("call 999"))
                .noneMatch(l -> l.matches("(?i).*\\bnumber (?:3|three)\\b.*"));
    }

    @Test
    void theFlightIsRecentTravel() {
        assertThat(Visits.lines(Visits.draft(VISIT), "HISTORY OF PRESENT ILLNESS"))
                .contains("Recent travel: she flew back from Lisbon 6 days ago, a 4 hour flight.");
    }

    @Test
    void theMothersOperationToldAsAnAsideIsNotThePatients() {
        assertThat(Visits.lines(Visits.draft(VISIT), "HISTORY OF PRESENT ILLNESS"))
                .noneMatch(l -> l.contains("knee replacement") && !l.toLowerCase().contains("mother"));
    }
}
