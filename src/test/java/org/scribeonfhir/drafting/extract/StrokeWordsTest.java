package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.visit.Symptom;

/** A stroke or a stone told in lay words: an arm that "just went", a mouth that looked droopy, pinkish pee. */
class StrokeWordsTest {

    @Test
    void anArmThatWentLikeADeadWeightAndADroopyMouthAreWeaknessAndFacialDroop() {
        var v = Visits.read("[doctor] What's been happening?",
                "[patient] Yesterday afternoon my left arm just went. Heavy, like a dead weight.",
                "[doctor] Did she notice anything about your face?",
                "[patient] She said the left side of my mouth looked a bit droopy, yes.");
        assertThat(v.symptoms()).filteredOn(Symptom::present).extracting(Symptom::name)
                .contains("focal weakness", "facial droop");
    }

    @Test
    void peeThatLookedPinkishIsHematuria() {
        var v = Visits.read("[doctor] any blood in your urine or burning when you pee",
                "[patient] the pee looked kind of pinkish this morning no burning though");
        assertThat(v.symptoms()).anyMatch(s -> s.name().equals("hematuria") && s.present());
    }
}
