package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * Defects of the 2.5.85 read (`src/challenge/reads/2.5.85`), each written again in our own words: allergy labels the
 * visit disproves, a relative's condition handed back by the next speaker, a denial a companion contradicts and the
 * patient concedes, how the patient always is, a childhood faint, a mood word said as an excuse, and a habit denied
 * and then owned up to.
 */
class LabelsDisprovedAndOthersHistoryTest {

    private static List<String> all(String... lines) {
        return Visits.lines(Visits.draft(lines));
    }

    private static boolean allergyLine(String l, String word) {
        return l.startsWith("Allergies") && l.toLowerCase().contains(word);
    }

    @Test
    void aPenicillinLabelGoesWhenTheClinicianNotesAmoxicillinWasTolerated() {
        List<String> note = all("[patient] My ear has been aching since Sunday.",
                "[doctor] Any allergies?",
                "[patient] My file says penicillin, from when I was a baby. I had amoxicillin for a chest infection in "
                        + "the spring though, the whole course, no bother.",
                "[doctor] Great, I'll write down that you've tolerated amoxicillin.");
        assertThat(note).noneMatch(l -> allergyLine(l, "penicillin"));
    }

    @Test
    void aParacetamolLabelGoesWhenTheClinicianSaysItIsTolerated() {
        List<String> note = all("[patient] My back went while lifting boxes.",
                "[doctor] Allergies?",
                "[patient] Somebody wrote that I'm allergic to paracetamol. I take it for headaches all the time.",
                "[doctor] Paracetamol, you tolerate it, so I'll take that off. And codeine makes you sick?",
                "[patient] Yes, codeine makes me sick.");
        assertThat(note).noneMatch(l -> allergyLine(l, "acetaminophen")).noneMatch(l -> allergyLine(l, "paracetamol"));
    }

    @Test
    void anOutgrownEggAllergyGoesAndThePrawnAllergyKeepsItsReaction() {
        List<String> note = all("[patient] I've been so tired since the exams.",
                "[doctor] Any allergies?",
                "[patient] Prawns. My face swelled up and I got hives when I was eight.",
                "[mother] And eggs, she was allergic as a toddler.",
                "[patient] Mum, I have eggs for breakfast every day now.",
                "[doctor] So the egg allergy was when you were little and you've outgrown it. Prawns, face "
                        + "swelling and hives.");
        assertThat(note).noneMatch(l -> allergyLine(l, "egg"))
                .anyMatch(l -> allergyLine(l, "prawn") && l.contains("hives"));
    }

    @Test
    void theIodineLabelGoesWhenTheContrastScanWentWithoutTrouble() {
        List<String> note = all("[patient] My knee is swollen again.",
                "[doctor] The notes have an iodine allergy?",
                "[patient] That's because of shellfish. But I had a CT with contrast in March and was fine.");
        assertThat(note).noneMatch(l -> allergyLine(l, "iodine")).noneMatch(l -> allergyLine(l, "contrast"));
    }

    @Test
    void aRelativesStrokeCorrectedByThePatientAtOnceIsNotHers() {
        List<String> note = all("[patient] My hand has been numb since this morning.",
                "[doctor] Any stroke or mini-stroke before?",
                "[husband] She had a mini-stroke, a TIA, a few years back.",
                "[patient] No, Brendan, that was my father. I've never had one.");
        assertThat(note).noneMatch(l -> l.startsWith("Past medical history") && l.contains("transient"));
    }

    @Test
    void aConditionTheReplyHandsToAGrandfatherIsNotThePatients() {
        List<String> note = all("[patient] I've cut my foot on a shell.",
                "[doctor] Any medical problems? Diabetes?",
                "[mother] No, that's my father, his grandad. He's got diabetes, the tablets ones.");
        assertThat(note).noneMatch(l -> l.startsWith("Past medical history") && l.contains("diabetes"));
    }

    @Test
    void anApologyForAScareIsNoPastDiagnosis() {
        List<String> note = all("[patient] My face has gone droopy on one side.",
                "[doctor] This is a Bell's palsy, the nerve to the face.",
                "[husband] Thanks, doctor. And sorry about the stroke thing, we panicked.");
        assertThat(note).noneMatch(l -> l.startsWith("Past medical history") && l.contains("stroke"));
    }

    @Test
    void pillowsTheyAlwaysSleepOnAreNoOrthopnoea() {
        List<String> note = all("[patient] My throat is killing me.",
                "[doctor] Any breathing trouble? Can you lie flat?",
                "[patient] Breathing's okay. I sleep on two pillows but that's normal for me.");
        assertThat(note).noneMatch(l -> l.contains("orthopnea") && !l.contains("Denies"));
    }

    @Test
    void aDenialTheSisterContradictsAndThePatientConcedesIsPresent() {
        List<String> note = all("[patient] My throat hurts on one side.",
                "[doctor] Are you drooling at all?",
                "[patient] No.",
                "[sister] He's been dribbling into a tissue the whole way here.",
                "[patient] Okay, yes. I can't swallow it.");
        assertThat(note).anyMatch(l -> l.contains("drooling") && !l.contains("Denies") && !l.contains("denies"));
    }

