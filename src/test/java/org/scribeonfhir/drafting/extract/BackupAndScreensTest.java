package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * More critical defects from the physician's read of 2.5.60's drafts (`src/challenge/reads/2.5.60`), written again
 * in our own words: a back-up prescription written as started, the complaint denied by "anything else?", a mania
 * screen's "needing hardly any sleep" denied as insomnia.
 */
class BackupAndScreensTest {

    @Test
    void aBackUpPrescriptionIsNotWrittenAsStartedToday() {
        List<String> plan = Visits.lines(Visits.draft("[mother] He's had ear ache since Sunday and a temperature.",
                "[doctor] His left eardrum is red and bulging. This is an ear infection.",
                "[doctor] Most of these settle by themselves, so I'd suggest a delayed prescription. Only if he isn't "
                        + "getting better in three days, start the antibiotic.",
                "[mother] Which one will it be?",
                "[doctor] It'll be amoxicillin, five mls three times a day for five days."), "ASSESSMENT AND PLAN");
        assertThat(plan).anyMatch(l -> l.contains("Back-up prescription, to start only if not improving: amoxicillin"))
                .noneMatch(l -> l.contains("Start amoxicillin"));
    }

    @Test
    void painAnywhereElseDeniedIsNoDenialOfThePainTold() {
        List<String> note = Visits.lines(Visits.draft("[patient] I slipped on the ice onto my outstretched hand. My "
                        + "left wrist hurts.", "[doctor] Did you bang your head?", "[patient] No. Just the wrist.",
                "[doctor] Any pain anywhere else — elbow, shoulder, the other hand?",
                "[patient] No, just here. At the base of the thumb, on the side."));
        assertThat(note).noneMatch(l -> l.contains("Denies") && l.contains("wrist pain")
                || l.contains("denies") && l.contains("wrist pain"));
    }

    @Test
    void needingHardlyAnySleepInAManiaScreenIsNoInsomnia() {
        List<String> note = Visits.lines(Visits.draft("[doctor] How's your mood been on the sertraline?",
                "[patient] A bit better. Still low most days.",
                "[doctor] Any periods where you've felt unusually high or wired, needing hardly any sleep but full of "
                        + "energy, racing thoughts, spending a lot?", "[patient] No. God, no. I wish I had energy."));
        assertThat(note).noneMatch(l -> l.toLowerCase().matches(".*denies[^.]*insomnia.*"));
    }
}
