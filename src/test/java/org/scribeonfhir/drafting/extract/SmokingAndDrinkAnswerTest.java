package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/** "Do you smoke, and how much do you drink?" answered in one breath, as challenge dev visits answer it. */
class SmokingAndDrinkAnswerTest {

    @Test
    void aNonSmokerWithAGlassOfWineAtTheWeekendIsBoth() {
        List<String> hpi = Visits.lines(Visits.draft("[patient] It burns when I pee.",
                "[doctor] Okay. Do you smoke, and how much do you drink?",
                "[patient] I don't smoke. A glass of wine at the weekend, that's it. I've been drinking loads of water "
                        + "since this started."), "HISTORY OF PRESENT ILLNESS");
        assertThat(hpi).contains("Social history: non-smoker.",
                "Social history: drinks a glass of wine at the weekend.");
    }
}
