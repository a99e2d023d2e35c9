package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.visit.VisitModel;
import org.scribeonfhir.ehr.ChartFact;
import org.scribeonfhir.ehr.EncounterContext;
import org.scribeonfhir.ehr.EncounterFacts;
import org.scribeonfhir.ehr.PatientFacts;

/** A sibling's antibiotic, a course long over and a course just finished are not current medications. */
class OthersAndPastCoursesTest {

    private static EncounterContext chart(String gender, ChartFact... medications) {
        return new EncounterContext(new PatientFacts("p1", "Sam Example", "2023-01-01", gender, null),
                new EncounterFacts("e1", "in-progress", null, null, "2026-11-30", List.of()), List.of(), List.of(),
                List.of(), List.of(medications), List.of(), List.of(), null, null, List.of());
    }

    @Test
    void aSistersAntibioticSaidInTheNextSentenceIsNotTheBoys() {
        VisitModel v = Visits.read(chart("male"),
                "[doctor] What's brought him in today?",
                "[mother] He's had a barking cough since Saturday.",
                "[doctor] Anybody sick at home?",
                "[mother] His big sister Ava, she got diagnosed with strep throat on Monday. She's on amoxicillin.");
        assertThat(v.medications()).noneMatch(m -> m.drug().equals("amoxicillin"));
    }

    @Test
    void theGirlsOwnMedicineSaidAsSheIsStillHers() {
        VisitModel v = Visits.read(chart("female"),
                "[doctor] What's brought her in today?",
                "[mother] She's had a rash since Saturday. She's on cetirizine for it.");
        assertThat(v.medications()).anyMatch(m -> m.drug().equals("cetirizine") && m.current());
    }

    @Test
    void aCourseWhenSheWasThreeIsNotCurrent() {
        VisitModel v = Visits.read(chart("female"),
                "[doctor] Has she had antibiotics before?",
                "[mother] She had amoxicillin for an ear infection when she was three and she was fine with it.");
        assertThat(v.medications()).filteredOn(m -> m.drug().equals("amoxicillin")).allSatisfy(m ->
                assertThat(m.current()).isFalse());
    }

    @Test
    void aCourseFinishedTwoWeeksAgoIsNotCurrent() {
        VisitModel v = Visits.read(chart("male", new ChartFact("MedicationRequest/m1", "medication",
                        "Aspirin 81 mg oral tablet", "1 tablet twice a day", null, null)),
                "[doctor] What are you taking at the moment?",
                "[patient] Tylenol, two extra strength three times a day. The aspirin twice a day for clots, I "
                        + "finished that two weeks ago like you said.");
        assertThat(v.medications()).filteredOn(m -> m.drug().equals("aspirin")).isNotEmpty().allSatisfy(m ->
                assertThat(m.current()).isFalse());
    }

    @Test
    void theSistersLithiumSaidAfterThePatientsOwnWordsIsTheSisters() {
        VisitModel v = Visits.read(chart("female"),
                "[doctor] Any times you've felt the opposite, really high energy?",
                "[patient] No, never. My sister has bipolar, so I know what that looks like, she's on lithium.");
        assertThat(v.medications()).noneMatch(m -> m.drug().equals("lithium"));
    }

    @Test
    void stJohnsWortWithItsFullStopIsReadAndStopped() {
        var note = Visits.draft(chart("female"),
                "[doctor] What are you taking at the moment?",
                "[patient] And I started St. John's wort from the health food store three weeks ago, 300 milligrams "
                        + "three times a day.",
                "[doctor] So here's the plan. Please stop the St. John's wort before you start the sertraline.");
        assertThat(Visits.lines(note)).contains("• Medical Treatment: Stop St John's wort.");
    }
}
