package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/** The exam told in the family's words is written in the exam's, without the glosses said for the family. */
class ExamWordsTest {

    @Test
    void tenderAboveThePubicBoneAndOverTheKidneysAreTheirExamTerms() {
        var note = Visits.draft("[doctor] Let me examine you.",
                "[doctor] Tummy is soft, tender just above the pubic bone, and there's tenderness over the kidneys "
                        + "on the left when I tap on your back.");
        assertThat(Visits.lines(note, "PHYSICAL EXAM")).anyMatch(l -> l.contains("tender suprapubically"))
                .anyMatch(l -> l.toLowerCase(java.util.Locale.ROOT).contains("costovertebral angle tenderness"));
    }

    @Test
    void croupFindingsKeepTheirWordsAndLoseTheGlosses() {
        var note = Visits.draft("[doctor] Let me have a listen.",
                "[doctor] His voice is hoarse. Sitting quietly, no stridor, that's the squeaky noise. No retractions, "
                        + "he's not sucking in under his ribs. Lungs are clear.");
        assertThat(Visits.lines(note, "PHYSICAL EXAM")).anyMatch(l -> l.contains("hoarse"))
                .anyMatch(l -> l.contains("no stridor")).anyMatch(l -> l.contains("No retractions"))
                .noneMatch(l -> l.contains("squeaky")).noneMatch(l -> l.contains("sucking"));
    }

    @Test
    void fineCracklesAreNotNormalAndAMurmurNotHeardIsNoMurmur() {
        var exam = String.join("\n", Visits.lines(Visits.draft("[doctor] Let me have a listen.",
                "[doctor] The heart sounds are irregular but I can't hear a murmur. At the backs of your lungs there "
                        + "are fine crackles at both bases."), "PHYSICAL EXAM"));
        assertThat(exam).contains("fine crackles at both bases", "no murmur").doesNotContain("normal crackles")
                .doesNotContain("no a murmur");
    }
}
