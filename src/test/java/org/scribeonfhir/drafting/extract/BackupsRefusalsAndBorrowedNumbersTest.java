package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * Defects of the 2.5.71 read (`src/challenge/reads/2.5.71`), each written again in our own words: a prescription to
 * keep and start only if no better written as started, a drug the patient turned down or must hold only if hives come
 * written as an order, numbers borrowed from a dose rule or a drug as the patient's weight, creatinine or pulse, "No,
 * just…" answers written as complaints, a relative's condition given to the patient or to the wrong relative, and a
 * habit the family corrects.
 */
class BackupsRefusalsAndBorrowedNumbersTest {

    private static List<String> section(String header, String... lines) {
        return Visits.lines(Visits.draft(lines), header);
    }

    private static List<String> plan(String... lines) {
        return section("ASSESSMENT AND PLAN", lines);
    }

    private static List<String> hpi(String... lines) {
        return section("HISTORY OF PRESENT ILLNESS", lines);
    }

    @Test
    void aPrescriptionToHangOnToIsABackUp() {
        assertThat(plan("[patient] I've had earache for two days and a temperature.",
                "[doctor] The eardrum is red. I think this is an ear infection, and most get better by themselves.",
                "[doctor] Here's a prescription, but I want you to keep hold of it. Hang on to it, and if you're no "
                        + "better by Monday, take it to the chemist.",
                "[doctor] It's amoxicillin, five hundred milligrams three times a day for five days."))
                .anyMatch(l -> l.startsWith("• Medical Treatment: Back-up prescription") && l.contains("amoxicillin"))
                .noneMatch(l -> l.contains("Start amoxicillin"));
    }

    @Test
    void anOfferedDrugThePatientTurnsDownIsNotPrescribed() {
        assertThat(plan("[patient] I want to stop smoking, I'm on fifteen a day.",
                "[doctor] Good. I can prescribe nicotine patches today and refer you to the stop smoking clinic.",
                "[patient] The patches made my skin itch last time. I'll do the clinic, but no patches.",
                "[doctor] Your choice. I'll send the referral."))
                .anyMatch(l -> l.contains("Nicotine not prescribed"))
                .noneMatch(l -> l.contains("Start nicotine"));
    }

    @Test
    void aDrugToHoldOnlyIfHivesComeIsNotHeld() {
        assertThat(plan("[parent] He's had a cough and fever for four days.",
                "[doctor] I think this is a chest infection. I'm giving him amoxicillin, two hundred and fifty "
                        + "milligrams three times a day for five days.",
                "[doctor] If he comes out in hives on the amoxicillin, hold the amoxicillin and ring us.",
                "[parent] A rash, ring you.",
                "[doctor] Yes, and hold the amoxicillin until you talk to us."))
                .anyMatch(l -> l.contains("Start amoxicillin 250 mg"))
                .noneMatch(l -> l.contains("Hold amoxicillin"));
    }

    @Test
    void aDoseRulesThresholdsAreNoMeasurements() {
        List<String> note = Visits.lines(Visits.draft("[patient] My heart has been racing on and off.",
                "[doctor] Your pulse is eighty-eight and irregular, blood pressure one thirty over eighty.",
                "[doctor] I think this is atrial fibrillation. I'm starting apixaban. The smaller dose is only for "
                        + "people who meet two of three: eighty or older, weight sixty kilos or under, or creatinine "
                        + "one point five or higher. You meet none, so it's five milligrams twice a day."));
        assertThat(note).noneMatch(l -> l.contains("60 kg") && !l.contains("or under"))
                .noneMatch(l -> l.startsWith("Creatinine: 1.5"))
                .anyMatch(l -> l.contains("Start apixaban 5 mg twice daily"));
    }

    @Test
    void aDrugsDoseAfterTheWordsHeartRateIsNoPulse() {
        assertThat(section("PHYSICAL EXAM", "[patient] My watch keeps saying my heart is irregular.",
                "[doctor] Your pulse is one hundred and four and irregular.",
                "[doctor] I think this is atrial fibrillation. For the heart rate, you're already on metoprolol "
                        + "succinate twenty-five. I'll increase that from twenty-five to fifty milligrams once a day."))
                .anyMatch(l -> l.contains("Heart rate 104 bpm"))
                .noneMatch(l -> l.contains("Heart rate 25") || l.contains("Heart rate 50"));
    }

    @Test
    void noJustWhatIsUsualDeniesTheAskedSymptom() {
        assertThat(Visits.lines(Visits.draft("[patient] I've had a chesty cough for a week.",
                "[doctor] Are your ankles swollen?",
                "[patient] No, just a bit puffy by bedtime, but they've been like that for years.",
                "[doctor] I think this is a chest infection.")))
                .noneMatch(l -> l.contains("Endorses lower extremity edema") || l.contains("reports lower extremity"));
    }

