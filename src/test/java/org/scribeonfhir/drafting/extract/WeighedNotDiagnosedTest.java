package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.visit.Problem;
import org.scribeonfhir.drafting.visit.VisitModel;

/** What the visit weighed, feared or only may do is not what it found or ordered. */
class WeighedNotDiagnosedTest {

    @Test
    void aDiseaseJudgedLessLikelyAndAFeverHeDoesNotHaveAreNoProblems() {
        VisitModel v = Visits.read("[doctor] what brings you in today?",
                "[patient] my throat hurts and my big toe is swollen",
                "[doctor] let me examine you. your lungs are clear. the big toe joint is red and swollen.",
                "[doctor] so for my assessment and plan. here's what i think. the throat is most likely a virus. "
                        + "mono is possible but less likely, you don't have swollen glands.",
                "[doctor] i don't think the toe is infection. he has no fever, no break in the skin. this is gout.");
        assertThat(v.problems()).extracting(Problem::name).noneMatch(n -> n.toLowerCase().contains("mono"))
                .noneMatch(n -> n.equalsIgnoreCase("fever")).contains("Gout");
    }

    @Test
    void aGransAlzheimersAndAFearedDementiaAreNotThePatientsHistory() {
        VisitModel v = Visits.read("[doctor] how is your concentration",
                "[patient] I'm so forgetful. And my gran had Alzheimer's, and I've been lying awake thinking I've got "
                        + "early dementia.");
        assertThat(v.history()).noneMatch(h -> h.kind().equals("medical") && h.text().toLowerCase()
                .matches(".*(?:alzheimer|dementia).*"));
    }

    @Test
    void anMriOnlyIfItStillLocksIsNoOrderEvenAfterAFillerLead() {
        assertThat(PlanLines.of("i know um if it's still catching or locking after the six weeks of therapy then we'd "
                + "get an mri", false, org.scribeonfhir.drafting.visit.Pronouns.MALE,
                org.scribeonfhir.drafting.lexicon.Vocabulary.get())).extracting(PlanLines.Line::text)
                .noneMatch(l -> l.startsWith("Order")).anyMatch(l -> l.startsWith("If it's still catching"));
    }
}
