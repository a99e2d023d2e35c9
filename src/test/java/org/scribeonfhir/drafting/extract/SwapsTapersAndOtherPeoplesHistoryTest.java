package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * Defects of the 2.5.75 read (`src/challenge/reads/2.5.75`), each written again in our own words: a drug given in
 * place of one stopped written as stopped, a dose brought down lost, a possible side effect and a past drug's upset
 * as complaints, an intolerance of the past as a current medicine, a clock time as a dose, one allergy's reaction
 * given to another, a taper written as a stop, an increase listed at the old dose, and the history of a companion's
 * relatives (a husband's father, a daughter's mother) given to the patient.
 */
class SwapsTapersAndOtherPeoplesHistoryTest {

    private static List<String> all(String... lines) {
        return Visits.lines(Visits.draft(lines));
    }

    @Test
    void aDrugInPlaceOfOneStoppedIsStarted() {
        List<String> note = all("[patient] My hip has been sore for a month, I've been taking ibuprofen for it.",
                "[doctor] Ibuprofen pushes your blood pressure up, so I'd like you to stop it.",
                "[patient] What do I take for the hip then?",
                "[doctor] Paracetamol, two 500 milligram tablets up to four times a day when you need it.",
                "[doctor] Your blood pressure today is 150 over 90.",
                "[doctor] So, here's my plan. Stop the ibuprofen completely, paracetamol for the hip instead, and I'll "
                        + "refer you to physio.");
        assertThat(note).anyMatch(l -> l.contains("Stop ibuprofen"))
                .noneMatch(l -> l.contains("Stop paracetamol"))
                .anyMatch(l -> l.contains("Start paracetamol"));
    }

    @Test
    void aDoseBroughtDownIsADecrease() {
        List<String> note = all("[patient] My ankles swell by the evening.",
                "[doctor] You take felodipine 10 milligrams once a day?",
                "[patient] Yes.",
                "[doctor] Your blood pressure is 132 over 84 and both ankles have mild swelling.",
                "[doctor] So here's my plan. Bring the felodipine down from 10 to 5 milligrams once a day, which "
                        + "should settle the ankles.");
        assertThat(note).anyMatch(l -> l.contains("Decrease felodipine") && l.contains("5 mg"))
                .anyMatch(l -> l.startsWith("Current medications") && l.contains("(decreased to 5 mg today)"));
    }

    @Test
    void aSideEffectAskedAboutIsNoComplaint() {
        List<String> note = all("[patient] My blood pressure readings at home are still high.",
                "[doctor] I'll add ramipril 2.5 milligrams once a day.",
                "[wife] Could he get dizzy on the new tablet?",
                "[doctor] He might, especially standing up quickly. If you feel faint, sit down.");
        assertThat(note).noneMatch(l -> l.contains("reports dizziness"))
                .noneMatch(l -> l.contains("Endorses dizziness"));
    }

    @Test
    void anIntoleranceOfThePastIsNoCurrentMedicine() {
        List<String> note = all("[patient] I'm here about my knee.",
                "[doctor] Any allergies to medicines?",
                "[patient] Penicillin, I came out in hives.",
                "[wife] And tramadol, tell her about tramadol.",
                "[patient] Oh, tramadol just bunged me right up after my gallbladder op. Not an allergy as such.");
        assertThat(note).noneMatch(l -> l.startsWith("Current medications") && l.contains("tramadol"))
                .anyMatch(l -> l.startsWith("Allergies") && l.contains("tramadol (intolerance: constipation)"));
    }

    @Test
    void aPastDrugsUpsetIsNoComplaintToday() {
        List<String> note = all("[patient] The focus is better on the new tablets but the evenings are hard.",
                "[doctor] What did you try before this?",
                "[patient] The Strattera. I felt sick every single day. I stopped it myself after about three weeks.",
                "[doctor] That's fine, I'll note it: nausea on atomoxetine, stopped by you.");
        assertThat(note).noneMatch(l -> l.contains("Endorses nausea"))
                .noneMatch(l -> l.contains("reports nausea"));
    }

    @Test
    void aClockTimeIsNoDose() {
        List<String> note = all("[patient] The pain in my side started at four this morning.",
                "[doctor] Have you taken anything?",
                "[patient] Two Tylenol extra strength at six, so a thousand milligrams. Didn't help.");
        assertThat(note).noneMatch(l -> l.contains("6 mg"))
                .anyMatch(l -> l.contains("acetaminophen) 1000 mg"));
    }

