package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * Defects of the 2.5.91 read (`src/challenge/reads/2.5.91`) in our own words: others' medicines, allergies and
 * conditions stay theirs, a correction wins, past and declined medicines are not current, doses given here are given.
 */
class OthersMedicinesCorrectionsAndDosesGivenHereTest {

    private static List<String> all(String... lines) {
        return Visits.lines(Visits.draft(lines));
    }

    private static String line(List<String> note, String start) {
        return note.stream().filter(l -> l.startsWith(start)).findFirst().orElse("");
    }

    @Test
    void theHusbandsBloodThinnerNamedAsHisStaysOffHerList() {
        List<String> note = all("[patient] My knee gave way on the stairs.",
                "[doctor] What tablets do you take?",
                "[patient] Ramipril five milligrams in the morning.",
                "[doctor] And allergies?",
                "[patient] Codeine, I came out in hives.",
                "[husband] And I'm the one on the blood thinner, apixaban, for my rhythm, so don't mix us up.",
                "[doctor] Noted: hives with codeine for Greta, and the apixaban is Desmond's, not yours. Any falls "
                        + "before?",
                "[patient] None.");
        assertThat(line(note, "Current medications")).contains("ramipril").doesNotContain("apixaban");
    }

    @Test
    void aCreamNamedAsTheSonInLawsIsNotHers() {
        List<String> note = all("[daughter] Mum has an itchy rash on her hands.",
                "[doctor] Any creams or medicines?",
                "[daughter] She takes lisinopril ten milligrams daily.",
                "[doctor] Okay.",
                "[daughter] Should she keep Farid's hydrocortisone cream or throw it away?",
                "[doctor] It's Farid's, he can keep it.");
        assertThat(line(note, "Current medications")).contains("lisinopril").doesNotContain("hydrocortisone");
    }

    @Test
    void aBrothersMedicineTheMotherAsksToGiveIsNotTheChilds() {
        List<String> note = all("[mother] She has had runny poos since Monday.",
                "[doctor] Anyone else unwell?",
                "[mother] Her brother had the same. Can I give her some of his Imodium?",
                "[doctor] No, loperamide isn't safe at her age.");
        assertThat(line(note, "Current medications")).doesNotContain("loperamide").doesNotContain("Imodium");
    }

    @Test
    void aConditionTheDaughterGivesToHisCreamIsNotTheMothers() {
        List<String> note = all("[doctor] Hello Mrs. Adeyemi, and you must be her daughter.",
                "[daughter] Yes. Mum has an itchy rash on her fingers and she can't sleep with it.",
                "[doctor] Has she used anything on it?",
                "[daughter] The steroid cream of my husband. It's for his psoriasis.",
                "[doctor] Okay, she should stop that. I'll examine her hands.");
        assertThat(note).noneMatch(l -> l.startsWith("Past medical history") && l.contains("psoriasis"));
    }

    @Test
    void theWifesPenicillinAllergyReadBackAsNoneOfHisIsNotListed() {
        List<String> note = all("[patient] I've a cough for a week.",
                "[doctor] Any allergies to medicines?",
                "[patient] Doxycycline, it gave me a blistering rash.",
                "[wife] And penicillin is mine, not his.",
                "[doctor] Thanks. Doxycycline allergy with a blistering rash for you, and no penicillin allergy. "
                        + "Any other tablets?",
                "[patient] No.");
        assertThat(line(note, "Allergies")).contains("doxycycline").doesNotContain("penicillin");
    }

    @Test
    void theSistersAllergyToldWithSheIsNotTheBoys() {
        List<String> note = all("[father] He fell off his scooter and cut his knee.",
                "[doctor] I see an amoxicillin allergy on his notes?",
                "[father] No, that's his sister Maisie. She came out in a rash with amoxicillin as a baby.",
                "[doctor] Has Otis ever had amoxicillin himself?",
                "[father] Yes, twice, no problems.",
                "[doctor] Then I'm taking the amoxicillin allergy off Otis's record.");
        assertThat(note).noneMatch(l -> l.startsWith("Allergies") && l.contains("amoxicillin"));
    }

