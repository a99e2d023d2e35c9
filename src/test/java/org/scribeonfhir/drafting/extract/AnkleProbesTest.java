package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/** An ankle examined spot by spot: the clinician names each place, the patient says whether it hurts. */
class AnkleProbesTest {

    @Test
    void eachSpotProbedAfterTellMeWhereItHurtsIsAFindingOfItsPlace() {
        var exam = Visits.lines(Visits.draft("[patient] I rolled my right ankle playing football last night.",
                "[doctor] Okay, let's take a look. I'm going to press in a few spots, tell me where it hurts.",
                "[patient] Okay.", "[doctor] Here, in front of the outer ankle bone?", "[patient] Ow, yes, that's it.",
                "[doctor] The bone on the outside of your foot?", "[patient] No pain.",
                "[doctor] And up here by the knee, the top of the fibula?", "[patient] Nope."), "PHYSICAL EXAM");
        assertThat(exam).anyMatch(l -> l.contains("Pain with palpation of the lateral malleolus")
                && l.contains("No pain with palpation of the base of the fifth metatarsal")
                && l.contains("No pain with palpation of the proximal fibula"));
    }
}
