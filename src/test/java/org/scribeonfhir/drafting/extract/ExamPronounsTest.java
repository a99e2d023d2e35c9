package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/** "Let me have a feel of your tummy. It's soft…": the part the clinician named is what "it" and "they" are. */
class ExamPronounsTest {

    private static List<String> exam(String... visit) {
        return Visits.lines(Visits.draft(visit), "PHYSICAL EXAM");
    }

    @Test
    void itAndTheyAreThePartJustNamed() {
        assertThat(exam("[doctor] What brings you in?", "[patient] My stomach has been hurting for two days.",
                "[doctor] Okay, let me examine you. Let me have a feel of your tummy. It's soft, a little tender just "
                        + "above the pubic bone.", "[doctor] Let me look at your throat. It's a bit red, no pus.",
                "[doctor] Now your ears. They look fine.",
                "[doctor] So for my assessment and plan. This is probably a urine infection."))
                .containsExactly("• Gastrointestinal: Abdomen soft, slightly tender suprapubically.",
                        "• Ears, Nose, Mouth and Throat: Throat a bit red, no pus. Ears normal.");
    }

    @Test
    void theSkinLinesOfAWartNameNoPart() {
        assertThat(exam("[patient] There's a lump on my foot.", "[doctor] Let me examine you. Belly's soft. On the "
                        + "ball of the right foot there's a rough bump, and the skin lines go around it, not through "
                        + "it. "
                        + "It's tender when I squeeze it.",
                "[doctor] So for my assessment and plan. That's a plantar wart."))
                .noneMatch(l -> l.contains("Skin's tender"));
    }

    @Test
    void theBellyButtonIsTheUmbilicus() {
        assertThat(exam("[patient] My stomach hurts.", "[doctor] Okay, let me examine you. Belly is soft, there's mild "
                        + "tenderness around the belly button, no rebound.",
                "[doctor] So for my assessment and plan. This is most likely gastroenteritis."))
                .anyMatch(l -> l.contains("tenderness around the umbilicus")).noneMatch(l -> l.contains("abdomen button"));
    }
}
