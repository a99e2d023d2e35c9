package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/** A bladder infection told in lay words, with the nurse's dipstick read out after the exam. */
class UrinaryVisitTest {

    private static final String[] VISIT = {
        "[doctor] Hi, Ms. Example, I'm Dr. Sample. What's going on?",
        "[patient] I think I have a bladder infection. Since Thursday night it burns like fire when I pee, and I feel "
                + "like I have to go every twenty minutes.",
        "[doctor] Any fever or back pain?", "[patient] No. My roommate had a kidney infection, so I'm a little freaked out.",
        "[doctor] Okay, let me examine you. Belly is soft, a little tender just above the pubic bone.",
        "[nurse] Dip's done. Positive leukocytes, positive nitrites, small blood. Pregnancy test is negative.",
        "[doctor] Thanks. This is a simple bladder infection. I'm starting nitrofurantoin 100 mg twice a day for "
                + "5 days."};

    @Test
    void burningWithWordsInBetweenIsDysuriaAndGoingEveryFewMinutesIsFrequency() {
        var v = Visits.read(VISIT);
        assertThat(v.symptoms()).anyMatch(s -> s.name().equals("dysuria") && s.present())
                .anyMatch(s -> s.name().equals("urinary frequency") && s.present());
        assertThat(v.reason().phrase()).startsWith("Dysuria");
    }

    @Test
    void beingFreakedOutAboutARoommatesIllnessIsNoPanicAttack() {
        assertThat(Visits.read(VISIT).symptoms()).noneMatch(s -> s.name().equals("panic attacks"));
    }

    @Test
    void theDipstickReadOutIsAResultNotAnExamFinding() {
        var note = Visits.draft(VISIT);
        assertThat(Visits.lines(note, "RESULTS")).anyMatch(l -> l.contains("nitrites"))
                .anyMatch(l -> l.contains("Pregnancy test is negative"));
        assertThat(Visits.lines(note, "PHYSICAL EXAM")).noneMatch(l -> l.contains("nitrites"));
    }
}
