package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * A turn the transcriber could only mark as inaudible stands between no question and its answer: "Any allergies to
 * medications?" [inaudible] "Uh, yes, amoxycillin." is an allergy, never a current medicine. "More like a chest
 * infection, rather than a lung cancer" makes the chest infection the impression and the cancer unlikely. "Um, so I'm"
 * broken off and taken up in the next turn is one answer.
 */
class InaudibleTurnsAndRatherThanTest {

    @Test
    void anAllergyAnsweredAfterAnInaudibleTurnIsAnAllergyNotAMedicine() {
        var hpi = Visits.lines(Visits.draft("[doctor] How can I help?",
                "[patient] I've had pain low in my tummy for two days.",
                "[doctor] Any allergies to medications?", "[patient] <INAUDIBLE_SPEECH/>",
                "[patient] Uh, yes, amoxycillin.", "[doctor] OK. Do you take any regular medications?",
                "[patient] Uh, no."), "HISTORY OF PRESENT ILLNESS");
        assertThat(hpi).anyMatch(l -> l.startsWith("Allergies:") && l.contains("amoxicillin"))
                .noneMatch(l -> l.startsWith("Current medications") && l.toLowerCase(java.util.Locale.ROOT)
                        .contains("amox"));
    }

    @Test
    void aDiagnosisPreferredToAnotherLeavesTheOtherUnlikely() {
        var plan = Visits.lines(Visits.draft("[patient] I've been coughing and I coughed up some blood twice.",
                "[doctor] Any weight loss?", "[patient] No.", "[doctor] Do you smoke?", "[patient] Never.",
                "[doctor] We may end up doing a chest X-ray if things don't settle down. But at the moment it seems "
                        + "more like a chest infection, rather than a lung cancer."), "ASSESSMENT AND PLAN");
        assertThat(plan).noneMatch(l -> l.matches("\\d+\\. .*[Ll]ung cancer.*"))
                .contains("• Medical Reasoning: Lung cancer considered unlikely.");
    }

    @Test
    void aStartBrokenOffIntoTwoTurnsIsOneAnswer() {
        var d = Visits.dialogue("[doctor] Good morning, Sam. How can I help you this morning?",
                "[patient] Um, so I'm",
                "[patient] Having some pain in my tummy, the lower part, for two days. And I've been feeling hot.",
                "[doctor] Do you smoke?", "[patient] Never", "[patient] Can I ask you something else?");
        var asked = d.utterances().get(1);
        assertThat(d.answerTo(asked).text()).startsWith("Having some pain in my tummy");
        var smoke = d.utterances().stream().filter(u -> u.text().startsWith("Do you smoke")).findFirst().orElseThrow();
        assertThat(d.answerTo(smoke).text()).isEqualTo("Never");
    }
}
