package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * Defects of the 2.5.87 read (`src/challenge/reads/2.5.87`), each written again in our own words: a "no" the speaker
 * takes back in the same turn ("So yeah, I suppose he did."), and one a companion contradicts and the patient concedes
 * with a bare "okay".
 */
class DenialsTakenBackAtOnceTest {

    private static List<String> all(String... lines) {
        return Visits.lines(Visits.draft(lines));
    }

    private static boolean present(List<String> note, String symptom) {
        return note.stream().anyMatch(l -> l.contains(symptom) && !l.contains("Denies") && !l.contains("denies"));
    }

    @Test
    void aFeverDeniedAndThenOwnedInTheSameTurnIsPresent() {
        List<String> note = all("[mother] She's had a barking cough since last night.",
                "[doctor] Has she had a fever?",
                "[mother] No, no fever. Well, hang on. Her dad took her temperature at bedtime, 38.2. So yeah, I "
                        + "suppose she did.");
        assertThat(present(note, "fever")).isTrue();
    }

    @Test
    void dizzinessDeniedThenConcededWithABareOkayIsPresent() {
        List<String> note = all("[patient] My nose won't stop bleeding.",
                "[doctor] Any dizziness?",
                "[patient] No, I'm fine.",
                "[son] You nearly fell over in the kitchen, Dad.",
                "[patient] Och, okay. When I stood up I went a bit light in the head. Just for a second.");
        assertThat(note).noneMatch(l -> l.toLowerCase().contains("denies") && l.contains("dizziness"));
    }
}
