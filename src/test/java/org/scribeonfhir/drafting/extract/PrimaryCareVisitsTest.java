package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.visit.Medication;
import org.scribeonfhir.drafting.visit.Presence;
import org.scribeonfhir.drafting.visit.Symptom;
import org.scribeonfhir.drafting.visit.VisitModel;

/**
 * Shapes of a general-practice consultation (cs-i dev visits): safety-netting with its trigger, over-the-counter
 * advice, a sick note, a drug swapped for another, UK drug and symptom words, a patient saying a word back.
 */
class PrimaryCareVisitsTest {

    private static final String OPEN = "[doctor] Hello, what can I do for you today?";
    private static final String LOOK = "[doctor] Let me have a look. Your temperature is 37.1.";

    private static List<String> plan(String... lines) {
        return Visits.lines(Visits.draft(lines), "ASSESSMENT AND PLAN");
    }

    private static Medication med(VisitModel v, String drug) {
        return v.medications().stream().filter(m -> m.drug().equals(drug)).findFirst().orElse(null);
    }

    @Test
    void safetyNetKeepsItsTriggerBesideWhereToGo() {
        assertThat(plan(OPEN, "[patient] I've had diarrhoea since Sunday.",
                "[doctor] I think this is a viral gastroenteritis. If you see any blood in your stools or you can't "
                        + "keep fluids down, you need to go to A&E.", "[patient] Okay."))
                .contains("• Patient Education and Counseling: Advised to go to A&E if the patient sees any blood in "
                        + "their stools or they cannot keep fluids down.");
    }

    @Test
    void emergencyNumberReadOutDigitByDigitIsWrittenAsDigits() {
        assertThat(plan(OPEN, "[patient] my arm went weak yesterday",
                LOOK, "[doctor] so this sounds like a tia",
                "[doctor] if the weakness comes back ring nine nine nine straight away",
                "[patient] okay"))
                .anyMatch(l -> l.contains("Advised to call 999 immediately if the weakness comes back."));
    }

    @Test
    void sickNoteIsAPlanLineButOneOnlyIfStillOffIsNot() {
        assertThat(plan(OPEN, "[patient] I've got a sore throat.",
                LOOK, "[doctor] So this looks like tonsillitis. I'll do you a sick note for a week.",
                "[patient] Thanks."))
                .contains("• Medical Treatment: Sick note for 1 week.");
        assertThat(plan(OPEN, "[patient] I've got a sore throat.",
                LOOK, "[doctor] So this looks like tonsillitis. If you're still off after a week, ring us and we'll "
                        + "do a fit note then.", "[patient] Thanks."))
                .noneMatch(l -> l.contains("Fit note"));
    }

    @Test
    void takeParacetamolForThePainIsAdviceToStartIt() {
        VisitModel v = Visits.read(OPEN, "[patient] I've got a sore throat.",
                LOOK, "[doctor] So this looks like tonsillitis. You can take paracetamol for the pain.",
                "[patient] Thanks.");
        assertThat(med(v, "acetaminophen")).isNotNull().extracting(Medication::action).isEqualTo("start");
    }

    @Test
    void twoFiveHundredMilligramTabletsAreOneGramADose() {
        VisitModel v = Visits.read(OPEN, "[patient] I've been sick.",
                "[doctor] I think it's a tummy bug. You can keep taking paracetamol, two 500 milligram tablets up to "
                        + "four times a day.", "[patient] Okay.");
        assertThat(med(v, "acetaminophen").dose()).isEqualTo("1000 mg");
    }

    @Test
    void aPatientAskingBackADrugNameIsNotTakingIt() {
        VisitModel v = Visits.read(OPEN, "[patient] it burns when i wee",
                "[doctor] this sounds like a urine infection so i'm going to give you nitrofurantoin",
                "[patient] nitro what sorry", "[doctor] nitrofurantoin one capsule twice a day for three days");
        assertThat(v.medications()).extracting(Medication::drug).doesNotContain("nitroglycerin");
    }

    @Test
    void aDrugThePatientWasGoingToTryIsNotTaken() {
        VisitModel v = Visits.read(OPEN, "[patient] I've had diarrhoea for two days.",
                "[doctor] Have you taken anything for it?",
                "[patient] Just paracetamol. I was going to try Imodium but I wasn't sure.");
        assertThat(v.medications()).extracting(Medication::drug).doesNotContain("loperamide");
    }