    @Test
    void eachAllergyKeepsItsOwnReaction() {
        List<String> note = all("[patient] I've had pain in my side since last night.",
                "[doctor] Any allergies?",
                "[patient] Sulfa. Septra. I came out in hives and my throat went tight, they gave me a shot in the ER.",
                "[wife] And codeine makes him throw up.",
                "[patient] That's not an allergy though.",
                "[doctor] OK, sulfa is an allergy, and codeine is an intolerance with vomiting.");
        assertThat(note).anyMatch(l -> l.startsWith("Allergies") && l.contains("sulfa (hives, throat tightness)")
                && l.contains("codeine (intolerance: vomiting)"));
    }

    @Test
    void aTaperIsNoStop() {
        List<String> note = all("[patient] The chest pain is much better, only when I breathe in deeply.",
                "[doctor] You're on ibuprofen 600 three times a day?",
                "[patient] Yes, 600.",
                "[doctor] Your heart sounds are normal today.",
                "[doctor] So here's the plan. Ibuprofen: stay on 600 three times a day for one more week, then drop to 400 three times a day "
                        + "for a week, then stop.");
        assertThat(note).noneMatch(l -> l.contains("Stop ibuprofen."))
                .anyMatch(l -> l.contains("ibuprofen") && l.contains("400 mg"));
    }

    @Test
    void anIncreaseIsListedAtTheNewDose() {
        List<String> note = all("[patient] The afternoons are hard, it wears off by two.",
                "[doctor] You're on Concerta 36 milligrams at seven?",
                "[patient] Yes.",
                "[doctor] Your blood pressure is 122 over 80 today.",
                "[doctor] So here's what I suggest. Increase the Concerta from 36 to 54 milligrams, still once a day at seven.");
        assertThat(note).anyMatch(l -> l.startsWith("Current medications")
                && l.contains("36 mg (increased to 54 mg today)"));
    }

    @Test
    void aHusbandsFatherIsNotHerFamily() {
        List<String> note = all("[patient] I still get a twinge of chest pain when I breathe in.",
                "[doctor] Any heart disease in your family?",
                "[patient] No, none.",
                "[husband] My own father had a heart attack at 52.",
                "[doctor] That's your side of the family, so it doesn't change her risk.");
        assertThat(note).noneMatch(l -> l.startsWith("Family history") && l.contains("myocardial infarction"));
    }

    @Test
    void aDaughtersMotherIsHisWifeNotHisMother() {
        List<String> note = all("[daughter] Dad keeps forgetting things, he left the stove on twice.",
                "[doctor] How is your mood?",
                "[patient] I miss Joan. She passed three years ago.",
                "[daughter] Mum had Alzheimer's at the end.");
        assertThat(note).noneMatch(l -> l.startsWith("Family history") && l.contains("mother"));
    }

    @Test
    void aParentsHeartConditionIsNoReasonForTheVisit() {
        List<String> note = all("[doctor] How have the new tablets been for your concentration?",
                "[patient] Mornings are heaps better, but it wears off by two.",
                "[doctor] You're on Concerta 36 milligrams at seven?",
                "[patient] Yes.",
                "[doctor] Your blood pressure is 126 over 82 and your pulse 94.",
                "[doctor] Anything in the family we should know about?",
                "[patient] My brother has ADHD too. And Dad had that extra electrical pathway in his heart, the "
                        + "Wolff-something.",
                "[doctor] Wolff-Parkinson-White. That's why we did your ECG back in March, and it was normal, no sign "
                        + "of it. Any other medications?",
                "[patient] Just my contraceptive pill.",
                "[doctor] So here's what I suggest. Increase the Concerta from 36 to 54 milligrams, still once a day "
                        + "at seven.");
        assertThat(note).noneMatch(l -> l.toLowerCase().contains("wolff-parkinson-white syndrome")
                && !l.startsWith("Family history"));
    }

    @Test
    void upAtNightToPassWaterIsNoInsomnia() {
        List<String> note = all("[doctor] How are the waterworks?",
                "[patient] I'm up three times a night. That's why I'm on the bladder pill.",
                "[doctor] The bladder pill can make memory worse, so stop the oxybutynin from today.",
                "[patient] Taking the bladder pill away, will I be up all night?");
        assertThat(note).noneMatch(l -> l.contains("insomnia") && !l.contains("Denies"));
    }

