package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.ehr.EncounterContext;
import org.scribeonfhir.ehr.EncounterFacts;
import org.scribeonfhir.ehr.PatientFacts;

/** A telephone consultation for pain under the right ribs: the story, a self-exam, and a plan said over turns. */
class TelephoneGallbladderTest {

    private static final String[] VISIT = {"[doctor] Hello, it's Dr Example from the surgery, you asked for a call back.",
        "[patient] Yes. I had this awful pain on Sunday evening, under my ribs on the right, and again this morning.",
        "[doctor] How bad was it at its worst, out of ten?", "[patient] Seven. I couldn't sit still.",
        "[doctor] Did it go anywhere else?", "[patient] Round to the back, under my right shoulder blade.",
        "[patient] Today it's just a dull ache, a three out of ten.",
        "[doctor] I can't examine you over the phone, but I'd like you to try a couple of things for me. With your "
                + "fingertips, press just below your ribs on the right and take a deep breath in.",
        "[patient] Ow, yes, that catches.",
        "[doctor] So tender under the right ribs, worse when you breathe in. Do you have a thermometer?",
        "[patient] The thermometer says thirty-seven point one.",
        "[doctor] And what do you do for work?",
        "[patient] I'm the caretaker at Example Primary, I walk twelve miles a day round that building.",
        "[doctor] I suspect it's your gallbladder playing up. I'll request an ultrasound scan of your tummy, and some "
                + "bloods: liver tests, a full blood count and a test for the pancreas.",
        "[doctor] For the pain, I'm going to prescribe diclofenac.", "[patient] With my other tablets?",
        "[doctor] Yes, that's fine. The dose is seventy-five, sorry, fifty milligrams.",
        "[doctor] Three times a day with food, for up to a week.",
        "[doctor] And I'll lend you a blood pressure machine while you're at it."};

    @Test
    void painSaidBeforeItsPlaceUnderTheRightRibsIsRightUpperQuadrantPain() {
        var pain = Visits.read(VISIT).symptoms().stream().filter(s -> s.name().equals("right upper quadrant pain"))
                .findFirst().orElseThrow();
        assertThat(pain.radiation()).isEqualTo("to the back");
        assertThat(pain.severity()).isEqualTo("7/10, 3/10 now");
    }

    @Test
    void whereThePainSpreadsIsNeitherAnotherComplaintNorAStoryLine() {
        var note = Visits.draft(VISIT);
        assertThat(Visits.read(VISIT).symptoms()).noneMatch(s -> s.name().contains("back"));
        assertThat(Visits.lines(note, "HISTORY OF PRESENT ILLNESS")).noneMatch(l -> l.contains("Round to the back"));
    }

    @Test
    void aSelfExamOverThePhoneIsTheExamAndItsSummaryAFinding() {
        var exam = Visits.lines(Visits.draft(VISIT), "PHYSICAL EXAM");
        assertThat(exam).anyMatch(l -> l.startsWith("• Gastrointestinal:") && l.contains("Tender under the right ribs"));
        assertThat(Visits.read(VISIT).measurements()).anyMatch(m -> m.name().equals("Temperature")
                && m.value().equals("37.1"));
    }

    @Test
    void theJobIsTheOccupationWithoutItsSmallTalkNumbers() {
        var lines = Visits.lines(Visits.draft(VISIT));
        assertThat(lines).contains("Occupation: a caretaker.").noneMatch(l -> l.contains("12 miles"));
    }

    @Test
    void testsRequestedAfterAColonAreOrdered() {
        assertThat(Visits.lines(Visits.draft(VISIT), "ASSESSMENT AND PLAN"))
                .anyMatch(l -> l.contains("ultrasound") && l.contains("CBC") && l.contains("amylase"));
    }

    @Test
    void aDoseCorrectedInOneSentenceAndItsSigInTheNextAreOneOrder() {
        assertThat(Visits.read(VISIT).medications()).anyMatch(m -> m.drug().equals("diclofenac")
                && "50 mg".equals(m.dose()) && m.frequency() != null && m.frequency().startsWith("three times daily"));
    }

    @Test
    void whatTheClinicianLendsIsLentToHer() {
        var chart = new EncounterContext(new PatientFacts("p1", "Ada Example", "1968-01-01", "female", null),
                new EncounterFacts("e1", "in-progress", null, null, "2026-11-30", List.of()), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), null, null, List.of());
        assertThat(Visits.lines(Visits.draft(chart, VISIT))).anyMatch(l -> l.contains("lend her a blood pressure"));
    }
}
