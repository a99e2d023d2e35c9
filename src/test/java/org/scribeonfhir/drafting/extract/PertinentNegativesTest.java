package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.visit.Presence;

/** Red flags denied in lay words: "any blood in it?" of what was just told, the wee, the eyesight, "I wish! No". */
class PertinentNegativesTest {

    @Test
    void bloodInItAfterTheDiarrhoeaIsBloodInTheStool() {
        var v = Visits.read("[doctor] What brings you in?", "[patient] Diarrhea since Sunday, six times a day.",
                "[doctor] Any blood in it?", "[patient] No, none.");
        assertThat(v.symptoms()).anyMatch(s -> s.name().equals("hematochezia") && s.presence() == Presence.DENIED);
    }

    @Test
    void bloodInItAfterTheCoughIsCoughingUpBlood() {
        var v = Visits.read("[doctor] What brings you in?", "[patient] A cough for two weeks, green phlegm.",
                "[doctor] any blood in it", "[patient] no no blood");
        assertThat(v.symptoms()).anyMatch(s -> s.name().equals("hemoptysis") && s.presence() == Presence.DENIED);
    }

    @Test
    void bloodInTheWeeAndTroubleWithTheEyesightAreTheirSymptoms() {
        var v = Visits.read("[doctor] Any blood in the wee?", "[patient] No, never seen any.",
                "[doctor] Any headaches or trouble with your eyesight?", "[patient] No, nothing.");
        assertThat(v.symptoms()).anyMatch(s -> s.name().equals("hematuria") && s.presence() == Presence.DENIED)
                .anyMatch(s -> s.name().equals("blurred vision") && s.presence() == Presence.DENIED);
    }

    @Test
    void iWishThenNoIsANo() {
        assertThat(Negation.answer("I wish! No, if anything I've put on half a stone.")).isEqualTo(Negation.Answer.NO);
    }

    @Test
    void notAsMuchAsIsAComparisonNotADenial() {
        var v = Visits.read("[doctor] Has the sertraline affected your sex drive?",
                "[patient] It bothers me, but not as much as being depressed did.");
        assertThat(v.symptoms()).noneMatch(s -> s.name().equals("depressed mood") && s.presence() == Presence.DENIED);
    }
}
