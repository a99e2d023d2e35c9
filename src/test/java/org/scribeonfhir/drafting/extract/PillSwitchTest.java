package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * "switch you to a progestogen-only pill, desogestrel seventy-five micrograms": one drug started, named by itself
 * and not again by its class; labyrinthitis is its own diagnosis, not vestibular neuritis.
 */
class PillSwitchTest {

    @Test
    void theDrugNamedAfterItsClassIsStartedOnce() {
        List<String> plan = Visits.lines(Visits.draft("[doctor] What can I do for you?",
                "[patient] I get migraines with aura and I'm on Microgynon.",
                "[doctor] Let me examine you. Your blood pressure is 122 over 78.",
                "[doctor] So for my assessment and plan. This is migraine with aura. I'll switch you to a "
                        + "progestogen-only pill, desogestrel seventy-five micrograms, one every day with no break."),
                "ASSESSMENT AND PLAN");
        assertThat(plan).filteredOn(l -> l.startsWith("• Medical Treatment: Start"))
                .containsExactly("• Medical Treatment: Start desogestrel 75 mcg daily.");
    }

    @Test
    void labyrinthitisIsNamedAsSaid() {
        assertThat(Visits.lines(Visits.draft("[patient] The room has been spinning for three days.",
                "[doctor] Let me examine you. There is nystagmus to the left.",
                "[doctor] So for my assessment and plan. I think this is labyrinthitis, an inner-ear infection."),
                "ASSESSMENT AND PLAN")).anyMatch(l -> l.matches("1\\. (?:Likely )?labyrinthitis\\.")
                        || l.matches("1\\. Labyrinthitis\\."));
    }
}