    @Test
    void aLittleOfSomethingElseButBreathingFineIsNoBreathingTrouble() {
        assertThat(Visits.lines(Visits.draft("[parent] She's had a fever since yesterday.",
                "[doctor] Any trouble breathing or fast breathing?",
                "[parent] A little bit of a runny nose, but her breathing's been fine.",
                "[doctor] I think this is a viral illness.")))
                .noneMatch(l -> l.contains("Endorses shortness of breath") || l.contains("reports shortness"))
                .noneMatch(l -> l.contains("reports tachypnea"));
    }

    @Test
    void noAllergiesExceptOneIsThatAllergy() {
        assertThat(hpi("[patient] I've been wheezy since Sunday.",
                "[doctor] What do you take?",
                "[patient] Just the brown inhaler. No allergies, except clarithromycin. It made me sick for days.",
                "[doctor] I think this is a flare of your asthma."))
                .anyMatch(l -> l.startsWith("Allergies: clarithromycin"))
                .noneMatch(l -> l.contains("No known drug allergies"));
    }

    @Test
    void aFathersSisterIsAPaternalAunt() {
        assertThat(hpi("[patient] I've found a lump in my breast.",
                "[doctor] Any breast cancer in the family?",
                "[patient] My dad's sister had breast cancer at sixty. My mum's brother had prostate cancer.",
                "[doctor] Let me examine you."))
                .anyMatch(l -> l.contains("paternal aunt with breast cancer"))
                .noneMatch(l -> l.contains("sister with breast cancer") && !l.contains("aunt"));
    }

    @Test
    void aGrandchildsRunnyNoseIsNotThePatients() {
        assertThat(section("REVIEW OF SYSTEMS", "[patient] I've been coughing and wheezing since Monday.",
                "[doctor] Anyone unwell at home?",
                "[patient] The grandkids stayed at the weekend, the youngest had a runny nose, then I got this.",
                "[doctor] I think a cold has set off your COPD."))
                .noneMatch(l -> l.contains("Endorses rhinorrhea"));
    }

    @Test
    void aSmokerTheWifeCorrectsIsACurrentSmoker() {
        assertThat(hpi("[patient] My chest is worse this week.", "[doctor] Do you smoke?",
                "[patient] I gave up last year.",
                "[wife] He still has a few in the garden. Six a day.",
                "[patient] Alright. Maybe five.",
                "[doctor] So about five a day.",
                "[doctor] I think this is a flare of your COPD."))
                .anyMatch(l -> l.contains("current smoker, about 5 a day"))
                .noneMatch(l -> l.contains("former smoker"));
    }

    @Test
    void aDrinkCorrectedUpwardsIsTheReadBack() {
        assertThat(hpi("[patient] I'm having hot flushes every day.", "[doctor] How much alcohol do you drink?",
                "[patient] A can of beer most evenings. Well, honestly, more like three.",
                "[doctor] Okay, so about three cans most evenings.", "[doctor] I think this is the menopause."))
                .anyMatch(l -> l.contains("drinks about 3 cans most evenings"))
                .noneMatch(l -> l.contains("a can of beer most evenings"));
    }

    @Test
    void millilitresAfterTylenolAreNoTylenolNumberFour() {
        assertThat(plan("[parent] He's had a fever since this morning.",
                "[doctor] I think this is a viral illness. He's eight kilos, so his dose is four mLs of the one "
                        + "sixty per five liquid.",
                "[doctor] So, Tylenol four mLs every four to six hours as needed."))
                .noneMatch(l -> l.contains("codeine") || l.contains("Tylenol 4 "));
    }

    @Test
    void aScoredChecklistItemIsNotDeniedByTheItemBefore() {
        assertThat(hpi("[patient] I took a knock to the head at rugby on Saturday.",
                "[doctor] On the checklist you marked headache three, don't feel right two, trouble remembering "
                        + "two, and fatigue two.", "[doctor] I think this is a concussion."))
                .noneMatch(l -> l.contains("denies") && l.contains("memory"))
                .noneMatch(l -> l.contains("right memory") || l.contains("right trouble"));
    }

    @Test
    void troubleSwallowingSpitDeniedIsNotDysphagiaDenied() {
        assertThat(hpi("[patient] My throat is agony, I can hardly swallow.",
                "[doctor] Any trouble swallowing your spit, or drooling?", "[patient] No, none of that.",
                "[doctor] I think this is tonsillitis."))
                .noneMatch(l -> l.contains("denies dysphagia"));
    }

    @Test
    void aRiskOfOverdosingIsNoDiagnosis() {
        assertThat(plan("[patient] My throat is really sore.", "[doctor] I think this is tonsillitis.",
                "[doctor] For the pain, paracetamol one gram up to four times a day. Cold and flu sachets have "
                        + "paracetamol in them too, so please don't take them as well, you could overdose without "
                        + "realising."))
                .noneMatch(l -> l.contains("overdose."));
    }

