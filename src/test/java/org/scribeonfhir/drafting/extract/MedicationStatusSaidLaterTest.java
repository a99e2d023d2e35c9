package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * A drug's status said after it ("I'm not taking it right now", "Oh, that was for my back. I stopped it."), a dose
 * taken back mid-order, and doses said as tablets of a strength.
 */
class MedicationStatusSaidLaterTest {

    private static List<String> note(String... visit) {
        var note = Visits.draft(visit);
        List<String> out = new java.util.ArrayList<>(Visits.lines(note, "HISTORY OF PRESENT ILLNESS"));
        out.addAll(Visits.lines(note, "ASSESSMENT AND PLAN"));
        return out;
    }

    @Test
    void aDrugNotTakenNowIsRestartedNotContinued() {
        assertThat(note("[doctor] What brings you in?", "[patient] An itchy rash on my arms for a week.",
                "[doctor] Do you take any medicines regularly?",
                "[patient] Just Zyrtec in the spring for allergies, ten milligrams. I'm not taking it right now.",
                "[doctor] Okay, let me examine you. There's a red rash on both forearms.",
                "[doctor] So for my assessment and plan. This is contact dermatitis. For the itch at night, "
                        + "cetirizine, the Zyrtec you already have, ten milligrams at bedtime."))
                .contains("• Medical Treatment: Restart Zyrtec (cetirizine) 10 mg at bedtime.")
                .noneMatch(l -> l.startsWith("Current medications") && l.contains("cetirizine"))
                .noneMatch(l -> l.startsWith("Allergies"));
    }

    @Test
    void aChartDrugStoppedInTheSecondSentenceIsStopped() {
        assertThat(note("[doctor] What brings you in?", "[patient] I hurt my calf playing squash.",
                "[doctor] Any medical problems?", "[patient] Blood pressure. I'm on ramipril, five milligrams.",
                "[doctor] I've got naproxen on your list too.",
                "[patient] Oh, that was for my back two years ago. I stopped it after about a month.",
                "[doctor] Let me examine you. The calf is tender.", "[doctor] So for my assessment and plan. This is a "
                        + "calf strain."))
                .contains("The patient is no longer taking naproxen.")
                .noneMatch(l -> l.startsWith("Current medications") && l.contains("naproxen"));
    }

    @Test
    void anotherDrugNamedFirstTakesTheStop() {
        assertThat(note("[doctor] What brings you in?", "[patient] Burning feet at night.",
                "[doctor] Let me go through your medications. I have metformin five hundred twice a day, glipizide "
                        + "five milligrams once a day, and atorvastatin forty.",
                "[patient] So, the glipizide. I stopped that about a month ago.",
                "[doctor] Let me examine you. Sensation is reduced in both feet.",
                "[doctor] So for my assessment and plan. This is diabetic neuropathy."))
                .anyMatch(l -> l.startsWith("Current medications") && l.contains("atorvastatin 40 mg"))
                .noneMatch(l -> l.contains("no longer taking atorvastatin"));
    }

    @Test
    void aDoseTakenBackInAnIncreaseIsReplaced() {
        assertThat(note("[doctor] How has your mood been?", "[patient] Better, but not there yet.",
                "[doctor] And you're on sertraline fifty milligrams?", "[patient] Yes, every morning.",
                "[doctor] So for my assessment and plan. I'd like to increase the sertraline from fifty to a hundred — "
                        + "actually, let's go to seventy-five milligrams, once a day in the morning."))
                .anyMatch(l -> l.startsWith("• Medical Treatment: Increase sertraline from 50 mg to 75 mg"))
                .noneMatch(l -> l.contains("100 mg"));
    }

    @Test
    void twoTabletsOfAStrengthAreTheirSum() {
        assertThat(note("[doctor] How can I help today?", "[patient] It's my right calf. I hurt it four days ago.",
                "[doctor] Anything for the calf so far?", "[patient] Paracetamol, two tablets a couple of times a day.",
                "[doctor] Let me examine you. It's tender on the inner side of the calf.",
                "[doctor] So for my assessment and plan. You've torn some fibres of the calf muscle. For the pain, "
                        + "keep going with the paracetamol, two 500-milligram tablets up to four times a day."))
                .contains("• Medical Treatment: Continue paracetamol (acetaminophen) 1000 mg up to four times daily.")
                .noneMatch(l -> l.contains(" 2 mg"));
    }

    @Test
    void tabletsSaidInWordsAndUpToAreKept() {
        assertThat(note("[doctor] What brings you in?", "[patient] My knee hurts.",
                "[doctor] So for my assessment and plan. This is osteoarthritis. You can keep using the paracetamol, "
                        + "two five hundred milligram tablets up to four times a day, no more than eight in a day."))
                .contains("• Medical Treatment: Continue paracetamol (acetaminophen) 1000 mg up to four times daily.");
    }

    @Test
    void aDrugNeverGivenIsNotStopped() {
        assertThat(note("[doctor] What's happened?", "[patient] A wasp stung my lip a few minutes ago.",
                "[doctor] Have you ever been given an EpiPen?", "[patient] I haven't, no.",
                "[doctor] So for my assessment and plan. This is a local reaction to the sting."))
                .noneMatch(l -> l.contains("no longer taking"));
    }
}
