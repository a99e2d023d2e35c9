package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * Defects of the 2.5.88 read (`src/challenge/reads/2.5.88`), each written again in our own words: vaccines the nurse
 * narrates as she gives them ("Little pinch… and done"), a pre-school four-in-one booster, and a vaccine's possible
 * side effect that orders nothing.
 */
class VaccinesTheNurseGivesTest {

    private static List<String> all(String... lines) {
        return Visits.lines(Visits.draft(lines));
    }

    @Test
    void vaccinesTheNurseNarratesAsSheGivesThemAreGivenNotRecommended() {
        List<String> note = all("[mother] She's got crusty sores round her mouth since Tuesday.",
                "[doctor] Let me look. Honey-coloured crusts on the chin.",
                "[doctor] So the plan is this. She's also due her four-in-one booster and her second MMR.",
                "[nurse] I'm doing the four-in-one first, 0.5 mL into the left upper arm. Wee scratch... and that's "
                        + "it. And the MMR, 0.5 mL into the right upper arm. All done.",
                "[doctor] The MMR can sometimes give a mild rash a week later, that's normal.");
        assertThat(note).anyMatch(l -> l.contains("diphtheria-tetanus-pertussis-polio vaccine")
                && l.contains("given in clinic"))
                .anyMatch(l -> l.contains("measles-mumps-rubella vaccine") && l.contains("given in clinic"))
                .noneMatch(l -> l.startsWith("• Medical Treatment: Recommend"));
    }

    @Test
    void aPneumococcalVaccineTheNurseNarratesIsGiven() {
        List<String> note = all("[patient] My stomach bloats whenever I eat bread.",
                "[doctor] Let me examine you. Your tummy is soft.",
                "[doctor] So the plan is this. I'd recommend a pneumococcal vaccine; our nurse can give it today.",
                "[nurse] This is Prevnar 20, the pneumococcal vaccine, 0.5 mL, into the muscle of your left upper "
                        + "arm. Little pinch... and done.");
        assertThat(note).anyMatch(l -> l.toLowerCase().contains("pneumococcal vaccine")
                && l.contains("given in clinic"))
                .noneMatch(l -> l.startsWith("• Medical Treatment: Recommend"));
    }
}
