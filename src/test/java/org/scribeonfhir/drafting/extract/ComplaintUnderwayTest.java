package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * "It just hurts" while a sited pain is being talked about is that pain, not a second one named after the limb the
 * question mentioned; "down the back of my thigh" radiates to the back of the thigh, not to the back.
 */
class ComplaintUnderwayTest {

    @Test
    void itHurtsIsThePainUnderDiscussion() {
        List<String> ros = Visits.lines(Visits.draft("[doctor] What's brought you in?",
                "[patient] I was digging the allotment on Sunday and felt my back go. By Tuesday the pain went down my "
                        + "right leg.",
                "[doctor] Which is worse, the back or the leg?", "[patient] The leg, easily.",
                "[doctor] Any weakness in the leg?", "[patient] No, it works fine, it just hurts.",
                "[doctor] I think this is sciatica."), "REVIEW OF SYSTEMS");
        assertThat(String.join("\n", ros)).contains("right leg pain").doesNotContain("extremities");
    }

    @Test
    void theBackOfTheThighIsWhereItSpreads() {
        assertThat(Visits.lines(Visits.draft("[patient] I've had a pain in my left buttock for two weeks.",
                "[doctor] Does it go anywhere?", "[patient] Down the back of my thigh, yes.",
                "[doctor] I think this is sciatica.")))
                .anyMatch(l -> l.contains("radiating to the back of the thigh"));
    }
}