    @Test
    void whatADrugDidOnceIsNoComplaintToday() {
        List<String> note = all("[daughter] Dad's memory has been going for a year.",
                "[doctor] Any medicines that didn't agree with him?",
                "[daughter] Tramadol after his knee operation. He went completely confused and constipated for days.",
                "[doctor] That's a side effect rather than an allergy, I'll record it that way.");
        assertThat(note).noneMatch(l -> l.contains("Endorses constipation"))
                .noneMatch(l -> l.startsWith("Current medications") && l.contains("tramadol"));
    }

    @Test
    void aBladderPillIsNoContraception() {
        List<String> note = all("[doctor] How are the waterworks?",
                "[patient] I'm up twice a night. That's why I'm on the bladder pill, one in the morning.");
        assertThat(note).noneMatch(l -> l.contains("contraception"));
    }

    @Test
    void soilingIsNoDaytimeWettingAndASoreBottomNoLegPain() {
        List<String> note = all("[mother] He only poos every five days and it's huge and hard.",
                "[doctor] Does it hurt when you go, Sam?",
                "[patient] It hurts my bottom.",
                "[mother] And he's having little accidents in his underwear, like smears, twice a week.");
        assertThat(note).noneMatch(l -> l.contains("daytime wetting"))
                .noneMatch(l -> l.contains("lower extremities"));
    }

    @Test
    void aBumpOnTheWayInIsNoPastHistory() {
        List<String> note = all("[father] Sorry we're late. Fender bender on the bypass.",
                "[doctor] No problem. So what's going on with Mia?",
                "[mother] She's had a cough for three weeks.");
        assertThat(note).noneMatch(l -> l.contains("motor vehicle collision"));
    }

    @Test
    void hydroxocobalaminIsNotCyanocobalamin() {
        List<String> note = all("[doctor] Your vitamin B12 is low at 140.",
                "[doctor] So here's the plan. For the B12, hydroxocobalamin injections, 1 milligram, three times a "
                        + "week for two weeks.");
        assertThat(note).anyMatch(l -> l.contains("hydroxocobalamin"))
                .noneMatch(l -> l.contains("cyanocobalamin"));
    }

    @Test
    void aPainThatKeptHerUpAndAFeverOnlyAtFirstAreNotCurrent() {
        List<String> note = all("[doctor] You were seen in the ED two weeks ago with chest pain. How are you now?",
                "[patient] Loads better. The pain was sharp at the start, worse lying flat, I had to sleep sitting "
                        + "up in the chair. Now it's a two out of ten.",
                "[doctor] Any fevers?",
                "[patient] I'd a temperature the first weekend but nothing since.");
        assertThat(note).noneMatch(l -> l.contains("orthopnea"))
                .noneMatch(l -> l.contains("Endorses fever"))
                .noneMatch(l -> l.contains("would a temperature"));
    }

    @Test
    void theNursesReadBackIsTheDoseGiven() {
        List<String> note = all("[patient] The pain in my left side is an eight, it comes in waves.",
                "[doctor] First let's get you comfortable. Nurse, can we give ketorolac intramuscular, and "
                        + "ondansetron 4 milligrams to dissolve on his tongue?",
                "[nurse] Ketorolac 60 milligrams IM?",
                "[doctor] No, 30 milligrams IM.",
                "[nurse] Ketorolac 30 IM and ondansetron 4 ODT, got it.");
        assertThat(note).anyMatch(l -> l.contains("Ketorolac 30 mg IM given in clinic"))
                .anyMatch(l -> l.contains("Ondansetron 4 mg ODT given in clinic"))
                .noneMatch(l -> l.contains("60 mg"));
    }

    @Test
    void theInjectionANurseGivesIsTheDrugOrdered() {
        List<String> note = all("[doctor] Your vitamin B12 is low at 148.",
                "[doctor] So here's the plan. For the B12, hydroxocobalamin injections, 1 milligram; the nurse will "
                        + "give the first one today, then three times a week for two weeks.",
                "[nurse] I'm ready with your B12 injection. Left arm or right?",
                "[patient] Left.",
                "[nurse] There, 1 milligram into the left arm, all done.");
        assertThat(note).anyMatch(l -> l.contains("ydroxocobalamin") && l.contains("given in clinic"))
                .anyMatch(l -> l.contains("Start hydroxocobalamin"))
                .noneMatch(l -> l.contains("cyanocobalamin"));
    }
}
