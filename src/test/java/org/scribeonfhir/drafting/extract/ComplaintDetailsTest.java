package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.DraftNote;
import org.scribeonfhir.drafting.Visits;

/**
 * Where the complaint is ("It's my right calf."), not a part that could not do something ("I couldn't put my heel
 * down"); how bad it is today, not an old injury's rating; what it is like ("a tight band") and when it comes.
 */
class ComplaintDetailsTest {

    @Test
    void aPartThatCouldNotDoSomethingIsNoComplaintAndTheOldRatingIsNotTodays() {
        DraftNote note = Visits.draft("[doctor] How can I help today?",
                "[patient] It's my right calf. I was playing squash on Thursday night and felt a pop.",
                "[doctor] How is it now?",
                "[patient] Better than Thursday. The first day it was more like six, and I couldn't put my heel down.",
                "[doctor] Have you had anything like this before?", "[patient] I tore my hamstring in 2018. That was "
                        + "far worse, eight out of ten, I was on crutches for two weeks.",
                "[doctor] Let me examine you. It's tender on the inner side of the calf.",
                "[doctor] So for my assessment and plan. You've torn some of the fibres of the calf muscle.");
        assertThat(Visits.lines(note, "CHIEF COMPLAINT")).containsExactly("Right calf pain.");
        assertThat(DraftNote.render(note.texts())).doesNotContain("heel pain").doesNotContain("8/10");
    }

    @Test
    void aTightBandMostDaysIsTheHeadachesCharacterAndTiming() {
        assertThat(Visits.lines(Visits.draft("[doctor] You mentioned headaches?",
                "[patient] Yes. About three weeks now, most days. It's like a tight band round my head, both sides.",
                "[doctor] Any fever or stiff neck?", "[patient] No.",
                "[doctor] So for my assessment and plan. These sound like tension headaches."),
                "HISTORY OF PRESENT ILLNESS"))
                .anyMatch(l -> l.contains("band-like") && l.contains("most days"));
    }
}
