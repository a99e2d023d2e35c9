package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * What a drug did before it was stopped ("I came off it in the spring, I kept getting shaky and sweaty"), a side
 * effect that has passed, and what a drug is for are no complaints of this visit: the note says why the drug was
 * stopped and lists none of them as symptoms.
 */
class StoppedDrugEffectsTest {

    private static List<String> note(String... visit) {
        return Visits.lines(Visits.draft(visit));
    }

    private static List<String> ros(String... visit) {
        return Visits.lines(Visits.draft(visit), "REVIEW OF SYSTEMS");
    }

    @Test
    void effectsToldOfAStoppedDrugAreWhyItWasStopped() {
        String[] visit = {"[doctor] Are you still on the gliclazide?",
            "[patient] No, I came off it in the spring. I kept getting shaky and sweaty mid-morning.",
            "[doctor] Right. Your diabetes is well controlled on the metformin alone."};
        assertThat(note(visit)).contains("Stopped gliclazide because of tremor and diaphoresis.");
        assertThat(ros(visit)).noneMatch(l -> l.contains("Endorses"));
    }

    @Test
    void thatIsTheDrugTheQuestionNamed() {
        String[] visit = {"[doctor] And the simvastatin at night?",
            "[patient] Oh, I stopped that in June. My legs were aching all the time.",
            "[doctor] Okay. I think your cholesterol needs another look."};
        assertThat(note(visit)).anyMatch(l -> l.startsWith("Stopped simvastatin because of"));
        assertThat(ros(visit)).noneMatch(l -> l.contains("Endorses"));
    }

    @Test
    void aSideEffectThatPassedIsTheDrugsAndResolved() {
        assertThat(note("[doctor] Any side effects from the citalopram?",
                "[patient] I was a bit nauseous the first fortnight, but that went away.",
                "[doctor] Good. Your mood sounds a lot better."))
                .contains("Reported side effects of citalopram: nausea (resolved).")
                .noneMatch(l -> l.contains("presents with nausea"));
    }

    @Test
    void whatADrugIsForIsNoComplaint() {
        assertThat(ros("[doctor] Any regular medicines?",
                "[patient] Just lansoprazole for my heartburn, thirty every morning.",
                "[doctor] And what brings you in?", "[patient] My right knee has been sore for a week.",
                "[doctor] I think it's a sprain."))
                .noneMatch(l -> l.contains("heartburn"));
    }

    @Test
    void aDoseSaidForAConditionIsNoComplaint() {
        assertThat(ros("[doctor] And you're still on the escitalopram?",
                "[patient] Yes, ten milligrams for anxiety. That's been fine for ages.",
                "[doctor] And the wrist?", "[patient] Sore since I fell on Friday.",
                "[doctor] I think it's a sprain."))
                .noneMatch(l -> l.contains("anxiety"));
    }

    @Test
    void aDoseLoweredForAnEffectIsTheDrugsEffect() {
        assertThat(note("[doctor] I have bisoprolol ten once a day.",
                "[spouse] Not the ten. Not the bisoprolol ten. The cardiologist halved it in May, he was dizzy all the "
                        + "time.",
                "[doctor] Thanks. I think his heart failure is stable."))
                .contains("Reported side effects of bisoprolol: dizziness.")
                .noneMatch(l -> l.contains("Endorses dizziness"));
    }

    @Test
    void stoppingWhileWalkingNamesNoDrug() {
        assertThat(ros("[doctor] What happened?",
                "[patient] I was walking up the hill with the dog, got this chest pain, and stopped.",
                "[doctor] I think we need an ECG."))
                .anyMatch(l -> l.contains("Endorses chest pain"));
    }

    @Test
    void aDenialBesideAStoppedDrugStaysADenial() {
        assertThat(ros("[doctor] Any blackouts?",
                "[patient] No, never passed out. I did get dizzy in August, but that went away after I stopped the "
                        + "pseudoephedrine.",
                "[doctor] Good. I think this is an ectopic beat."))
                .anyMatch(l -> l.contains("Denies syncope"));
    }
}
