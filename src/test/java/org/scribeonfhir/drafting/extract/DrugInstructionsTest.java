package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/** How to take a drug, said with its order, is one counselling line; wound care naming an ointment is kept. */
class DrugInstructionsTest {

    @Test
    void howToTakeTheWeeklyTabletIsOneCounsellingLine() {
        var note = Visits.draft("[doctor] Your bone density shows osteoporosis.",
                "[doctor] So the plan is to start alendronate 70 milligrams once a week. Take it first thing on an "
                        + "empty stomach with a full glass of water, and stay upright for thirty minutes after.");
        assertThat(Visits.lines(note, "ASSESSMENT AND PLAN")).anyMatch(l -> l.endsWith("Counseled on alendronate: take "
                + "on an empty stomach, with a full glass of water and stay upright for 30 minutes."))
                .noneMatch(l -> l.contains("Advised to take it"));
    }

    @Test
    void theSpacerAndTheRinseGoWithTheInhaledSteroid() {
        var note = Visits.draft("[doctor] So the plan is to start a controller inhaler.",
                "[doctor] fluticasone 44 micrograms two puffs twice a day with the spacer and rinse his mouth out after");
        assertThat(Visits.lines(note, "ASSESSMENT AND PLAN"))
                .anyMatch(l -> l.endsWith("Counseled on fluticasone: use with a spacer and rinse the mouth after use."));
    }

    @Test
    void woundCareThatNamesAnOintmentIsStillAdvice() {
        var note = Visits.draft("[doctor] There's a small laceration on the left knee.",
                "[doctor] So the plan is simple. Keep it dry for a day, then a thin layer of Vaseline and a bandage. "
                        + "No swimming for a week.");
        assertThat(Visits.lines(note, "ASSESSMENT AND PLAN"))
                .anyMatch(l -> l.contains("Advised to keep it dry for a day"))
                .anyMatch(l -> l.contains("Advised no swimming for a week."));
    }

    @Test
    void keepTakingTheDrugIsTheOrderNotAdvice() {
        var note = Visits.draft("[doctor] Your blood pressure is well controlled.",
                "[doctor] So the plan is to keep taking the lisinopril 10 milligrams once a day.");
        assertThat(Visits.lines(note, "ASSESSMENT AND PLAN")).noneMatch(l -> l.contains("Advised to keep taking"));
    }
}
