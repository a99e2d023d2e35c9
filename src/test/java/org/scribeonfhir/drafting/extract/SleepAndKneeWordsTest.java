package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.visit.Presence;
import org.scribeonfhir.drafting.visit.VisitModel;

/** Words the lexicon learnt in 2.5.20: "she says i stop breathing" (witnessed apneas), "locking" of a knee. */
class SleepAndKneeWordsTest {

    private static Presence presence(VisitModel m, String name) {
        return m.symptoms().stream().filter(s -> s.name().equals(name)).map(s -> s.presence()).findFirst()
                .orElse(null);
    }

    @Test
    void stoppingBreathingAsleepIsWitnessedApneas() {
        VisitModel m = Visits.read("[doctor] What brings you in today?",
                "[patient] I'm tired all the time, I fall asleep in my chair every evening.",
                "[doctor] how's your sleep at night", "[patient] yeah she's been on me she says i stop breathing and then "
                        + "kind of gasp i don't notice it");
        assertThat(presence(m, "witnessed apneas")).isEqualTo(Presence.PRESENT);
    }

    @Test
    void lockingAskedAboutAndDeniedIsDenied() {
        VisitModel m = Visits.read("[doctor] What happened to the knee?", "[patient] I twisted it at pickleball.",
                "[doctor] Any locking?", "[patient] No, never.");
        assertThat(presence(m, "joint locking")).isEqualTo(Presence.DENIED);
    }
}
