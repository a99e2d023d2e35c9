package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * Whose a condition is and what a drug's name means on a GP call (written by us after a physician's read of drafts):
 * a relative's condition said again after the GP's "OK.", a diagnosis the patient repeats back, "the pill", a name
 * the GP does not recognise, "fall asleep", "not like I'm gonna faint", a drug compared with, and "we can" inside a
 * sentence.
 */
class GpHistoryAndNamesTest {

    private static List<String> note(String... lines) {
        return Visits.lines(Visits.draft(lines));
    }

    @Test
    void aRelativesConditionSaidAgainAfterTheGpsOkStaysTheRelatives() {
        List<String> note = note("[doctor] What seems to be the trouble?",
                "[patient] I've had loose stools for four days.", "[doctor] Anything in your past medical history?",
                "[patient] Well, my grandad had diabetes.",
                "[doctor] OK.", "[patient] Has diabetes, sorry. He also died of bowel cancer when he was seventy.");
        assertThat(note).noneMatch(l -> l.startsWith("Past medical history"));
        assertThat(note).anyMatch(l -> l.startsWith("Family history") && l.matches(".*grandfather with (?:type 2 )?"
                + "diabetes.*"));
        assertThat(note).anyMatch(l -> l.startsWith("Family history") && l.contains("colon cancer"));
    }

    @Test
    void aDiagnosisThePatientRepeatsBackFromTheGpIsNoHistoryOfTheirs() {
        List<String> note = note("[doctor] How can I help?", "[patient] I've had a throbbing headache for two days.",
                "[doctor] Have you had headaches like this before?",
                "[patient] No. But you mentioned migraine and it reminded me, my sister, she gets migraines.");
        assertThat(note).noneMatch(l -> l.startsWith("Past medical history"));
        assertThat(note).noneMatch(l -> l.contains("You mentioned") || l.contains("you mentioned"));
        assertThat(note).anyMatch(l -> l.startsWith("Family history") && l.contains("sister with migraine"));
    }

    @Test
    void thePillIsTheContraceptiveButThePillsOfAnotherCourseAreNot() {
        assertThat(note("[doctor] What can I do for you?", "[patient] I've had a sore throat for five days.",
                "[doctor] Do you take any medicines?", "[patient] Um, only the pill."))
                .anyMatch(l -> l.startsWith("Current medications") && l.contains("combined oral contraceptive"));
        assertThat(note("[doctor] What's the matter?", "[patient] I've had a fever since I got back from Kenya.",
                "[doctor] Did you take antimalarials?", "[patient] I stopped the pills early, about a week in."))
                .noneMatch(l -> l.contains("contraceptive"));
    }

    @Test
    void aPillStoppedBecauseTheSkinBrokeOutIsNoAllergy() {
        List<String> note = note("[doctor] Any medicines?",
                "[patient] no i stopped the pill back in march it was making my skin break out");
        assertThat(note).noneMatch(l -> l.startsWith("Allergies") && l.contains("contraceptive"));
    }

    @Test
    void aNameTheGpDoesNotRecogniseIsKeptAsHeardAndTheRestatedAsthmaIsHistory() {
        List<String> note = note("[doctor] What's the problem?", "[patient] I've had diarrhoea for two days.",
                "[doctor] Any past medical history?", "[patient] Maybe I had asthma as a kid, I'm not sure.",
                "[doctor] Right, you mentioned you had asthma, do you use any inhalers?", "[patient] Yes.",
                "[doctor] Which one?", "[patient] Zoloft.", "[doctor] Sorry?", "[patient] Zoloft.",
                "[doctor] I've not heard of it for asthma. I'll have to check that one.");
        assertThat(note).anyMatch(l -> l.startsWith("Past medical history") && l.contains("asthma"));
        assertThat(note).noneMatch(l -> l.contains("sertraline"));
        assertThat(note).anyMatch(l -> l.startsWith("Current medications") && l.contains("Zoloft (name as heard"));
    }

    @Test
    void fallingAsleepIsNoFallAndNotLikeImGonnaFaintIsADenial() {
        List<String> ros = Visits.lines(Visits.draft("[doctor] What brings you in?",
                "[patient] I've had belly pain for two days and I feel hot and sweaty.",
                "[doctor] Have you felt light-headed at all? Or like you might faint?",
                "[patient] No, no, not like I'm gonna faint.", "[doctor] And can you fall asleep at night?",
                "[patient] Yes, I sleep fine."), "REVIEW OF SYSTEMS");
        assertThat(ros).noneMatch(l -> l.contains("falls"));
        assertThat(String.join("\n", ros)).contains("Denies lightheadedness")
                .doesNotContain("Endorses lightheadedness");
    }

    @Test
    void aStrongerDrugSimilarToTheCurrentOneIsNoOrderToContinueIt() {
        List<String> plan = Visits.lines(Visits.draft("[doctor] How can I help?",
                "[patient] I've had a bad headache for four days. Ibuprofen takes the edge off.",
                "[doctor] Any other medicines?", "[patient] No, just the ibuprofen.",
                "[doctor] OK. I can prescribe you something similar to ibuprofen, but stronger, which you can take "
                        + "instead of ibuprofen. You can take paracetamol alongside it.", "[patient] OK."),
                "ASSESSMENT AND PLAN");
        assertThat(plan).noneMatch(l -> l.contains("Continue ibuprofen"));
    }

    @Test
    void weCanInsideASentenceKeepsItsSubjectAndOpeningItReadsMay() {
        List<String> plan = Visits.lines(Visits.draft("[doctor] What's brought you in?",
                "[patient] It stings when I pass water, for two days now.",
                "[doctor] It sounds like a water infection, and it's something we can clear quite easily with "
                        + "antibiotics.",
                "[doctor] So, what, what I think we can do, is, I think we can give you some pain relief too.",
                "[patient] Thanks."), "ASSESSMENT AND PLAN");
        assertThat(plan).noneMatch(l -> l.contains("something may") || l.contains("What may"));
        assertThat(plan).anyMatch(l -> l.contains("May give the patient some pain relief"));
    }

    @Test
    void aPainOnlyPlacedByTheEyeNamedEarlierIsTheHeadachesOwn() {
        List<String> ros = Visits.lines(Visits.draft("[doctor] What's been going on?",
                "[patient] I've had a headache for three days.", "[doctor] Where is it?",
                "[patient] All over, but it's worse over my left eye.", "[doctor] How bad is it out of ten?",
                "[patient] About a seven.", "[doctor] Does anything make it worse?",
                "[patient] When I get up quickly I get a sharp stabbing pain."), "REVIEW OF SYSTEMS");
        assertThat(ros).noneMatch(l -> l.contains("eye pain"));
    }
}