    @Test
    void aLabelTakenOffBeforeTheNextAllergyIsAskedKeepsTheNextAllergy() {
        List<String> note = all("[patient] My ankle is swollen.",
                "[doctor] Your record says you react to codeine. What happened?",
                "[patient] That was my dad. I've had co-codamol since, no problem.",
                "[doctor] Then you're not allergic, and I'll take that off your record. Any real allergies?",
                "[patient] Clarithromycin. My face swelled up and I came out in hives.",
                "[doctor] Clarithromycin allergy with facial swelling and hives.");
        assertThat(line(note, "Allergies")).contains("clarithromycin").doesNotContain("codeine");
    }

    @Test
    void theDoseTheWifePutsRightAndTheDoctorSaysBackWins() {
        List<String> note = all("[patient] I've a sore back.",
                "[doctor] What are you taking?",
                "[patient] The water tablet, furosemide, twenty milligrams in the morning.",
                "[wife] Forty. They doubled it at Easter.",
                "[patient] Did they? Forty so.",
                "[doctor] Furosemide forty in the morning, right. Anything else?",
                "[patient] No.");
        assertThat(line(note, "Current medications")).contains("furosemide 40 mg").doesNotContain("20 mg");
    }

    @Test
    void theChartDoseTheDoctorReadsOutReplacesTheInterpretersFirstNumber() {
        List<String> note = all("[interpreter] She says her feet are numb.",
                "[doctor] What medicines does she take?",
                "[interpreter] She says gliclazide, forty milligrams, once a day.",
                "[daughter] It went up last month. Eighty now.",
                "[doctor] Yes, I can see it on the record: gliclazide eighty milligrams once a day.");
        assertThat(line(note, "Current medications")).contains("gliclazide 80 mg").doesNotContain("40 mg");
    }

    @Test
    void aFrequencyTakenBackBetweenDashesKeepsTheCorrection() {
        List<String> note = all("[patient] I've cold sores again.",
                "[doctor] So this is herpes labialis. I'll start aciclovir, four hundred milligrams three times a "
                        + "day — sorry, five times a day — for five days.");
        assertThat(note).anyMatch(l -> l.contains("aciclovir") && l.contains("5 times a day"))
                .noneMatch(l -> l.contains("aciclovir") && l.contains("three times daily"));
    }

    @Test
    void aShortCourseThatIsLongFinishedIsNotCurrentAndItsKneeIsNoComplaint() {
        List<String> note = all("[patient] I've a burning pain across my ribs.",
                "[doctor] What are you taking?",
                "[patient] Amlodipine five milligrams. And I had a short course of prednisolone last winter when my "
                        + "hip flared up. That's long finished.",
                "[doctor] And for the pain this week?",
                "[patient] Paracetamol, two tablets four times a day.");
        assertThat(line(note, "Current medications")).contains("amlodipine").doesNotContain("prednisolone");
        assertThat(note).noneMatch(l -> l.contains("hip pain"));
    }

    @Test
    void dropsTheHealthVisitorStoppedAreNotCurrent() {
        List<String> note = all("[mother] He's been sick since yesterday.",
                "[doctor] Any medicines usually?",
                "[mother] Nothing every day. He was also on iron drops when he was a baby, but the health visitor "
                        + "stopped those at his one-year check.");
        assertThat(note).noneMatch(l -> l.startsWith("Current medications") && l.contains("Iron drops"));
    }

    @Test
    void aTabletOfferedAsTheOtherOptionAndTurnedDownIsNotStarted() {
        List<String> note = all("[patient] I've an itchy rash at night, between my fingers.",
                "[doctor] Let me have a look at your hands.", "[patient] Okay.",
                "[doctor] There are burrows in the finger webs. So this is scabies.",
                "[doctor] The treatment is a cream called permethrin, all over from the neck down.",
                "[doctor] The other option, since the cream is messy and you live alone, is a tablet called "
                        + "ivermectin, two doses a week apart. Would you prefer that?",
                "[patient] No tablets, I'll do the cream.");
        assertThat(note).noneMatch(l -> l.contains("Start ivermectin"))
                .anyMatch(l -> l.contains("Ivermectin not prescribed"));
    }

