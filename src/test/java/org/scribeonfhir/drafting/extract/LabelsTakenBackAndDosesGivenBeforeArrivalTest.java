package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * Defects of the 2.5.89 read (`src/challenge/reads/2.5.89`), each written again in our own words: allergy labels the
 * clinician says are wrong, a relative's allergy, doses the team gives in the room (said before the drug, as a volume
 * after a strength, as "we gave him"), denials taken back, a glucose in mmol/L, the type of diabetes, a dose fixed in
 * the next sentence, a course long over.
 */
class LabelsTakenBackAndDosesGivenBeforeArrivalTest {

    private static List<String> all(String... lines) {
        return Visits.lines(Visits.draft(lines));
    }

    private static String line(List<String> note, String start) {
        return note.stream().filter(l -> l.startsWith(start)).findFirst().orElse("");
    }

    @Test
    void aLabelTheClinicianCallsWrongAfterAWeekOfAmoxicillinLeavesTheList() {
        List<String> note = all("[patient] I've had a sore throat for three days.",
                "[doctor] Any allergies?",
                "[patient] Penicillin, it says on my record.",
                "[doctor] Do you know what happened?",
                "[patient] Mum said I got a rash as a baby. But I had amoxicillin in the spring, a full week, and "
                        + "nothing happened at all.",
                "[doctor] Amoxicillin is a penicillin, so that label probably isn't right.");
        assertThat(line(note, "Allergies")).doesNotContain("penicillin");
    }

    @Test
    void aChildWhoTookAmoxicillinForTenDaysIsProbablyNotAllergicAndIsGivenNoNewCourse() {
        List<String> note = all("[mother] He has had a red patch on his arm for a week.",
                "[doctor] Any allergies to medicines?",
                "[mother] Penicillin, from when he was a baby.",
                "[doctor] Has he had amoxicillin since then?",
                "[mother] Yes, in March, for his ear. Ten days. No rash.",
                "[doctor] So he took amoxicillin for ten days without any reaction. That means he's probably not "
                        + "allergic to penicillin. I'll update his chart.",
                "[doctor] So this is ringworm of the skin. Clotrimazole cream twice a day for two weeks.");
        assertThat(line(note, "Allergies")).doesNotContain("penicillin");
        assertThat(note).noneMatch(l -> l.contains("Start amoxicillin"));
    }

    @Test
    void crabEatenWithoutTroubleDisprovesAShellfishLabelTheClinicianDoubts() {
        List<String> note = all("[patient] I keep getting itchy welts on my arms.",
                "[patient] I thought it was seafood, because I'm allergic to shellfish.",
                "[doctor] Tell me about the shellfish allergy.",
                "[patient] I had a swollen lip after mussels when I was five. But I ate crab at a wedding in June "
                        + "and I was fine.",
                "[doctor] So you ate crab in June with no reaction at all.",
                "[patient] None.",
                "[doctor] Then you tolerate crab, so that label probably doesn't hold.");
        assertThat(line(note, "Allergies")).doesNotContain("shellfish").doesNotContain("crab");
    }

    @Test
    void aMothersAllergyTheClinicianNamesAsHersIsNotThePatients() {
        List<String> note = all("[patient] I hurt my knee skiing yesterday.",
                "[doctor] Allergies?",
                "[patient] Codeine. I get itchy.",
                "[patient] Oh, and my mom's actually allergic to latex, like real hives. She said to tell you.",
                "[doctor] That's your mom's allergy, so it's not on your chart, but no harm, we use latex-free "
                        + "gloves here anyway.");
        assertThat(line(note, "Allergies")).doesNotContain("latex");
    }

    @Test
    void aNurseSayingTheDoseBeforeTheDrugGivesItInTheRoomAndNothingIsStarted() {
        List<String> note = all("[patient] My ankle is killing me, I landed on it badly.",
                "[doctor] So, I'd like to give you morphine for the pain. Can we do morphine ten milligrams IV.",
                "[doctor] Actually, she's small, let's do five milligrams IV.",
                "[nurse] Five milligrams morphine IV, going in now, right hand.",
                "[doctor] So this is an ankle fracture.");
        assertThat(note).anyMatch(l -> l.contains("Morphine 5 mg IV given in clinic"))
                .noneMatch(l -> l.contains("Start morphine") || l.contains("Continue morphine"));
    }

    @Test
    void aLocalAnaestheticSaidAsStrengthThenVolumeIsGivenWithItsVolume() {
        List<String> note = all("[patient] My finger is stuck bent, it clicks.",
                "[doctor] So this is a trigger finger. Cleaning the skin. Lidocaine two percent, three mLs, into "
                        + "the tendon sheath of the ring finger. A little pressure.");
        assertThat(note).anyMatch(l -> l.contains("Lidocaine 3 mL by injection into the tendon sheath given"));
    }

