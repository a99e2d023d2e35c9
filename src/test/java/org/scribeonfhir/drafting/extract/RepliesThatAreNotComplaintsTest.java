package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.visit.Presence;
import org.scribeonfhir.drafting.visit.VisitModel;

/** Symptom words in a reply that tell something else: what sets the pain off, a drug's old effect, a busy week. */
class RepliesThatAreNotComplaintsTest {

    private static boolean reported(VisitModel v, String name) {
        return v.symptoms().stream().anyMatch(s -> s.name().equals(name) && s.presence() == Presence.PRESENT);
    }

    @Test
    void coughingThatMakesThePainWorseIsATriggerNotACough() {
        VisitModel v = Visits.read("[doctor] What's brought you in?",
                "[patient] Pain shooting down my left leg for three weeks, since I lifted a parcel.",
                "[doctor] Anything make it worse?", "[patient] Coughing and sneezing, it shoots right down.");
        assertThat(reported(v, "cough")).isFalse();
        assertThat(reported(v, "sneezing")).isFalse();
    }

    @Test
    void vomitingToldOfADrugTheClinicianNamedIsItsEffectNotAComplaint() {
        VisitModel v = Visits.read("[doctor] What's brought you in?", "[patient] My back, for three weeks.",
                "[doctor] Okay. I see tramadol made you sick before.",
                "[patient] Oh, it was awful. I was vomiting all night. Never again.");
        assertThat(reported(v, "vomiting")).isFalse();
        assertThat(v.history()).anyMatch(h -> h.kind().equals("effect") && "tramadol".equals(h.relative()));
    }

    @Test
    void aManicWeekAtWorkIsNotElevatedMood() {
        VisitModel v = Visits.read("[doctor] What's brought you in?", "[patient] Tummy pain since Saturday.",
                "[doctor] How's work otherwise?", "[patient] Manic. We've sold three hundred Christmas trees this week.");
        assertThat(reported(v, "elevated mood")).isFalse();
    }
}