    @Test
    void aDoseOrderedForNowAndGivenByTheNurseLaterIsGivenNotStarted() {
        List<String> note = all("[mother] He keeps vomiting.",
                "[doctor] So this is gastroenteritis. I'd like to give him an anti-sickness medicine now, "
                        + "ondansetron, four milligrams by mouth.",
                "[mother] Okay.",
                "[doctor] Then small sips of the rehydration drink.",
                "[mother] Right.",
                "[doctor] It's warm out today.",
                "[mother] It is.",
                "[doctor] Nurse, can you give the ondansetron?",
                "[nurse] Ondansetron four milligrams by mouth, given at two fifteen.");
        assertThat(note).anyMatch(l -> l.contains("Ondansetron 4 mg") && l.contains("given in clinic"))
                .noneMatch(l -> l.contains("Start ondansetron"));
    }

    @Test
    void aHomeDoseSaidWithWhenToGiveItIsPrescribedNotPutOnAnotherDrug() {
        List<String> note = all("[mother] She has a fever and diarrhoea.",
                "[doctor] Let me examine her. Her tummy is soft.",
                "[doctor] So this is gastroenteritis. You can take her home. I'm giving you zinc, twenty milligrams "
                        + "once a day for ten days. Panado five mL every six hours if she's sore or hot, no more than "
                        + "four doses a day.");
        assertThat(note).anyMatch(l -> l.contains("Zinc") && l.contains("20 mg daily"))
                .anyMatch(l -> l.contains("Panado") && l.contains("5 mL every 6 hours"))
                .noneMatch(l -> l.contains("Zinc") && l.contains("every 6 hours"));
    }

    @Test
    void tabletsHandedOverByTheDoctorAreGivenInClinicWithTheirRoute() {
        List<String> note = all("[patient] My right breast is red and sore.",
                "[doctor] So this is mastitis. I'll start flucloxacillin five hundred milligrams four times a day "
                        + "for ten days, and give you the first dose now.",
                "[patient] Thanks.",
                "[doctor] Here you go. Flucloxacillin five hundred milligrams, one capsule, and paracetamol one gram, "
                        + "both by mouth.");
        assertThat(note).anyMatch(l -> l.contains("Flucloxacillin 500 mg by mouth given in clinic"))
                .anyMatch(l -> l.contains("Paracetamol") && l.contains("1 g by mouth given in clinic"));
    }

    @Test
    void theNurseSaysTheVaccineSiteAndTheNumbingGelSite() {
        List<String> note = all("[father] A dog bit his hand.",
                "[doctor] So this is a dog bite. He needs a tetanus booster and some numbing gel first.",
                "[nurse] Here's the numbing gel. LET gel to the right hand at three-oh-two.",
                "[nurse] Tdap, zero point five mL, intramuscular, left deltoid, given at three-oh-nine.");
        assertThat(note).anyMatch(l -> l.contains("0.5 mL IM into the left deltoid") && l.contains("given in clinic"))
                .anyMatch(l -> l.contains("LET gel") && l.contains("topically to the right hand"));
    }

    @Test
    void salineUsedToWashTheWoundIsNoMedicine() {
        List<String> note = all("[father] The dog bit his arm.",
                "[doctor] Let me look at the arm. Two puncture wounds, no tendon showing. So this is a dog bite.",
                "[doctor] Okay, the gel's been on twenty minutes. Priya's irrigating the forearm wounds with five "
                        + "hundred mL of saline now.",
                "[nurse] Irrigation done, five hundred mL normal saline, dressing applied to the left forearm.");
        assertThat(note).noneMatch(l -> l.contains("Start") && l.contains("sodium chloride"));
    }

