package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * More of the 2.5.71 read, in our own words: a vital rechecked later in the visit written as a second, unlabelled
 * value; Australia's "triple zero" half turned into digits; "a sign you need help" turned into "a sign him need help";
 * one diagnosis written as two problems because it was once named with its side; and two guards of the review: a
 * pain "the same as before" is not denied, and a likely diagnosis does not undo a denial.
 */
class RechecksEmergencyLinesAndRepeatedProblemsTest {

    private static List<String> section(String header, String... lines) {
        return Visits.lines(Visits.draft(lines), header);
    }

    @Test
    void aVitalTakenAgainLaterIsARecheck() {
        assertThat(section("PHYSICAL EXAM", "[patient] I'm very wheezy.",
                "[doctor] Your oxygen is ninety-one percent. Let's give the salbutamol through the spacer now.",
                "[doctor] Oxygen is ninety-five percent now, and the wheeze is better.",
                "[doctor] I think this is an asthma attack."))
                .anyMatch(l -> l.contains("Oxygen saturation 91%, Oxygen saturation 95% on recheck"));
    }

    @Test
    void twoReadingsInOneBreathAreNoRecheck() {
        assertThat(section("PHYSICAL EXAM", "[patient] I get dizzy when I stand up.",
                "[doctor] Lying down your blood pressure is one thirty over eighty, and standing it's one hundred "
                        + "over sixty-five.",
                "[doctor] I think this is orthostatic hypotension."))
                .noneMatch(l -> l.contains("on recheck"));
    }

    @Test
    void tripleZeroIsWrittenAsDigits() {
        assertThat(section("ASSESSMENT AND PLAN", "[patient] My chest is tight and wheezy.",
                "[doctor] I think this is a flare of your COPD. Call triple zero straight away if your lips go blue."))
                .anyMatch(l -> l.contains("call 000"))
                .noneMatch(l -> l.contains("triple"));
    }

    @Test
    void aSignYouNeedHelpKeepsItsVerb() {
        assertThat(section("ASSESSMENT AND PLAN", "[patient] My chest is tight and wheezy.",
                "[doctor] I think this is an asthma flare. If you need the blue inhaler more than every four hours, "
                        + "that's a sign you need help."))
                .noneMatch(l -> l.contains("him need") || l.contains("them need") || l.contains("her need"));
    }

    @Test
    void oneDiagnosisNamedWithItsSideAndWithoutIsOneProblem() {
        assertThat(section("ASSESSMENT AND PLAN",
                "[parent] He's had a fever since yesterday and he keeps pulling at his right ear.",
                "[doctor] Let me look in his ears. The left eardrum is normal. The right eardrum is red and bulging.",
                "[parent] So it's infected?",
                "[doctor] Yes. Let me check the rest. Throat is a little red. Lungs are clear.",
                "[doctor] So he has an ear infection in the right ear, acute otitis media, on top of a cold. Because "
                        + "he's under two, I recommend an antibiotic rather than waiting it out.",
                "[parent] Okay. Which one?",
                "[doctor] Amoxicillin. For ear infections we use a high dose. The liquid is four hundred milligrams in "
                        + "five mLs, so it's five mLs twice a day for ten days."))
                .filteredOn(l -> l.matches("\\d\\. .*"))
                .containsExactly("1. Acute otitis media, right ear.");
    }

    @Test
    void theSamePainAsBeforeIsNoDenial() {
        assertThat(Visits.lines(Visits.draft("[patient] The pain in my lower back is back again.",
                "[doctor] Is it the same pain as the last time you had it?", "[patient] Same as before.",
                "[doctor] I think this is mechanical low back pain.")))
                .noneMatch(l -> l.contains("denies") && l.contains("pain") || l.contains("Denies back pain"));
    }

    @Test
    void aLikelyDiagnosisLeavesADeniedSymptomDenied() {
        assertThat(Visits.lines(Visits.draft("[patient] I get a burning pain in my upper tummy after meals.",
                "[doctor] Any heartburn, burning in the chest?", "[patient] No, never.",
                "[doctor] I think this is likely heartburn from acid, even without chest symptoms.")))
                .noneMatch(l -> l.toLowerCase().startsWith("likely heartburn"));
    }
}
