package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * Defects of the 2.5.81 read (`src/challenge/reads/2.5.81`), each written again in our own words: a companion's own
 * allergy told with a word of address or a "yep"; a past reaction told in answer to the allergy question written as
 * today's symptoms.
 */
class CompanionsAllergiesAndPastReactionsTest {

    private static List<String> all(String... lines) {
        return Visits.lines(Visits.draft(lines));
    }

    @Test
    void noLoveThatsMeIsTheHusbandsAllergyAndHerOwnReactionIsNoSymptomToday() {
        List<String> note = all("[patient] My heart races and I've lost weight.",
                "[doctor] And allergies?",
                "[patient] Penicillin.",
                "[husband] No, love, that's me. I'm the penicillin one.",
                "[patient] Oh, he's right. Mine is the sulfa one, co-trimoxazole. I got hives all over and my lips "
                        + "swelled up, when I was nineteen.");
        assertThat(note).noneMatch(l -> l.startsWith("Allergies") && l.contains("penicillin"))
                .noneMatch(l -> l.contains("Endorses") && l.contains("hives"));
    }

    @Test
    void yepThatsMeAfterTheClinicianNamesHerAllergyIsTheMothers() {
        List<String> note = all("[mother] He's itchy all over, worse at night.",
                "[doctor] And you're allergic to sticking plasters, Aroha, is that right? I've got it on your file.",
                "[mother] Yep, that's me, not him. They blister me.");
        assertThat(note).noneMatch(l -> l.startsWith("Allergies") && l.contains("plaster"));
    }

    @Test
    void theReactionToldStraightAfterTheClinicianNamesTheAllergenIsNoSymptomToday() {
        List<String> note = all("[mother] He's itchy all over, worse at night.",
                "[doctor] Now allergies. I've got cefalexin on his notes?",
                "[mother] Yes, when he was five. Hives everywhere and his lips swelled up. We ended up in the ED.");
        assertThat(note).noneMatch(l -> l.contains("Endorses") && (l.contains("hives") || l.contains("swelling")))
                .noneMatch(l -> l.contains("reports hives"));
    }
}
