package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * Defects of the 2.5.67 read (`src/challenge/reads/2.5.67`), each written again in our own words: a drug kept on
 * written as started, a choice answered with its first option, a question about a drug's safety read as an allergy
 * or as taking it, "not at bedtime" as the frequency, a "no" to a drug's effect as a denial of the drug, side effects
 * of a drug never taken, a symptom that "may come back" as a follow-up, the drug tried before as current.
 */
class ChoicesAndAsidesTest {

    private static List<String> plan(String... lines) {
        return Visits.lines(Visits.draft(lines), "ASSESSMENT AND PLAN");
    }

    private static List<String> hpi(String... lines) {
        return Visits.lines(Visits.draft(lines), "HISTORY OF PRESENT ILLNESS");
    }

    @Test
    void aDrugThatCarriesOnIsContinuedNotStarted() {
        assertThat(plan("[patient] My ankles swell by the evening.", "[doctor] So I think this is the amlodipine.",
                "[doctor] We'll stop the amlodipine. Your pravastatin forty milligrams carries on as before.",
                "[doctor] And the metoprolol stays at twenty-five milligrams twice a day."))
                .anyMatch(l -> l.contains("Continue pravastatin 40 mg"))
                .anyMatch(l -> l.contains("Continue metoprolol"))
                .noneMatch(l -> l.contains("Start pravastatin") || l.contains("Start metoprolol"));
    }

    @Test
    void aChoiceAnsweredWithItsFirstOptionDeniesTheSecond() {
        assertThat(hpi("[doctor] What's the trouble?", "[patient] This cough for two weeks.",
                "[doctor] Is it a dry cough, or are you coughing up phlegm?", "[patient] Dry. Bone dry."))
                .anyMatch(l -> l.contains("dry cough")).anyMatch(l -> l.contains("denies productive cough"))
                .noneMatch(l -> l.contains("reports productive cough"));
    }

    @Test
    void aListAskedWithOrIsNoChoice() {
        assertThat(hpi("[doctor] What's the trouble?", "[patient] My nose has been blocked for a month.",
                "[doctor] Any pressure or pain in your face?", "[patient] A pressure across my cheeks, worse bending."))
                .noneMatch(l -> l.contains("denies") && l.contains("face pain"));
    }

    @Test
    void aDrugAskedAboutAsSafeWithAnAllergyIsNeitherAllergenNorTaken() {
        var note = Visits.draft("[parent] She's had a sore ear since last night.", "[doctor] Any allergies?",
                "[parent] She's allergic to penicillin, she got a rash.",
                "[parent] Is the ibuprofen alright with the penicillin allergy?",
                "[doctor] Yes, they're not related at all.", "[doctor] So I think this is an ear infection.");
        assertThat(Visits.lines(note, "HISTORY OF PRESENT ILLNESS"))
                .anyMatch(l -> l.startsWith("Allergies: penicillin") && !l.contains("ibuprofen"))
                .noneMatch(l -> l.startsWith("Current medications") && l.contains("ibuprofen"));
    }

    @Test
    void notAtBedtimeIsNoFrequency() {
        assertThat(plan("[patient] I'm more breathless and my legs are swollen.",
                "[doctor] So I think your heart failure is worse. Take the bumetanide one milligram twice a day, "
                        + "morning and lunchtime, not at bedtime, for four days."))
                .anyMatch(l -> l.contains("bumetanide 1 mg twice daily for 4 days"))
                .noneMatch(l -> l.contains("at bedtime"));
    }

    @Test
    void aNoToADrugsEffectIsNoDenialOfTheDrug() {
        List<String> lines = hpi("[doctor] How's the citalopram going?", "[patient] Better, I think.",
                "[doctor] Any nausea on the citalopram?", "[patient] No, none.");
        assertThat(lines).noneMatch(l -> l.startsWith("Denies use of"))
                .anyMatch(l -> l.startsWith("Current medications") && l.contains("citalopram"));
    }

    @Test
    void aDrugNeverTakenHasNoSideEffectsAndTheOneBeforeIsNotCurrent() {
        List<String> lines = hpi("[doctor] How's the mood?",
                "[patient] Better. The paroxetine before made me really sweaty, but this one's fine.",
                "[doctor] And the zopiclone for sleep?",
                "[patient] I never actually took it. I heard it makes you drowsy the next day.");
        assertThat(lines).noneMatch(l -> l.contains("side effects of zopiclone"))
                .noneMatch(l -> l.startsWith("Current medications") && l.contains("paroxetine"));
    }

    @Test
    void aSymptomThatMayComeBackIsNoFollowUp() {
        List<String> lines = plan("[patient] I feel low most days.", "[doctor] So I think this is depression.",
                "[doctor] Let's go up to a hundred milligrams. The queasiness may come back for a few days.",
                "[doctor] I'll see you in six weeks.");
        assertThat(lines).noneMatch(l -> l.contains("Follow-up in a few days")).anyMatch(l -> l.contains("6 weeks"));
    }

    @Test
    void aDailyLimitCorrectedIsNoDose() {
        assertThat(plan("[patient] I fell on my wrist.", "[doctor] So I think this is a sprain.",
                "[doctor] You can take paracetamol, a thousand milligrams every six hours, maximum four, actually, "
                        + "let's say no more than three grams a day."))
                .anyMatch(l -> l.contains("aracetamol") && l.contains("1000 mg every 6 hours"))
                .noneMatch(l -> l.contains("3 g every"));
    }

    @Test
    void aViewAfterANeverHadIsNoStop() {
        assertThat(hpi("[patient] My periods are very heavy.",
                "[doctor] Your mum's clot was after an operation, and you've never had one, so I think tranexamic "
                        + "acid is reasonable for you."))
                .noneMatch(l -> l.contains("no longer taking tranexamic acid"));
    }

    @Test
    void aDrugOfThePastAskedAboutIsNeitherDeniedNorCurrent() {
        assertThat(hpi("[doctor] How's the sertraline going?", "[patient] Good.",
                "[doctor] Any jitteriness like you had with the venlafaxine?", "[patient] No, none of that."))
                .noneMatch(l -> l.contains("venlafaxine") && (l.startsWith("Denies") || l.startsWith("Current")));
    }

    @Test
    void aFractureTreatedAsPossibleUntilProvenOtherwiseIsSuspected() {
        assertThat(plan("[patient] I fell on my hand at the skate park and my wrist hurts at the thumb.",
                "[doctor] The X-ray shows no break. Your pain is in just the spots that go with a scaphoid "
                        + "fracture, so I'm treating this as a possible fracture until proven otherwise."))
                .anyMatch(l -> l.matches("1\\. (?:Likely|Possible) scaphoid fracture.*"))
                .noneMatch(l -> l.equals("1. Scaphoid fracture."));
    }

    @Test
    void aTitleSaidOfSomeoneElseIsNotThePatients() {
        String text = String.join("\n", hpi("[doctor] Hi Dermot, how have you been?",
                "[patient] Better. I can't sleep though.", "[doctor] And the sessions with Mrs. Abernathy?",
                "[patient] Weekly. She's good.", "[doctor] So I think your depression is improving."));
        assertThat(text).doesNotContain("Abernathy presents").doesNotContain("She reports");
    }
}