    @Test
    void aDrugSwappedForAnotherStopsTheFirstAndStartsTheSecond() {
        VisitModel v = Visits.read(OPEN, "[patient] my big toe is red and swollen", LOOK,
                "[doctor] so this is gout and the water tablet the bendroflumethiazide i'm going to stop because it "
                        + "raises the uric acid and swap it for amlodipine five milligrams once a day",
                "[patient] okay");
        assertThat(med(v, "bendroflumethiazide").action()).isEqualTo("stop");
        assertThat(med(v, "amlodipine").action()).isEqualTo("start");
    }

    @Test
    void anOrderAfterTheDrugNotChosenStands() {
        VisitModel v = Visits.read(OPEN, "[patient] my big toe is red and swollen", LOOK,
                "[doctor] so this is gout normally i'd use naproxen but with your stomach ulcer i'd rather not so "
                        + "we'll use colchicine five hundred micrograms twice a day", "[patient] okay");
        assertThat(med(v, "colchicine")).isNotNull().extracting(Medication::action).isEqualTo("start");
        assertThat(med(v, "naproxen")).isNull();
    }

    @Test
    void aRiskSaidBackByThePatientIsNoHistory() {
        VisitModel v = Visits.read(OPEN, "[patient] I get migraines with zigzag lines first.",
                "[doctor] So this is migraine with aura. The combined pill adds to the risk of a stroke so we need to "
                        + "stop it.", "[patient] A stroke, seriously?",
                "[doctor] The risk is small but it's real.");
        assertThat(v.history()).noneMatch(h -> h.text().contains("stroke"));
    }

    @Test
    void anArmThatWentWeakIsArmWeaknessAndSlurredSpeechHasNoSide() {
        VisitModel v = Visits.read(OPEN,
                "[patient] Yesterday my right arm went weak and my speech was slurred for twenty minutes.");
        assertThat(v.symptoms()).extracting(Symptom::name).contains("arm weakness", "slurred speech");
        assertThat(v.symptoms()).filteredOn(s -> s.name().equals("slurred speech"))
                .allMatch(s -> s.laterality() == null);
    }

    @Test
    void powerInAllFourLimbsIsTheNeurologicalExam() {
        assertThat(Visits.lines(Visits.draft(OPEN, "[patient] My arm went weak yesterday.",
                "[doctor] Let me examine you. Your power is normal in all four limbs and your speech is normal.",
                "[doctor] So this sounds like a TIA."), "PHYSICAL EXAM"))
                .anyMatch(l -> l.startsWith("• Neurological:") && l.contains("power"));
    }

    @Test
    void bloodInTheDiarrhoeaDeniedLeavesTheDiarrhoea() {
        VisitModel v = Visits.read(OPEN, "[patient] I've had diarrhoea since Tuesday.",
                "[doctor] Have you seen any blood in the diarrhoea?", "[patient] No, no blood.");
        assertThat(v.symptoms()).noneMatch(s -> s.name().equals("diarrhea") && s.presence() == Presence.DENIED)
                .anyMatch(s -> s.name().equals("hematochezia") && s.presence() == Presence.DENIED);
    }

    @Test
    void aCrampNotThereAllTheTimeIsNotConstant() {
        VisitModel v = Visits.read(OPEN, "[patient] I've had diarrhoea since Tuesday.", "[doctor] Any tummy pain?",
                "[patient] Crampy, just before I have to run to the loo. It's not there all the time.");
        assertThat(v.symptoms()).allMatch(s -> !"all the time".equals(s.timing()));
    }

    @Test
    void anUnpunctuatedQuestionAboutWhatMakesItWorseAnsweredNoAssertsNothing() {
        VisitModel v = Visits.read("[doctor] tell me about the headaches", "[patient] they're throbbing",
                "[doctor] are they worse first thing in the morning or when you cough or bend down",
                "[patient] no not really");
        assertThat(v.symptoms()).noneMatch(s -> s.name().equals("cough") && s.presence() == Presence.PRESENT);
    }

    @Test
    void britishDrugNamesAreTheirGenerics() {
        VisitModel v = Visits.read(OPEN, "[patient] I've got a sore throat.",
                "[doctor] This is tonsillitis. I'll give you phenoxymethylpenicillin 500 milligrams four times a day "
                        + "for ten days, and co-codamol for the pain.", "[patient] Thanks.");
        assertThat(v.medications()).extracting(Medication::drug)
                .contains("penicillin v potassium", "acetaminophen-codeine");
    }

