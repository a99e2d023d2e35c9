package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * Defects of the 2.5.79 read (`src/challenge/reads/2.5.79`), each written again in our own words: a companion's
 * allergy and a relative's medicine kept out of the patient's list; a brand the clinician names; starts put off and
 * doses worked out again; finished courses; numbers of another clause; suspected conditions still being tested; doses
 * given in the department; intolerances; symptom words meant otherwise; courses said in stages across sentences.
 */
class CompanionsDrugsAndStagedCoursesTest {

    private static List<String> all(String... lines) {
        return Visits.lines(Visits.draft(lines));
    }

    private static boolean currentHas(List<String> note, String drug) {
        return note.stream().anyMatch(l -> l.startsWith("Current medications") && l.contains(drug));
    }

    @Test
    void aBrandTheClinicianNamesAfterThePatientSaidItIsThatDrug() {
        List<String> note = all("[patient] I can't stay awake at work.",
                "[doctor] Do you take anything to sleep?",
                "[patient] Just the Slumbrix, the shop stuff. One at bedtime. Twenty-five milligrams.",
                "[doctor] That's diphenhydramine, an antihistamine. It can leave you groggy.",
                "[doctor] So the plan: stop the Slumbrix, and we'll book a sleep study.");
        assertThat(note).anyMatch(l -> l.contains("Stop") && l.contains("diphenhydramine"));
    }

    @Test
    void aCompanionsOwnAllergyAmidTheAllergyAnswersIsNoMedicineOfHis() {
        List<String> note = all("[patient] My chest burns after meals.",
                "[doctor] Any allergies to medicines?",
                "[patient] Sulfa gives me hives.",
                "[doctor] Anything else?",
                "[wife] And put penicillin down.",
                "[patient] That's you, love.",
                "[wife] Oh, right. That's me. He's had amoxicillin lots of times, no problem.",
                "[doctor] Good to know. Do you smoke?");
        assertThat(currentHas(note, "penicillin")).isFalse();
        assertThat(currentHas(note, "amoxicillin")).isFalse();
    }

    @Test
    void aRelativesMedicineToldInTheFamilyHistoryIsNotThePatients() {
        List<String> note = all("[patient] I'm sleepy all day.",
                "[doctor] Any family history I should know about?",
                "[patient] My sister has narcolepsy.",
                "[husband] And she takes a pill to stay awake. Modafinil, one hundred milligrams every morning.",
                "[doctor] Thank you. Let me examine you.");
        assertThat(currentHas(note, "modafinil")).isFalse();
    }

    @Test
    void springThroughFallIsASeasonNotAFall() {
        List<String> note = all("[patient] My nose runs all the time.",
                "[doctor] What do you take for it?",
                "[patient] Loratadine, ten milligrams once a day, spring through fall.");
        assertThat(note).noneMatch(l -> l.toLowerCase().contains("falls"));
    }

    @Test
    void aConditionStillToBeTestedForIsNotWrittenAsEstablished() {
        List<String> note = all("[patient] My wife says I stop breathing at night.",
                "[doctor] Your story, the snoring and the pauses, fits sleep apnea much better than anything else.",
                "[doctor] So here's the plan. A home sleep apnea test first. If it shows apnea, we'll talk CPAP.");
        assertThat(note).noneMatch(l -> l.matches("\\d\\. Obstructive sleep apnea\\."));
    }

    @Test
    void aNumberInAnotherPersonsClauseIsNoHeight() {
        List<String> note = all("[patient] I'm here about my bone scan.",
                "[doctor] We sent you because you'd lost five centimetres in height and your own dad broke his hip "
                        + "at seventy-eight.");
        assertThat(note).noneMatch(l -> l.contains("Height 78"));
    }

    @Test
    void aLabOrderedLaterIsNoValueAndNoMedicine() {
        List<String> note = all("[patient] So what happens next?",
                "[doctor] We'll do a blood test for calcium a month after you finish the eight weekly capsules.");
        assertThat(note).noneMatch(l -> l.contains("Calcium: 8") || l.contains("Start Calcium"));
    }

    @Test
    void aStartPutOffToALaterWeekIsNotWrittenAsStartedToday() {
        List<String> note = all("[patient] I'm here for the results of my bone scan.",
                "[doctor] Your scan shows osteoporosis, and your vitamin D is low.",
                "[doctor] So the plan. Vitamin D first. Then the bone tablet, alendronic acid, seventy milligrams once a week. I don't want you "
                        + "starting that today; start it in week seven, once the vitamin D is topped up.");
        assertThat(note).anyMatch(l -> l.contains("alendron") && l.contains("in week 7")
                && l.contains("(not started today)"));
    }