    @Test
    void aScoresCriterionIsNoSeverity() {
        assertThat(plan("[patient] My throat is really sore and I've had a fever.",
                "[doctor] Let me look. Your tonsils are red with pus on them.",
                "[doctor] It looks like tonsillitis. A point for fever, that's one. A point for pus, that's two. A "
                        + "point for severely inflamed tonsils, and yours are inflamed but not severely, so no.",
                "[doctor] So no antibiotics. Paracetamol and fluids."))
                .anyMatch(l -> l.matches("1\\. (?:Likely )?tonsillitis\\."))
                .noneMatch(l -> l.matches("(?i)1\\. (?:Likely )?severe.*"));
    }

    @Test
    void theSamePillowsAsUsualIsNoOrthopnoea() {
        assertThat(Visits.lines(Visits.draft("[patient] My breathing is worse this week.",
                "[doctor] Are you needing more pillows than usual at night?", "[patient] Same three pillows.",
                "[doctor] I think this is a flare of your COPD.")))
                .noneMatch(l -> l.contains("Endorses orthopnea") || l.contains("reports orthopnea"));
    }

    @Test
    void aPossibleSwitchIsNoStart() {
        assertThat(plan("[parent] She's been pulling at her ear and has a temperature.",
                "[doctor] I think this is an ear infection. I'm starting amoxicillin, five mLs twice a day for seven "
                        + "days.",
                "[doctor] If she's no better after two days on it, call us, because we might need to switch her to "
                        + "something stronger like co-amoxiclav."))
                .anyMatch(l -> l.contains("Start amoxicillin 5 mL twice daily"))
                .noneMatch(l -> l.contains("Start co-amoxiclav") || l.contains("Start Augmentin"));
    }

    @Test
    void aHigherDoseForNowThanTheUsualIsAnIncrease() {
        List<String> note = Visits.lines(Visits.draft("[patient] I'm wheezy and tight today.",
                "[doctor] How often are you using the salbutamol?", "[patient] Six or seven times a day.",
                "[doctor] I think this is a flare of your asthma. For the salbutamol, normally it's two puffs when "
                        + "needed. For the next few days, use four to six puffs through the spacer every four hours "
                        + "when you need it.",
                "[doctor] So, salbutamol four to six puffs by spacer every four hours as needed for now."));
        assertThat(note).anyMatch(l -> l.startsWith("Current medications: salbutamol") && l.contains("2 puffs"))
                .anyMatch(l -> l.contains("Increase salbutamol") && l.contains("from 2 puffs to 4-6 puffs"))
                .noneMatch(l -> l.contains("Continue salbutamol"));
    }

    @Test
    void aDoseReadBackWithoutItsUnitKeepsTheUnitToldBefore() {
        assertThat(Visits.lines(Visits.draft("[patient] I'm tired all the time, and my hands are dry.",
                "[doctor] What do you take?", "[patient] I've got levothyroxine, a hundred micrograms. And cetirizine.",
                "[doctor] Your thyroid test last month was normal. I think this is insomnia.",
                "[doctor] So, the plan. Levothyroxine 100, cetirizine and vitamin D carry on. Try a regular bedtime.")))
                .noneMatch(l -> l.contains("100 mg"))
                .anyMatch(l -> l.contains("Continue levothyroxine 100 mcg"));
    }

    @Test
    void aLossOfConsciousnessTheClinicianCallsPossibleIsNotDenied() {
        assertThat(hpi("[patient] I got kicked in the head at football on Sunday. I didn't pass out though.",
                "[mother] The ref said you were lying there and didn't answer for about ten seconds.",
                "[doctor] To sum up, a concussion, with possible brief loss of consciousness."))
                .anyMatch(l -> l.equals("Possible brief loss of consciousness."))
                .noneMatch(l -> l.contains("denies syncope"));
    }

    @Test
    void drinkingFluidsIsNoAlcohol() {
        assertThat(hpi("[patient] My throat is so sore.", "[doctor] Are you managing to eat and drink?",
                "[patient] Drinking, yes, though it hurts. Eating's hard.", "[doctor] I think this is tonsillitis."))
                .noneMatch(l -> l.startsWith("Social history") && l.toLowerCase().contains("drinking"));
    }

    @Test
    void whatPetrolCostsIsNoHistory() {
        assertThat(hpi("[patient] Sorry I'm late. I've just paid one fifty-nine a litre for petrol, so I'm not in "
                        + "the best mood.",
                "[patient] I've been having hot flushes and night sweats for about a year.",
                "[doctor] I think this is the menopause."))
                .noneMatch(l -> l.contains("petrol") || l.contains("litre"));
    }

    @Test
    void theReactionToldAfterTheAllergyIsNoComplaint() {
        assertThat(Visits.lines(Visits.draft("[patient] My chest has been tight since Friday.",
                "[doctor] What tablets are you on?",
                "[patient] Just the water tablet. No allergies, except erythromycin. Made me vomit for days.",
                "[doctor] I think this is a chest infection.")))
                .anyMatch(l -> l.startsWith("Allergies: erythromycin (vomiting)"))
                .noneMatch(l -> l.contains("Endorses vomiting") || l.contains("reports vomiting"));
    }
}