    @Test
    void aWeightBasedDoseRangeIsNoWeightButTheChildWeighedIs() {
        assertThat(Visits.lines(Visits.draft(OPEN, "[parent] He fell on his wrist.",
                "[doctor] Let me have a look. The nurse weighed you at 24 kilos. The wrist is swollen and tender.",
                "[doctor] So it's a sprain. For pain, ibuprofen. Children's doses go by weight, 5 to 10 milligrams "
                        + "per kilogram, so at 24 kilos that's 200 milligrams three times a day."), "PHYSICAL EXAM"))
                .anyMatch(l -> l.contains("Weight 24 kg")).noneMatch(l -> l.contains("Weight 5")
                        || l.contains("mg/kg"));
    }

    @Test
    void aBuckleFractureIsTheDiagnosisNotAKneeThatBuckles() {
        VisitModel v = Visits.read(OPEN, "[parent] He fell on his wrist.", LOOK,
                "[doctor] So the X-ray shows a buckle fracture of the radius.");
        assertThat(v.symptoms()).noneMatch(s -> s.name().equals("joint instability"));
    }

    @Test
    void precautionsSaidBackByAParentAreNoComplaints() {
        VisitModel v = Visits.read(OPEN, "[parent] He fell on his wrist.", LOOK,
                "[doctor] So this is a buckle fracture. If his fingers go blue or numb, or the pain gets much worse, "
                        + "bring him straight back here or to A&E.",
                "[parent] Blue, numb, or much worse pain. Got it.");
        assertThat(v.symptoms()).noneMatch(s -> s.name().startsWith("numbness") && s.presence() == Presence.PRESENT);
        assertThat(Visits.lines(Visits.draft(OPEN, "[parent] He fell on his wrist.", LOOK,
                "[doctor] So this is a buckle fracture. If his fingers go blue, bring him straight back here.")))
                .contains("• Patient Education and Counseling: Advised to bring him straight back here if his fingers "
                        + "go blue.");
    }

    @Test
    void notBeenSickAnswersTheQuestionAboutVomiting() {
        VisitModel v = Visits.read(OPEN, "[parent] He fell on his wrist.", "[doctor] Has he been sick at all since?",
                "[parent] No, not been sick.");
        assertThat(v.symptoms()).anyMatch(s -> s.name().equals("vomiting") && s.presence() == Presence.DENIED)
                .noneMatch(s -> s.name().equals("malaise"));
    }

    @Test
    void aSplintThatIsAllHeNeedsAndNoTrampoliningAreThePlan() {
        assertThat(plan(OPEN, "[parent] He fell on his wrist.", LOOK,
                "[doctor] So it's a buckle fracture. A removable wrist splint for three weeks is all he needs.",
                "[doctor] No trampolining and no rough play for about four weeks."))
                .anyMatch(l -> l.contains("removable wrist splint for 3 weeks"))
                .anyMatch(l -> l.contains("Advised no trampolining"));
    }

    @Test
    void aSortOfFlutteringIsAFlutteringNotAnUncertainOne() {
        VisitModel v = Visits.read("[doctor] Had you noticed anything yourself?",
                "[patient] Looking back, yes. A sort of fluttering in my chest, on and off for a couple of months.");
        assertThat(v.symptoms()).anyMatch(s -> s.name().equals("palpitations") && s.presence() == Presence.PRESENT);
    }

    @Test
    void aTestExplainedInTheSameBreathIsOneOrderInThePlan() {
        assertThat(plan(OPEN, "[patient] My heart flutters.", LOOK, "[doctor] So this is atrial fibrillation.",
                "[doctor] I'd like an echocardiogram, an ultrasound scan of your heart, to look at the valves."))
                .contains("• Additional Testing: Order an echocardiogram.")
                .noneMatch(l -> l.contains("scan of the heart"));
    }

    @Test
    void aDrugTakenWithoutAProblemIsNoAllergy() {
        assertThat(Visits.lines(Visits.draft(OPEN, "[patient] my left leg has gone red and hot",
                "[doctor] okay so no regular medicines and any allergies to anything penicillin",
                "[patient] no i had penicillin for a tooth abscess two years back no problem")))
                .contains("No known drug allergies.").noneMatch(l -> l.startsWith("Allergies:"));
    }