    @Test
    void aDoseWorkedOutAgainForTodaysWeightIsTheOneOrdered() {
        List<String> note = all("[mother] She's had a cough and a fever for a week.",
                "[doctor] This is pneumonia. I'll start amoxicillin. At thirty kilos that would be twelve mL twice "
                        + "a day... but she's twenty-seven kilos today, so it's eleven mL twice a day, for five days.");
        assertThat(note).anyMatch(l -> l.contains("amoxicillin 11 mL twice daily"))
                .noneMatch(l -> l.contains("12 mL"));
    }

    @Test
    void aCourseTheParentSaysIsFinishedIsNotCurrent() {
        List<String> note = all("[mother] Her nose has been blocked for two weeks.",
                "[doctor] Any antibiotics recently?",
                "[mother] Yes, a month ago, cephalexin for a skin infection. She finished it.");
        assertThat(currentHas(note, "cephalexin")).isFalse();
    }

    @Test
    void aDrugTakenSinceWithoutTroubleIsNoIntolerance() {
        List<String> note = all("[mother] He has an earache.",
                "[doctor] Have antibiotics ever caused him problems?",
                "[mother] The amoxicillin-clavulanate gave him diarrhoea for a week. He's had plain amoxicillin a "
                        + "few times and been fine.",
                "[doctor] That sounds like a side effect of the clavulanate, not an allergy.");
        assertThat(note).noneMatch(l -> l.startsWith("Allergies") && l.contains("amoxicillin (intolerance)"));
    }

    @Test
    void herMothersHeHasIsHerFathersCondition() {
        List<String> note = all("[mother] She's had a cold for twelve days and now her cheeks hurt.",
                "[doctor] Anyone at home with sinus problems?",
                "[mother] Her dad, Rowan. He has chronic sinusitis and polyps.",
                "[doctor] Let me look in her nose.");
        assertThat(note).noneMatch(l -> l.startsWith("Past medical history") && l.contains("sinusitis"));
    }

    @Test
    void adrenalineGivenInTheDepartmentIsGivenAndThePensAreStarted() {
        List<String> note = all("[nurse] Bee sting twenty minutes ago, lips swelling, throat tight.",
                "[doctor] Let me examine you. Hives over the chest, lips swollen.",
                "[doctor] This is anaphylaxis. Adrenaline point five milligrams IM, please.",
                "[nurse] Adrenaline point five milligrams into the left lateral thigh.",
                "[doctor] So the plan. I'm prescribing two adrenaline autoinjectors for you to carry, three hundred micrograms each.",
                "[patient] Three hundred. Not the point five I got?",
                "[doctor] Right, the pen is three hundred micrograms.");
        assertThat(note).anyMatch(l -> l.contains("0.5 mg") && l.contains("given"))
                .anyMatch(l -> l.startsWith("• Medical Treatment: Start") && l.contains("300 mcg"));
    }

    @Test
    void aPartnersItsFortyCorrectsTheDoseThePatientTold() {
        List<String> note = all("[patient] My hands shake.",
                "[doctor] Any medicines you take every day?",
                "[patient] Propranolol, ten milligrams twice a day.",
                "[partner] It's forty, Bren. They put you up to forty in March.",
                "[patient] Yeah, she's right. Forty, morning and night.");
        assertThat(note).anyMatch(l -> l.startsWith("Current medications") && l.contains("propranolol 40 mg"));
    }

    @Test
    void didNotPassOutJustWentWoozyIsLightheadednessPresent() {
        List<String> note = all("[patient] I got stung and came out in hives.",
                "[doctor] Did you black out at all?",
                "[patient] Didn't pass out, just went a bit woozy in the car.");
        assertThat(note).noneMatch(l -> l.matches(".*Denies[^.]*lightheadedness.*"))
                .anyMatch(l -> l.contains("Endorses lightheadedness"));
    }

    @Test
    void theHurlingIsASportAndNightsUpDuringBowelTalkAreNoNocturia() {
        List<String> note = all("[patient] I'm going eight times a day, loose, with blood.",
                "[wife] And you're up twice in the night. I hear you.",
                "[doctor] Any joint pains?",
                "[patient] The shoulder's sore, but that's from the hurling.");
        assertThat(note).noneMatch(l -> l.toLowerCase().contains("nocturia"))
                .noneMatch(l -> l.toLowerCase().contains("vomiting"));
    }

