package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * A GP's plan as said (written by us): a loading dose, "having listened to your chest", a reassurance that is no
 * reasoning, and a complication explained ("you might have something called quinsy") that is no diagnosis.
 */
class GpPlanTest {

    private static final String[] CHEST = {"[doctor] Hello, what brings you in?",
        "[patient] My cough has been getting worse for a week and I'm short of breath.",
        "[doctor] Okay. Having listened to your chest, there are some crackles on the right side.",
        "[doctor] I think you have a chest infection. I'll prescribe doxycycline 200 milligrams on the first day, then "
                + "100 milligrams daily for five days.",
        "[doctor] So let's try and get you better soon, so it doesn't have any impact on your work."};

    @Test
    void aLoadingDoseKeepsBothDoses() {
        assertThat(Visits.lines(Visits.draft(CHEST), "ASSESSMENT AND PLAN"))
                .contains("• Medical Treatment: Start doxycycline 200 mg on the first day, then 100 mg daily for 5 days.");
    }

    @Test
    void havingListenedToTheChestIsTheExamAndAReassuranceIsNoReasoning() {
        List<String> lines = Visits.lines(Visits.draft(CHEST));
        assertThat(lines).contains("• Respiratory: Crackles on the right side.");
        assertThat(lines).noneMatch(l -> l.contains("better soon"));
    }

    @Test
    void aComplicationExplainedIsNoDiagnosis() {
        List<String> plan = Visits.lines(Visits.draft("[patient] I've had a sore throat for three days.",
                "[doctor] So, this looks like tonsillitis, probably bacterial. I'm going to give you penicillin V, 500 "
                        + "milligrams four times a day for ten days.",
                "[doctor] You might have something called quinsy, which is a collection of pus next to the tonsil, if "
                        + "it gets much worse on one side. Thankfully you don't have that now."), "ASSESSMENT AND PLAN");
        assertThat(plan).anyMatch(l -> l.contains("tonsillitis"));
        assertThat(plan).noneMatch(l -> l.contains("abscess") || l.contains("quinsy"));
    }

    @Test
    void anImpressionSaidAsMightHaveStays() {
        assertThat(Visits.lines(Visits.draft("[patient] It burns when I pee and I'm going all the time.",
                "[doctor] Any fever or pain in your back?",
                "[patient] No.",
                "[doctor] So it sounds very much like you might have an infection in your urine, a bladder infection.",
                "[doctor] I'll prescribe nitrofurantoin 100 milligrams twice a day for three days."),
                "ASSESSMENT AND PLAN")).anyMatch(l -> l.matches("1\\. .*urinary tract infection.*"));
    }

    @Test
    void aHedgedImpressionIsTheProblemAndTheBrothersDaysAreHis() {
        List<String> lines = Visits.lines(Visits.draft("[doctor] What's been going on?",
                "[patient] I've had diarrhoea for three days and I've been throwing up. My brother has been having "
                        + "similar symptoms for the past few days as well.",
                "[doctor] Any blood in your stool?",
                "[patient] No.",
                "[doctor] Okay. It sounds like it might be some, an infectious gastroenteritis that you've got, which is "
                        + "usually caused by a virus.",
                "[doctor] Keep going with the rehydration salts, tiny sips constantly."));
        assertThat(lines).contains("1. Likely gastroenteritis.", "Sick contacts: brother with similar symptoms.");
        assertThat(lines).noneMatch(l -> l.contains("viral syndrome") || l.contains("vomiting for a few days"));
    }

    @Test
    void aQuestionSaidBackIsNoSymptomAndWhatSettledSinceIsPast() {
        List<String> lines = Visits.lines(Visits.draft("[doctor] What's brought you in?",
                "[patient] I've had a cough and a temperature for five days.",
                "[doctor] Any other symptoms?",
                "[patient] Kind of around when it started, I had some diarrhoea. But since then it's all been pretty "
                        + "fine.",
                "[doctor] Any rashes that you've noticed?",
                "[patient] Rashes? Uhh, no, nothing like that.",
                "[doctor] Any other joints swollen?",
                "[patient] Swollen? No, just the ankle.",
                "[doctor] Okay. I think this is a viral chest infection."));
        assertThat(lines).contains("• Skin: Denies rash.", "1. Likely lower respiratory tract infection.")
                .anyMatch(l -> l.contains("previously had diarrhea"))
                .noneMatch(l -> l.contains("Endorses diarrhea") || l.contains("reports diarrhea"));
        assertThat(lines).noneMatch(l -> l.startsWith("• Skin: Endorses rash"));
    }
}