    @Test
    void theBiteTheFatherReportsOnArrivalIsTheComplaintNotALaterSweat() {
        List<String> note = all("[doctor] Hi, you must be Ezra.",
                "[father] Yeah. He got bit by the neighbor's dog.",
                "[doctor] Can you tell me what happened?",
                "[patient] I reached over the fence for my frisbee.",
                "[patient] I'm sweating, it's hot in here.");
        assertThat(note.get(note.indexOf("CHIEF COMPLAINT") + 1)).isEqualTo("Animal bite.");
    }

    @Test
    void aYesToWalkingWithoutMuchPainDeniesThePain() {
        List<String> note = all("[patient] I fell onto my right side yesterday.",
                "[doctor] Can you walk on that leg without much pain?",
                "[patient] Yes, it's just a bruise.");
        assertThat(note).noneMatch(l -> l.contains("Endorses leg pain") || l.contains("reports leg pain"));
    }

    @Test
    void theIllnessADrugWasGivenForIsNoSideEffectOfIt() {
        List<String> note = all("[patient] I get spinning when I roll over.",
                "[doctor] Had anything for dizziness before?",
                "[patient] Three years ago a walk-in clinic gave me prochlorperazine, five milligrams, three times a "
                        + "day, when I had a dizzy spell. I took it for a week and stopped.");
        assertThat(note).noneMatch(l -> l.contains("side effects of prochlorperazine"));
    }

    @Test
    void anAgeAnsweredByTheMotherIsTheChildsButAMothersAnswerAboutHerBabyIsNotHers() {
        assertThat(all("[doctor] How old is Ada now?", "[mother] Fourteen months.", "[doctor] And what's been "
                + "happening?", "[mother] She has a cough.")).anyMatch(l -> l.contains("14-month-old"));
        List<String> mother = all("[doctor] How old is the baby now?", "[patient] He's four weeks.",
                "[doctor] And what's brought you in?", "[patient] My left breast is sore.");
        assertThat(mother).noneMatch(l -> l.contains("4-week-old"));
    }

    @Test
    void theInterpreterIntroducedByTitleIsNotThePatient() {
        List<String> note = all("[doctor] Hello. This must be Thandi. And we've got Mr. Okonkwo-Reid here from the "
                        + "interpreting service. Mr. Okonkwo-Reid, thank you for coming.",
                "[interpreter] Good morning.",
                "[doctor] What's been happening?",
                "[mother] She has been vomiting since last night.");
        assertThat(note).noneMatch(l -> l.contains("Okonkwo-Reid"));
    }

    @Test
    void aMidwifeOnThePhoneReportsHistoryNotTodaysVitals() {
        List<String> note = all("[patient] My right breast is red and I feel feverish.",
                "[doctor] Let me get Aroha on the phone. Hi Aroha, you're on speaker.",
                "[midwife] Hi. Her blood pressure was one twenty-two over seventy-six on Friday.",
                "[doctor] Thanks. Let me examine you. Temperature thirty-eight point two, blood pressure one sixteen "
                        + "over seventy.");
        assertThat(line(note, "• Vitals")).contains("116/70").doesNotContain("122/76");
    }

    @Test
    void aYearSaidInTwoHalvesIsWrittenAsAYear() {
        List<String> note = all("[patient] I've a rash.",
                "[doctor] Any medicines in the past?",
                "[patient] I had amoxicillin for a chest infection in twenty twenty-one, a full week of it, no "
                        + "trouble.");
        assertThat(note).noneMatch(l -> l.contains("twenty-one"))
                .noneMatch(l -> l.startsWith("Current medications") && l.contains("amoxicillin"));
    }

    @Test
    void aVisitOverVideoIsNotATelephoneVisit() {
        List<String> note = all("[doctor] Hello, can you hear me okay? I can see you both.",
                "[patient] Yes. I get dizzy when I roll over.",
                "[doctor] Can you keep the camera on your feet and walk to the door?");
        assertThat(note).noneMatch(l -> l.contains("Telephone consultation"));
    }
}
