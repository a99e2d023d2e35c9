package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/** "Any allergies to medication?" "Um, no, just latex.": the latex allergy is written, never "No known drug allergies". */
class NoneButThisAllergyTest {

    @Test
    void noneButTheOneNamedIsThatAllergy() {
        assertThat(Visits.lines(Visits.draft(
                "[doctor] Do you have any allergies to any medication?",
                "[patient] Uh, no, just latex.",
                "[doctor] Latex, okay. I think this is a viral infection.")))
                .anyMatch(l -> l.matches("Allergies: .*latex.*"))
                .noneMatch(l -> l.contains("No known drug allergies"));
    }

    @Test
    void aPlainNoIsStillNone() {
        assertThat(Visits.lines(Visits.draft(
                "[doctor] Do you have any allergies to any medication?",
                "[patient] No, none.",
                "[doctor] Okay. I think this is a viral infection.")))
                .anyMatch(l -> l.contains("No known drug allergies"));
    }
}