    @Test
    void dextroseTheNurseSaysTheyGaveOnArrivalIsGivenNotLeftOut() {
        List<String> note = all("[patient] I had a bad hypo at work.",
                "[nurse] And we gave him a hundred and fifty mils of ten percent dextrose IV when he came in.",
                "[doctor] So this is a severe hypoglycaemia.");
        assertThat(note).anyMatch(l -> l.contains("Dextrose 150 mL IV given in clinic"));
    }

    @Test
    void aFluJabGivenWhileTheHistoryIsTakenIsGivenInTheVisit() {
        List<String> note = all("[patient] My leg has been weeping for a month.",
                "[doctor] Now, the flu jab, you haven't had it this year. Would you like it while I'm here?",
                "[patient] Go on then.",
                "[doctor] Sharp scratch. That's the flu vaccine, nought point five mil, into the muscle of the left "
                        + "upper arm. All done.",
                "[doctor] Any chest pain?",
                "[patient] No.");
        assertThat(note).anyMatch(l -> l.contains("(influenza vaccine) 0.5 mL IM") && l.contains("given in clinic"));
    }

    @Test
    void tinglingToldAfterANoToNumbnessOrTinglingLeavesNumbnessUndenied() {
        List<String> note = all("[patient] My shoulder popped out.",
                "[doctor] Any numbness or tingling in the arm or hand?",
                "[patient] No.",
                "[doctor] What about here, the outside of the upper arm?",
                "[patient] Actually, yeah, it's kind of tingly there.");
        assertThat(note).noneMatch(l -> l.contains("enies numbness"));
    }

    @Test
    void aBlackoutConcededAfterTheHusbandSpeaksUpIsNotDenied() {
        List<String> note = all("[patient] I get giddy when I stand up.",
                "[doctor] Any fainting, any blackouts?",
                "[patient] No, no fainting.",
                "[husband] One time, doctor. At the market. She sat down suddenly and went white.",
                "[patient] That was not fainting, I just sat. Okay, maybe I blacked out for a second.");
        assertThat(note).noneMatch(l -> l.contains("enies syncope") || l.contains("enies fainting"));
    }

    @Test
    void drinksOwnedUpToAfterAJustACokeReplaceTheDenial() {
        List<String> note = all("[patient] I went wobbly after the match.",
                "[doctor] Did you have anything to drink at the match? Alcohol, I mean.",
                "[patient] No, no. Just a Coke.",
                "[partner] Rhys.",
                "[patient] Okay, a couple. Five pints. But over like five hours. They were six pounds each.");
        assertThat(line(note, "Social history")).doesNotContain("does not drink").contains("5 pints")
                .doesNotContain("pounds");
    }

    @Test
    void warfarinTakenForSixMonthsThenStoppedIsNotCurrent() {
        List<String> note = all("[patient] This ulcer on my leg keeps weeping.",
                "[doctor] Have you had any clots in your legs, ever?",
                "[patient] After my knee in 2004. I had the warfarin tablets for six months, then stopped.");
        assertThat(line(note, "Current medications")).doesNotContain("warfarin");
    }

    @Test
    void aSugarWithADecimalPointIsInMillimolesAndAnA1cIsNoSugar() {
        List<String> note = all("[patient] I came over all shaky on the bus.",
                "[doctor] The ambulance sheet says your sugar was two point one when they got to you, about twenty "
                        + "to six.",
                "[doctor] And your A1c, the average of your sugar, was six point nine.");
        assertThat(note).anyMatch(l -> l.contains("Glucose: 2.1 mmol/L")).noneMatch(l -> l.contains("Glucose: 20"))
                .noneMatch(l -> l.contains("Glucose: 6.9"));
    }

    @Test
    void confusedWithTheOldPrescriptionIsNoConfusion() {
        List<String> note = all("[patient] I'm tired in the afternoons.",
                "[patient] Sorry, doctor, I get confused with the old prescription.");
        assertThat(note).noneMatch(l -> l.toLowerCase().contains("confusion"));
    }

    @Test
    void typeOneDiabetesConfirmedMakesTheDiabetesNurseType1() {
        List<String> note = all("[doctor] You're twenty, type 1 diabetes, is that right?",
                "[patient] Yeah, since I was nine. I had a bad low today.",
                "[patient] The diabetes nurse changed my Lantus in the summer.",
                "[doctor] So this is a hypoglycaemia. I'll let your diabetes team know.");
        assertThat(note).noneMatch(l -> l.contains("ype 2 diabetes")).anyMatch(l -> l.contains("ype 1 diabetes"));
    }

    @Test
    void aDoseFixedInTheNextSentenceAfterLetMeFixThatIsTheDose() {
        List<String> note = all("[mother] He has a scaly bald patch on his head.",
                "[doctor] So this is tinea capitis. I'll prescribe terbinafine, one tablet a day of two hundred "
                        + "fifty milligrams for four weeks.",
                "[interpreter] Two hundred fifty, one tablet.",
                "[doctor] Oh, no, wait, sorry, let me fix that. At twenty kilos he's under twenty-five, so it's one "
                        + "hundred twenty-five milligrams once a day.");
        assertThat(note).anyMatch(l -> l.contains("terbinafine 125 mg")).noneMatch(l -> l.contains("1 tablet"));
    }