    @Test
    void aDrugTheClinicianCallsASideEffectIsAnIntoleranceAndTheDrugItPlacesIsNone() {
        List<String> note = all("[patient] The diarrhoea is back.",
                "[doctor] Anything that didn't suit you?",
                "[patient] Sulfasalazine, the one before the mesalazine, gave me awful headaches.",
                "[doctor] So the sulfasalazine was a side effect, not an allergy.");
        assertThat(note).anyMatch(l -> l.startsWith("Allergies") && l.contains("sulfasalazine (intolerance"))
                .noneMatch(l -> l.startsWith("Allergies") && l.contains("mesalamine"));
    }

    @Test
    void aSteroidCutByTheSameAmountEachWeekIsATaperToAStop() {
        List<String> note = all("[patient] The colitis has flared. I'm going eight times a day.",
                "[doctor] Let me examine you. Tender on the left, low down.",
                "[doctor] It's a moderate flare. I'll start prednisolone. Prednisolone forty milligrams once a day in the morning for one week, then drop by ten "
                        + "milligrams each week... sorry, by five milligrams each week.");
        assertThat(note).anyMatch(l -> l.contains("Taper prednisolone: 40 mg") && l.contains("reduce by 5 mg each "
                + "week") && l.endsWith("then stop."));
    }

    @Test
    void aFirstWeeksDoseSaidInTheNextSentenceIsKeptWithTheDoseAfter() {
        List<String> note = all("[patient] My calf is swollen.",
                "[doctor] The scan shows a clot. I'm going to start apixaban.",
                "[doctor] Ten milligrams twice a day for the first seven days, then from day eight, five milligrams "
                        + "twice a day.");
        assertThat(note).anyMatch(l -> l.contains("apixaban 10 mg twice daily for 7 days, then 5 mg twice daily"));
    }

    @Test
    void daysOfATaperAfterACorrectedFirstCourseKeepTheCourseAndEveryDay() {
        List<String> note = all("[patient] The rash is spreading.",
                "[doctor] I'd like to start prednisone, fifty milligrams. Sorry, sixty milligrams, once a day, for "
                        + "five days. Then we taper. Day six, forty. Day seven, thirty. Day eight, twenty. Day nine, "
                        + "fifteen. Day ten, ten. Then stop.");
        assertThat(note).anyMatch(l -> l.contains("Taper prednisone: 60 mg daily for 5 days, then 40 mg on day 6, "
                + "then 30 mg on day 7, then 20 mg on day 8, then 15 mg on day 9, then 10 mg on day 10, then stop."));
    }

    @Test
    void facialPainIsNotSinusPressureAndAnUnchangedPainIsNoSideEffect() {
        List<String> note = all("[patient] My face hurts, like electric shocks, when I chew.",
                "[doctor] What have you tried?",
                "[patient] Amitriptyline, ten milligrams at night. I was sleepy all day and the pain did not change.");
        assertThat(note).noneMatch(l -> l.contains("sinus pressure"))
                .noneMatch(l -> l.startsWith("Reported side effects") && l.contains("pain"));
    }

    @Test
    void anItchTheClinicianCallsASideEffectRatherThanATrueAllergyIsAnIntolerance() {
        List<String> note = all("[patient] I got stung by a bee and came out in hives.",
                "[doctor] Any allergies to medicines?",
                "[patient] Not allergies. The oxycodone after my knee op made me itch like mad.",
                "[doctor] That's a common side effect of opioids rather than a true allergy. I'll note it as an "
                        + "intolerance. Anything else?",
                "[partner] He's never been allergic to anything.",
                "[doctor] Well, he is now: bee venom. That goes at the top of his list.");
        assertThat(note).anyMatch(l -> l.startsWith("Allergies") && l.contains("oxycodone (intolerance")
                && l.contains("bee venom"));
    }

    @Test
    void theSpellADrugWasGivenForIsNoSideEffectOfIt() {
        List<String> note = all("[patient] The room spins when I roll over.",
                "[doctor] Have you had anything for it before?",
                "[patient] Years ago I had a dizzy spell and they gave me betahistine, and that did nothing except "
                        + "upset my stomach.");
        assertThat(note).noneMatch(l -> l.startsWith("Reported side effects") && l.contains("dizziness"));
    }
}
