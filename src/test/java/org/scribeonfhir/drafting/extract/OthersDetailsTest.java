package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.visit.VisitModel;

/** Details that belong to someone else: another patient, the spouse's reading, the parent's own inhaler. */
class OthersDetailsTest {

    @Test
    void aNurseSpeakingOfThePatientInRoomTwoGivesNoResult() {
        var note = Visits.draft("[doctor] How has the anxiety been?", "[patient] High, the worrying is constant.",
                "[nurse] Sorry to interrupt. The lab rang about Mr. Pell in room two, his lithium level is 1.4.",
                "[nurse] And the man in bay two, his glucose is 22 on the finger prick.");
        assertThat(Visits.lines(note)).noneMatch(l -> l.contains("1.4") || l.contains("22"));
    }

    @Test
    void theSpousesBloodPressureIsNotThePatients() {
        VisitModel v = Visits.read("[doctor] How have you been feeling?", "[patient] Tired, mostly.",
                "[spouse] And while we're here, my blood pressure was 160 over 90 on our machine this morning.");
        assertThat(v.measurements()).noneMatch(m -> m.value().contains("160"));
    }

    @Test
    void theWifeTakingTheTemperatureLeavesItThePatients() {
        VisitModel v = Visits.read("[doctor] any fevers",
                "[patient] my wife checked my temperature it was about ninety nine point seven");
        assertThat(v.measurements()).anyMatch(m -> m.value().contains("99.7"));
    }

    @Test
    void aParentsOwnInhalerSaidSinceTheyWereAKidIsNotTheChildsMedication() {
        VisitModel v = Visits.read("[doctor] anyone else in the family with asthma",
                "[parent] me i've had it since i was a kid i'm on the symbicort the purple one two puffs twice a day");
        assertThat(v.medications()).noneMatch(m -> m.said().equalsIgnoreCase("symbicort"));
    }

    @Test
    void aMothersStrokeNamedInThePlansLeadIsNoProblem() {
        VisitModel v = Visits.read("[doctor] So here's the plan.",
                "[doctor] For the cholesterol, with your mum's stroke and your diabetes, a statin really matters.");
        assertThat(v.problems()).noneMatch(p -> p.name().equalsIgnoreCase("stroke"));
    }

    @Test
    void aDrugNamedBeforeTheNextUnpunctuatedQuestionIsNoAllergen() {
        VisitModel v = Visits.read("[doctor] okay so you're not taking naproxen any allergies", "[patient] none");
        assertThat(v.allergies()).noneMatch(a -> "naproxen".equals(a.substance()));
    }
}