    @Test
    void aAndESpokenIsTheEmergencyDepartment() {
        assertThat(plan(OPEN, "[patient] my left leg has gone red and hot", LOOK, "[doctor] so this is cellulitis",
                "[doctor] now if the redness spreads past the pen line go to a and e"))
                .anyMatch(l -> l.contains("Advised to go to A&E if the redness spreads past the pen line."));
    }

    @Test
    void notAnyMoreThirstyAndAVoiceThatIsFineAreDenials() {
        VisitModel v = Visits.read(OPEN, "[patient] I'm exhausted and I wake up drenched at night.",
                "[doctor] Have you been more thirsty than usual?", "[patient] No, I haven't been any more thirsty.",
                "[doctor] Any lumps in your neck, or change in your voice?",
                "[patient] No lumps that I've felt. And no, my voice is fine.");
        assertThat(v.symptoms()).anyMatch(s -> s.name().equals("polydipsia") && s.presence() == Presence.DENIED)
                .anyMatch(s -> s.name().equals("hoarseness") && s.presence() == Presence.DENIED)
                .anyMatch(s -> s.name().equals("night sweats") && s.presence() == Presence.PRESENT);
        assertThat(Visits.lines(Visits.draft(OPEN, "[patient] I wake up drenched at night.")))
                .noneMatch(l -> l.contains("night sweats, at night"));
    }

    @Test
    void stickingPlastersAreAnAllergen() {
        assertThat(Visits.lines(Visits.draft(OPEN, "[patient] I'm exhausted.", "[doctor] Any allergies?",
                "[patient] Only plasters. Sticking plasters, the fabric ones.")))
                .anyMatch(l -> l.startsWith("Allergies:") && l.contains("plaster"));
    }

    @Test
    void aMothersMedicineToldInPassingIsNotThePatientsStory() {
        assertThat(Visits.lines(Visits.draft(OPEN, "[patient] I'm exhausted.",
                "[doctor] Has your thyroid ever been tested?",
                "[patient] Three years ago, because my mum has an underactive thyroid, she's on levothyroxine.")))
                .noneMatch(l -> l.contains("levothyroxine"));
    }

    @Test
    void neverThenADadWithGoutIsAFamilyHistory() {
        assertThat(Visits.lines(Visits.draft("[doctor] ever had anything like this before",
                "[patient] never my dad had gout bad though he had it in his knees and his toes")))
                .contains("Family history: father with gout.");
    }

    @Test
    void weakWithItIsTheWeaknessOfTheLimbTalkedAbout() {
        VisitModel v = Visits.read("[doctor] What happened?",
                "[patient] My right hand just went useless. Couldn't hold the trowel.",
                "[doctor] Just the hand, or the whole arm?",
                "[patient] The hand and up the forearm. Like it had gone to sleep, but weak with it.");
        assertThat(v.symptoms()).anyMatch(s -> s.name().equals("hand weakness"))
                .noneMatch(s -> s.name().equals("generalized weakness"));
    }

    @Test
    void aBarkingCoughIsNotABarkingBarkingCough() {
        assertThat(Visits.lines(Visits.draft("[doctor] Tell me what's been happening.",
                "[parent] He went down with a cold on Saturday, snotty nose, a bit warm. Then last night about "
                        + "midnight he woke up with this cough like a seal barking. Honestly, he sounded like a "
                        + "sea lion.",
                "[doctor] Was last night the first night?", "[parent] Two nights now. Worse at night.")))
                .noneMatch(l -> l.contains("barking barking"));
    }

    @Test
    void aTriptanAtTheStartOfTheHeadacheIsTakenAtOnsetNotOnce() {
        VisitModel v = Visits.read(OPEN, "[patient] I get throbbing left headaches behind my eye.", LOOK,
                "[doctor] So this is migraine. For the attacks I'm going to give you sumatriptan 50 milligrams, you "
                        + "take one at the start of the headache once the zigzags have gone.");
        assertThat(med(v, "sumatriptan").frequency()).isEqualTo("at onset");
        assertThat(v.symptoms()).anyMatch(s -> s.sidedName().equals("left-sided headache"));
    }
}
