package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * A psychiatric review read as a clinician reads it: "how's your mood been" asked at the end of an explanation,
 * "low" and "less" as answers, "kind of irritable" as present, "up and down" as no low mood, the answer after an
 * aside ("I wish. No…"), and pus denied.
 */
class MoodAndDomainAnswersTest {

    private static final String[] VISIT = {
        "[doctor] those are discontinuation symptoms they go away once you're back on it how's your mood been",
        "[patient] low um like really flat i don't enjoy stuff i used to like",
        "[doctor] and your appetite", "[patient] less i skip lunch a lot",
        "[doctor] anything else", "[patient] i've been dizzy and kind of irritable snapping at everyone at work"};

    @Test
    void lowAnsweredToAMoodQuestionRunOnIsDepressedMood() {
        assertThat(Visits.present(Visits.read(VISIT).symptoms(), "depressed mood")).isTrue();
    }

    @Test
    void lessAnsweredOfAppetiteIsDecreasedAppetite() {
        assertThat(Visits.present(Visits.read(VISIT).symptoms(), "decreased appetite")).isTrue();
    }

    @Test
    void kindOfIrritableIsIrritability() {
        assertThat(Visits.present(Visits.read(VISIT).symptoms(), "irritability")).isTrue();
    }

    @Test
    void upAndDownIsNoLowMood() {
        var v = Visits.read("[doctor] How's your mood?", "[patient] Up and down. Snappy.");
        assertThat(Visits.present(v.symptoms(), "depressed mood")).isFalse();
    }

    @Test
    void theNoAfterAnAsideAnswersTheQuestion() {
        var v = Visits.read("[doctor] Any weight loss?",
                "[patient] I wish. No, if anything I've put half a stone on since Christmas.");
        assertThat(v.symptoms()).anyMatch(s -> s.name().equals("unintentional weight loss") && !s.present());
    }

    @Test
    void pusDeniedIsNoPurulentDischarge() {
        var note = Visits.draft("[patient] I scratched my leg on a fence and it's red.",
                "[doctor] Any pus or drainage from the scratch?", "[patient] No, nothing coming out.");
        assertThat(Visits.lines(note, "REVIEW OF SYSTEMS")).anyMatch(l -> l.contains("Denies purulent discharge"));
    }
}
