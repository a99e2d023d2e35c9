package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * Defects of the 2.5.83 read (`src/challenge/reads/2.5.83`), each written again in our own words: a relative's
 * allergy or condition the patient's side hands back, doses given earlier in the encounter or taken in the room,
 * holds said with "I'd" or a pronoun, a dose read back to put the record right, an offer turned down, a pill that
 * starts on a later day, and words that are no symptom or drug (the weather, a tablet's purpose, a drug's side effect
 * explained, a blood test).
 */
class RelativesAllergiesAndDosesGivenEarlierTest {

    private static List<String> all(String... lines) {
        return Visits.lines(Visits.draft(lines));
    }

    @Test
    void anAllergyOnTheTriageNoteThatIsTheSistersIsNotThePatients() {
        List<String> note = all("[patient] My chest has been tight since Friday.",
                "[doctor] The triage note says you might be allergic to aspirin?",
                "[patient] Oh, that's my sister, Moana. She gets a rash with it. I take aspirin myself, no bother.",
                "[doctor] Any allergies of your own?",
                "[patient] Just latex, my hands blister.");
        assertThat(note).noneMatch(l -> l.startsWith("Allergies") && l.contains("aspirin"))
                .anyMatch(l -> l.startsWith("Allergies") && l.contains("latex"));
    }

    @Test
    void anAllergyReadBackThatTheReplyGivesToTheFatherIsNotRecorded() {
        List<String> note = all("[patient] I'm here for my check before the hernia operation.",
                "[doctor] The form has a sulfa allergy written with a question mark.",
                "[patient] That one is my father. He swelled up with it years ago.");
        assertThat(note).noneMatch(l -> l.startsWith("Allergies") && l.toLowerCase().contains("sulfa"));
    }

    @Test
    void aConditionTheHusbandConfirmsThenGivesToHerBrotherIsNotHers() {
        List<String> note = all("[patient] I've come about the operation on my gallbladder.",
                "[doctor] Any blood disorder? Sickle cell?",
                "[husband] Sickle cell, yes.",
                "[doctor] Your wife has sickle cell disease?",
                "[husband] No, no, sorry, her brother, Kwame. She was tested and she's clear.");
        assertThat(note).noneMatch(l -> l.startsWith("Past medical history") && l.contains("sickle"));
    }

    @Test
    void theFathersGoutToldAsTheOldMansIsNotThePatients() {
        List<String> note = all("[patient] My big toe is red and swollen since yesterday.",
                "[doctor] Ever had anything like this before?",
                "[patient] Never. My old man had gout though, always on about his toe.");
        assertThat(note).noneMatch(l -> l.startsWith("Past medical history") && l.contains("gout"));
    }

    @Test
    void theMothersKneeReplacementIsNotThePatientsSurgery() {
        List<String> note = all("[patient] I want to go back on the pill.",
                "[doctor] Any clots in the family?",
                "[patient] My mum had a clot in her calf. That was after her knee replacement, she was sixty.");
        assertThat(note).noneMatch(l -> l.startsWith("Past surgical history") && l.contains("knee"))
                .noneMatch(l -> l.contains("joint replacement"));
    }

    @Test
    void dosesTheDoctorSaysWereGivenInTriageAreGivenInClinic() {
        List<String> note = all("[patient] The pain in my side is terrible.",
                "[doctor] In triage you had 400 milligrams of ibuprofen by mouth and a gram of paracetamol through "
                        + "the drip, at about half past six. How is it now?",
                "[patient] Better, about a five.");
        assertThat(note).anyMatch(l -> l.toLowerCase().contains("ibuprofen") && l.contains("400 mg")
                && l.contains("given in clinic"))
                .anyMatch(l -> l.contains("acetaminophen") && l.contains("1 g IV") && l.contains("given in clinic"));
    }

    @Test
    void spraysTheNurseGaveIntoOneNostrilAreGivenThere() {
        List<String> note = all("[patient] My nose won't stop bleeding.",
                "[doctor] I see the nurse gave you two sprays of oxymetazoline in the right side when you came in.");
        assertThat(note).anyMatch(l -> l.toLowerCase().contains("oxymetazoline") && l.contains("2 sprays")
                && l.contains("right nostril") && l.contains("given in clinic"));
    }

    @Test
    void aSingleTabletTakenInTheRoomIsGivenNotStarted() {
        List<String> note = all("[patient] The condom split last night.",
                "[doctor] The usual choice is a pill called levonorgestrel. It works better the sooner it's taken, "
                        + "unlike waiting. I'll give you one here to take now: one tablet, 1.5 milligrams. Just the "
                        + "once.",
                "[patient] Okay. Done.");
        assertThat(note).anyMatch(l -> l.toLowerCase().contains("levonorgestrel") && l.contains("1.5 mg")
                && l.contains("given in clinic"))
                .noneMatch(l -> l.contains("Start levonorgestrel"));
    }

    @Test
    void aSupplementTheDoctorWouldHoldIsHeld() {
        List<String> note = all("[patient] I've got pain in my left side.",
                "[doctor] Any supplements?",
                "[patient] Fish oil, two capsules every morning.",
                "[doctor] I'd hold the fish oil for now, with the bleeding.");
        assertThat(note).anyMatch(l -> l.contains("Hold") && l.toLowerCase().contains("fish oil"));
    }

    @Test
    void tabletsHeldWithoutTheirNameAreHeld() {
        List<String> note = all("[patient] The room spins when I turn over in bed.",
                "[doctor] Are you taking anything for it?",
                "[patient] Kwells, from the chemist. One at night.",
                "[doctor] I'd hold off those for now. They can slow your balance settling.");
        assertThat(note).anyMatch(l -> l.startsWith("• Medical Treatment: Hold") && l.contains("hyoscine"));
    }

