package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.ehr.ChartFact;
import org.scribeonfhir.ehr.EncounterContext;
import org.scribeonfhir.ehr.EncounterFacts;
import org.scribeonfhir.ehr.PatientFacts;

/**
 * Chart drugs told as courses that are over ("the urgent care gave me Cipro and Flagyl and it cleared up", "I took it
 * for about a month and stopped") are neither current nor listed from the chart; a video visit says what its exam
 * could be, and what the patient is asked to do on camera is no plan line; the frame of a remote visit is no
 * unsupported wording.
 */
class CoursesOverAndVideoTest {

    private static EncounterContext chart(String... labels) {
        List<ChartFact> meds = java.util.stream.IntStream.range(0, labels.length).mapToObj(i -> new ChartFact(
                "MedicationRequest/m" + i, "medication", labels[i], "1 tablet twice daily", null, null)).toList();
        return new EncounterContext(new PatientFacts("p1", "Ada Example", "1970-01-01", "female", null),
                new EncounterFacts("e1", "in-progress", null, null, "2026-11-30", List.of()), List.of(), List.of(),
                List.of(), meds, List.of(), List.of(), null, null, List.of());
    }

    @Test
    void twoDrugsOfACourseThatClearedItAreNeitherCurrentNorOnTheChartLine() {
        var hpi = Visits.lines(Visits.draft(chart("Atorvastatin 20 mg oral tablet", "Ciprofloxacin 500 mg oral tablet",
                        "Metronidazole 500 mg oral tablet"),
                "[doctor] Have you had anything like this before?",
                "[patient] Last year, about this time, I had diverticulitis. The urgent care gave me Cipro and Flagyl "
                        + "and it cleared up.",
                "[doctor] And what do you take every day?", "[patient] Just atorvastatin, twenty milligrams at night."),
                "HISTORY OF PRESENT ILLNESS");
        assertThat(hpi).noneMatch(l -> l.startsWith("Current medications") && l.contains("Flagyl"))
                .noneMatch(l -> l.startsWith("Medications on the chart") && (l.contains("Ciprofloxacin")
                        || l.contains("Metronidazole")));
    }

    @Test
    void aDrugTakenForAMonthYearsAgoIsNoLongerTaken() {
        var hpi = Visits.lines(Visits.draft(chart("Betahistine 8 mg tablets"),
                "[doctor] Have you had anything like this before?",
                "[patient] Two years ago I had a funny dizzy spell for a day or so, and the GP gave me betahistine. I "
                        + "took it for about a month and stopped, it didn't seem to do much."),
                "HISTORY OF PRESENT ILLNESS");
        assertThat(hpi).noneMatch(l -> l.startsWith("Medications on the chart") && l.contains("Betahistine"));
    }

    @Test
    void aVideoExamSaysItWasOnlySeen() {
        var note = Visits.draft(
                "[doctor] Hello, Mrs Pyke? Can you see and hear me alright?", "[patient] Yes, I can see you.",
                "[doctor] So you've been dizzy since Thursday?", "[patient] Yes, the room spins when I get up.",
                "[doctor] Any hearing loss?", "[patient] No.",
                "[doctor] Right, I'd like to have a look at you on the video, if that's alright.",
                "[doctor] You look a bit pale, but you're talking to me in full sentences and your breathing looks "
                        + "comfortable.");
        assertThat(Visits.lines(note, "PHYSICAL EXAM"))
                .startsWith("Video consultation: examination limited to what could be seen.");
    }

    @Test
    void theFrameOfATelephoneVisitIsNotFlaggedAsUnsupported() {
        String[] call = {"[doctor] Hello, it's Dr Okafor from the surgery, returning your call.",
            "[patient] Hi. I've had a burning when I wee for three days.",
            "[doctor] Because we're on the phone I can't examine you today. I think this is a urine infection."};
        var note = Visits.draft(call);
        assertThat(Visits.lines(note, "PHYSICAL EXAM")).containsExactly("Telephone consultation: not examined.");
        assertThat(Visits.check(note, call).problems()).noneMatch(p -> p.statement().startsWith("Telephone"));
    }

    @Test
    void whatThePatientIsAskedToDoOnCameraIsNoPlanLine() {
        var plan = Visits.lines(Visits.draft(
                "[doctor] Hello, can you see and hear me alright?", "[patient] Yes.",
                "[doctor] What's been happening?", "[patient] I've been coughing for a week and I feel hot.",
                "[doctor] I think this is most likely a chest infection.",
                "[doctor] If I may get you to put your finger up to your camera, I'll count your pulse.",
                "[doctor] Could you position your device up above your head and open your mouth wide?",
                "[doctor] I'd like you to be seen face to face today so we can listen to your chest."),
                "ASSESSMENT AND PLAN");
        assertThat(plan).noneMatch(l -> l.contains("finger")).noneMatch(l -> l.contains("device"));
    }
}
