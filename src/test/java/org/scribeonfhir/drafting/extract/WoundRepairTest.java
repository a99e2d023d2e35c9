package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/** A cut closed in the clinic: the wound as the problem, the repair as one line, the history around it. */
class WoundRepairTest {

    private static final String[] VISIT = {
        "[doctor] What happened here?",
        "[patient] Broke a glass doing the dishes. It's my right thumb.",
        "[doctor] Any blood thinners?", "[patient] No.",
        "[doctor] Okay, let's look.",
        "[doctor] There's a laceration on the back of the right thumb, about three — no, four centimeters long. "
                + "No foreign body that I can see. Full flexion and extension.",
        "[doctor] I'll numb it with a digital block, lidocaine 2 percent without epinephrine, and irrigate it with saline.",
        "[doctor] All done. That's five simple interrupted stitches of 4-0 nylon.",
        "[doctor] The stitches come out in ten days."};

    @Test
    void theWoundTheClinicianSeesIsTheProblemWithItsSite() {
        var v = Visits.read(VISIT);
        assertThat(v.problems()).extracting(p -> p.name()).containsExactly("Laceration of the right thumb");
        assertThat(v.reason().phrase()).isEqualTo("Laceration of the right thumb");
    }

    @Test
    void theRepairIsOneProcedureLineWithAnaesthesiaIrrigationAndSutures() {
        var note = Visits.draft(VISIT);
        assertThat(Visits.lines(note, "ASSESSMENT AND PLAN")).anyMatch(l -> l.contains("Wound repair: digital block "
                + "with lidocaine 2% without epinephrine, irrigated with saline, closed with 5 simple interrupted 4-0 nylon sutures."))
                .anyMatch(l -> l.contains("Suture removal in 10 days"));
    }

    @Test
    void theExamKeepsTheMeasuredLengthAndDropsTheClinicianAside() {
        var note = Visits.draft(VISIT);
        assertThat(Visits.lines(note, "PHYSICAL EXAM")).anyMatch(l -> l.contains("4 centimeters long"))
                .noneMatch(l -> l.contains("3 —")).noneMatch(l -> l.contains("I can see"));
    }

    @Test
    void noToAnyBloodThinnersIsADenialNotAStoppedDrug() {
        var note = Visits.draft("[doctor] Any blood thinners, aspirin?", "[patient] No.",
                "[doctor] Okay, let's look.", "[doctor] There's a small laceration on the left knee.");
        assertThat(Visits.lines(note, "HISTORY OF PRESENT ILLNESS")).anyMatch(l -> l.equals("Denies use of aspirin."))
                .noneMatch(l -> l.contains("no longer taking"));
    }

    @Test
    void noToDoINeedAntibioticsSaysTheyAreNotNeededAndWhy() {
        var note = Visits.draft("[doctor] Okay, let's look.", "[doctor] There's a small laceration on the left knee.",
                "[doctor] So the plan is to clean it and put a dressing on.", "[patient] Do I need antibiotics?",
                "[doctor] Not for a clean cut like this one.");
        assertThat(Visits.lines(note, "ASSESSMENT AND PLAN"))
                .anyMatch(l -> l.endsWith("No antibiotics needed for a clean cut like this one."));
    }

    @Test
    void theDominantHandAskedAboutIsSocialHistoryAndOneHandedIsNot() {
        var note = Visits.draft("[doctor] Which hand?", "[patient] The left, my ring finger.",
                "[doctor] Are you right- or left-handed?", "[patient] Left-handed, unfortunately.");
        assertThat(Visits.lines(note, "HISTORY OF PRESENT ILLNESS")).contains("Social history: left-hand dominant.");
        var other = Visits.draft("[doctor] How are you managing at work?",
                "[patient] I've been doing everything one-handed.");
        assertThat(Visits.lines(other)).noneMatch(l -> l.contains("dominant"));
    }

    @Test
    void aRepairDictatedWithTheSizeBeforeTheSuturesIsOneLineAndNoDrugIsStarted() {
        var note = Visits.draft("[doctor] What happened to your arm?",
                "[patient] I cut my left forearm on a piece of sheet metal at work about two hours ago.",
                "[doctor] Let me look at the arm. There's a four centimeter straight laceration on the back of the left "
                        + "forearm, clean edges. I'm going to clean it and close it with stitches.",
                "[doctor] I'll numb it first. We'll use lidocaine two percent, no, one percent is plenty, plain "
                        + "lidocaine one percent without epinephrine, about four milliliters.",
                "[doctor] Okay, procedure: irrigated with five hundred milliliters of normal saline, explored, no foreign "
                        + "body. Closed with five simple interrupted four-oh nylon sutures.",
                "[doctor] The stitches need to come out in ten days.");
        assertThat(Visits.lines(note, "ASSESSMENT AND PLAN"))
                .anyMatch(l -> l.contains("Wound repair: local anesthesia with lidocaine 1% without epinephrine, "
                        + "irrigated with saline, closed with 5 simple interrupted 4-0 nylon sutures"))
                .noneMatch(l -> l.contains("epinephrine") && l.contains("Start"))
                .noneMatch(l -> l.contains("Start lidocaine"));
        assertThat(Visits.lines(note, "CHIEF COMPLAINT")).containsExactly("Left forearm laceration.");
    }
}