    @Test
    void weightLossConcededWithAnAmountAfterTheDaughtersRemarkIsPresent() {
        List<String> note = all("[patient] My shoulders are so stiff in the mornings.",
                "[doctor] Any fevers, weight loss?",
                "[patient] Not really.",
                "[daughter] Your trousers are falling down, Dad.",
                "[patient] Maybe four kilos. I've been off my food.");
        assertThat(note).anyMatch(l -> l.contains("weight loss") && !l.contains("Denies") && !l.contains("denies"));
    }

    @Test
    void aTasteChangeToldAfterADenialIsPresent() {
        List<String> note = all("[patient] The left side of my face won't move.",
                "[doctor] Any change in taste?",
                "[patient] No.",
                "[doctor] Okay, your blood pressure is fine.",
                "[patient] Actually, now that you ask, my coffee tasted metallic this morning.");
        assertThat(note).anyMatch(l -> l.contains("loss of taste") && !l.contains("Denies")
                && !l.contains("denies"));
    }

    @Test
    void bruisesPutDownToSportStayDenied() {
        List<String> note = all("[patient] I get out of breath on the stairs.",
                "[doctor] Do you bruise easily?",
                "[patient] No. There are bruises on my shins, but that's from hockey.");
        assertThat(note).noneMatch(l -> l.contains("bruising") && !l.contains("Denies") && !l.contains("denies"));
    }

    @Test
    void aRashTheSisterClaimsAndThePatientGivesBackToHerIsDenied() {
        List<String> note = all("[patient] My tonsil is huge.",
                "[doctor] Any rash with the antibiotic?",
                "[patient] No.",
                "[sister] He was covered in a rash once—",
                "[patient] Thandi, that was you. You had the rash.");
        assertThat(note).noneMatch(l -> l.contains("rash") && !l.contains("Denies") && !l.contains("denies"));
    }

    @Test
    void aFaintAtTheDentistInChildhoodIsNoCurrentSyncope() {
        List<String> note = all("[patient] My toenail is sore and weeping.",
                "[doctor] Anything about injections I should know?",
                "[patient] I just fainted. At the dentist when I was ten.");
        assertThat(note).noneMatch(l -> l.contains("syncope") && !l.contains("Denies") && !l.contains("denies"));
    }

    @Test
    void crankinessGivenAsAnExcuseIsNoIrritabilityAndLoudSoundIsHyperacusis() {
        List<String> note = all("[patient] My face dropped on the right yesterday.",
                "[doctor] Are noises louder on one side?",
                "[patient] Yes, sounds are too loud in my right ear. I thought I was just being cranky.",
                "[wife] He's always cranky when the football's on.");
        assertThat(note).noneMatch(l -> l.contains("irritability")).anyMatch(l -> l.contains("hyperacusis"));
    }

    @Test
    void smokingDeniedThenAdmittedIsRecordedAsSmoking() {
        List<String> note = all("[patient] My throat is so sore.",
                "[doctor] Do you smoke?",
                "[patient] No.",
                "[sister] Mm-hm.",
                "[patient] Okay, sometimes. Maybe three on a Friday.");
        assertThat(note).noneMatch(l -> l.contains("Non-smoker"))
                .anyMatch(l -> l.startsWith("Social history") && l.toLowerCase().contains("smokes sometimes"));
    }

    @Test
    void aRashYearsAgoWithADrugAndLastMonthsFeverAreNotCurrent() {
        List<String> note = all("[patient] I've come for my lithium blood test results.",
                "[doctor] I see you had a rash with lamotrigine, years ago.",
                "[patient] Yes, in 2016. Big red blotches and itching, they stopped it.",
                "[wife] He takes paracetamol whenever he has fever, no problem.",
                "[patient] I took it last month for the flu fever.");
        assertThat(note).noneMatch(l -> l.startsWith("He reports") && (l.contains("rash") || l.contains("fever")))
                .noneMatch(l -> l.contains("Endorses") && (l.contains("rash") || l.contains("fever")
                        || l.contains("pruritus")));
    }

    @Test
    void aWarningSignForCancerIsNoDiagnosisButTheNamedPatchIs() {
        List<String> note = all("[patient] I've got a sore spot inside my cheek.",
                "[doctor] Open wide. There's a white patch on the inside of your left cheek.",
                "[doctor] So the plan is this. This patch is called leukoplakia, and it can be a warning sign for "
                        + "mouth cancer. "
                        + "I'll refer you to the oral medicine clinic.");
        assertThat(note).noneMatch(l -> l.contains("cancer") && l.matches("^\\d+\\. .*"))
                .anyMatch(l -> l.matches("^\\d+\\. .*leukoplakia.*"));
    }

    @Test
    void theReactionToldWhenADrugWasStoppedJoinsItsLaterAllergy() {
        List<String> note = all("[mother] The clinic gave him cefalexin for his toe.",
                "[doctor] So the cephalexin was stopped after three days because of hives?",
                "[mother] Yes, big welts.",
                "[doctor] Any other allergies?",
                "[mother] No. And he can't have the cephalexin now, obviously.");
        assertThat(note).anyMatch(l -> allergyLine(l, "cephalexin") && l.contains("hives"));
    }
}