    @Test
    void theDoseReadBackToPutTheRecordRightIsTheDoseTaken() {
        List<String> note = all("[patient] I'm due my blood pressure review.",
                "[doctor] What do you take?",
                "[patient] Ramipril, five milligrams.",
                "[wife] It's ten now, love, they put it up in March.",
                "[patient] Oh, so they did.",
                "[doctor] Ramipril ten milligrams once a day, I'll update that.");
        assertThat(note).anyMatch(l -> l.startsWith("Current medications") && l.contains("ramipril 10 mg"))
                .noneMatch(l -> l.contains("ramipril 5 mg"));
    }

    @Test
    void anOpioidOfferedAndTurnedDownIsNotCurrent() {
        List<String> note = all("[patient] My back went this morning lifting a crate.",
                "[doctor] I can give you some oxycodone on top of the paracetamol if you like.",
                "[patient] Nah, I'm fine, thanks. Oxycodone makes me feel awful. I'll see how I go.");
        assertThat(note).noneMatch(l -> l.startsWith("Current medications") && l.contains("oxycodone"))
                .anyMatch(l -> l.contains("Oxycodone not prescribed")).noneMatch(l -> l.contains("Stopped oxycodone"));
    }

    @Test
    void aPillStartingOnALaterDayIsNotStartedToday() {
        List<String> note = all("[patient] I'd like to restart my pill. I stopped it in the summer.",
                "[doctor] Any headaches with flashing lights?",
                "[patient] No.",
                "[doctor] Your blood pressure is 118 over 74. So, the plan. I'll write Microgynon, one a day, six "
                        + "months' worth, starting Sunday.");
        assertThat(note).anyMatch(l -> l.contains("Microgynon") && l.contains("on Sunday")
                && l.contains("not started today"));
    }

    @Test
    void thePillSaidBesideTheVisitsOwnProductIsNotASecondDrug() {
        List<String> note = all("[patient] I'd like to restart my pill. I stopped it in the summer.",
                "[doctor] Any headaches with flashing lights?",
                "[patient] No.",
                "[doctor] Your blood pressure is 118 over 74. So, the plan. I'll write Microgynon, one a day, for six "
                        + "months.",
                "[patient] Is that safe at my age?",
                "[doctor] Thirty-five doesn't stop you taking the pill, but we'll check your pressure in three "
                        + "months.");
        assertThat(note).noneMatch(l -> l.contains("combined oral contraceptive"));
    }

    @Test
    void ironStudiesAreATestNotIronStarted() {
        List<String> note = all("[patient] I'm tired all the time.",
                "[doctor] I'm sending iron studies and a blood count today.");
        assertThat(note).noneMatch(l -> l.contains("Start") && l.toLowerCase().contains("iron"));
    }

    @Test
    void examplesAskedAfterEverTakenAreNotCurrentMedicines() {
        List<String> note = all("[patient] I've got a sore throat.",
                "[doctor] Have you ever taken penicillin yourself? Amoxicillin, flucloxacillin?",
                "[patient] Yes, amoxicillin, last year for my chest. No problem.");
        assertThat(note).noneMatch(l -> l.startsWith("Current medications") && l.contains("amoxicillin"));
    }

    @Test
    void anotherAllergyAfterAnythingElseIsAnAllergyNotARash() {
        List<String> note = all("[patient] My ankle's swollen after the game.",
                "[doctor] Any allergies to medicines?",
                "[patient] Codeine, it makes me throw up.",
                "[doctor] Codeine, vomiting. Anything else?",
                "[patient] Trimethoprim. Broke out in itchy welts all over, years back.");
        assertThat(note).anyMatch(l -> l.startsWith("Allergies") && l.contains("trimethoprim (")
                && l.contains("hives"))
                .noneMatch(l -> l.contains("Endorses rash") || l.contains("reports rash"));
    }

    @Test
    void theWindChillTravelTabletsAndASideEffectExplainedAreNoSymptoms() {
        List<String> note = all("[patient] Minus twelve out there with the wind chill.",
                "[doctor] What brings you in?",
                "[patient] The room spins when I lie down. I took some of the travel sickness ones.",
                "[doctor] Those can make you drowsy, so not when you drive.");
        assertThat(note).noneMatch(l -> l.contains("chills"))
                .noneMatch(l -> l.contains("motion sickness"))
                .noneMatch(l -> l.contains("daytime sleepiness") && !l.contains("Denies"));
    }

    @Test
    void aFallToldDuringTheExamAfterADenialIsPresent() {
        List<String> note = all("[patient] I keep getting dizzy when I stand up.",
                "[doctor] Any falls?",
                "[patient] No, no falls.",
                "[doctor] Let me examine you. Walk to the door for me. Is anything sore?",
                "[patient] Well, I did go down on Sunday. I ended up on the floor by the bed. Just bruised my hip.");
        assertThat(note).noneMatch(l -> l.contains("Denies") && l.contains("falls"))
                .noneMatch(l -> l.contains("denies") && l.contains("falls"));
    }

    @Test
    void theSpousesMuffledEarIsNotThePatientsStory() {
        List<String> note = all("[patient] I've been dizzy since Saturday.",
                "[doctor] Any change in your hearing?",
                "[patient] My hearing has gone muffled in the left ear, I think.",
                "[husband] No, Mair, that's me, love. I'm the one with the blocked ear.",
                "[patient] Oh, he's right. My hearing's fine.");
        assertThat(note).noneMatch(l -> l.contains("muffled"));
    }
}