    @Test
    void theDtapPolioBoosterAndMmrTheNurseGivesAreGivenNotRecommended() {
        List<String> note = all("[mother] She has a cough.",
                "[doctor] So this is a cold. Now, she's missing the DTaP-polio booster and the second MMR. Can we "
                        + "do those today?",
                "[mother] Yes.",
                "[nurse] Big brave squeeze. Kinrix, zero point five milliliters, intramuscular in the left deltoid. "
                        + "And MMR, zero point five milliliters, subcutaneous in the right arm. All done.");
        assertThat(note).noneMatch(l -> l.contains("Recommend"))
                .anyMatch(l -> l.contains("MMR (measles-mumps-rubella vaccine) 0.5 mL subcutaneously given"));
    }

    @Test
    void paracetamolSaidForPeriodsAfterStopTheIbuprofenIsNotStopped() {
        List<String> note = all("[patient] I get hives nearly every evening.",
                "[patient] I take ibuprofen for period pain, and paracetamol sometimes.",
                "[doctor] So this is chronic urticaria. Stop the ibuprofen, paracetamol for periods.");
        assertThat(note).anyMatch(l -> l.contains("Stop ibuprofen"))
                .noneMatch(l -> l.contains("Stop paracetamol"));
    }

    @Test
    void fentanylHadForWisdomTeethIsAPastDoseNotACurrentMedicine() {
        List<String> note = all("[patient] I dislocated my shoulder.",
                "[patient] I had fentanyl when I got my wisdom teeth out, it was totally fine.");
        assertThat(line(note, "Current medications")).doesNotContain("fentanyl");
    }

    @Test
    void aReferralTurnedDownAfterAskingItsCostIsDeclined() {
        List<String> note = all("[patient] I get hives nearly every evening.",
                "[doctor] So this is chronic urticaria. I can refer you to the immunologist in town.",
                "[patient] How much would that be?",
                "[doctor] About two hundred dollars.",
                "[patient] Nah, let's see if the tablets work first.",
                "[doctor] Fair enough. I'll note you'd rather wait.");
        assertThat(note).anyMatch(l -> l.contains("Offered referral to") && l.contains("declined"))
                .noneMatch(l -> l.startsWith("• Specialist Referrals: Referral"));
    }

    @Test
    void anEmergencyInjectionToCarryIsNoDrugStartedToday() {
        List<String> note = all("[patient] I'm here for my Addison's review.",
                "[doctor] So this is Addison's disease, well controlled. So the plan is this.",
                "[doctor] Emergency kit: always carry the hydrocortisone injection, one hundred milligrams, and the "
                        + "card. If you vomit more than once, your husband gives it in the thigh.");
        assertThat(note).noneMatch(l -> l.contains("Start hydrocortisone"))
                .anyMatch(l -> l.contains("Emergency supply: hydrocortisone 100 mg"));
    }

    @Test
    void tabletsOfTheHundredMakeUpTheDoseAndAreNoDoseOfTheirOwn() {
        List<String> note = all("[patient] I get giddy when I stand up.",
                "[doctor] And the fludrocortisone?",
                "[patient] One tablet, hundred micrograms, in the morning.",
                "[doctor] So this is postural hypotension. I'll increase fludrocortisone to one hundred and fifty "
                        + "micrograms daily. That's one and a half tablets of the hundred every morning.");
        assertThat(note).anyMatch(l -> l.contains("Increase fludrocortisone from 100 mcg to 150 mcg"));
    }

    @Test
    void twoTabletsOnTheFirstDayThenOneIsALoadingDoseOfTheStrengthSaid() {
        List<String> note = all("[patient] My leg ulcer is weeping.",
                "[doctor] So this is a venous leg ulcer. I'll also leave a prescription for doxycycline, one "
                        + "hundred milligrams, two on the first day then one a day for seven days in total. But "
                        + "only start it if the redness spreads.");
        assertThat(note).anyMatch(l -> l.contains("doxycycline 200 mg on the first day, then 100 mg daily"));
    }

    @Test
    void makeThatFourHundredPlentyWithTheAcetaminophenCorrectsTheIbuprofen() {
        List<String> note = all("[patient] I fell on my wrist skating.",
                "[doctor] So this is a buckle fracture of the wrist. So the plan is this.",
                "[doctor] For pain, acetaminophen one gram every six hours, and ibuprofen six hundred milligrams "
                        + "three times a day with food. Actually, make that four hundred, three times a day with "
                        + "food, that's plenty with the acetaminophen.");
        assertThat(note).anyMatch(l -> l.contains("ibuprofen 400 mg three times daily"))
                .noneMatch(l -> l.contains("600 mg"));
    }
}
