package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.NoteHeaders;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.visit.VisitModel;

/**
 * The clinician reads the medication list aloud without asking ("and the hydroxyzine for the anxiety") and the
 * patient answers that they stopped it; later the patient asks whether to restart it. And a match's result told
 * on the way to the injury, and speech too broken to stand as a sentence of the note.
 */
class ListReadBackTest {

    @Test
    void aDrugReadOutAndAnsweredIStoppedThatIsStoppedAndAskingToRestartItDoesNotRestartIt() {
        VisitModel v = Visits.read("[doctor] what brings you in", "[patient] my mood has been low for six weeks",
                "[doctor] okay and medications you're taking the sertraline fifty every day",
                "[patient] yes every morning", "[doctor] and the hydroxyzine for the anxiety",
                "[patient] oh i stopped that it made me so groggy i couldn't get up for work",
                "[doctor] okay so i'd like to increase the sertraline to one hundred milligrams every morning",
                "[patient] okay um and the hydroxyzine should i restart it",
                "[doctor] no let's leave that off since it made you so groggy");
        assertThat(v.medications()).filteredOn(m -> m.drug().equals("hydroxyzine")).singleElement()
                .satisfies(m -> assertThat(m.current()).isFalse());
    }

    @Test
    void theScoreOfTheMatchIsNotTheStory() {
        List<String> hpi = Visits.lines(Visits.draft("[doctor] What happened to the knee?",
                "[patient] About three weeks ago I was playing five-a-side, I planted my foot and twisted, and felt a pop "
                        + "on the inside of my left knee.",
                "[patient] We lost five-three, by the way, so it wasn't even worth it."), NoteHeaders.HPI);
        assertThat(hpi).noneMatch(l -> l.contains("lost"));
    }

    @Test
    void speechWithFillersLeftInIsNotCopiedIntoTheStoryAndWorseAtNightIsItsTiming() {
        List<String> hpi = Visits.lines(Visits.draft("[doctor] how's the breathing been",
                "[patient] I've been wheezy for about three days now.", "[doctor] and is it worse at any time",
                "[patient] The wheezing, yeah, it gets much worse at night, you know, when I lie down flat in bed."),
                NoteHeaders.HPI);
        assertThat(hpi).contains("The patient reports wheezing for 3 days, at night.")
                .noneMatch(l -> l.contains("yeah") || l.contains("worse with night"));
    }
}
