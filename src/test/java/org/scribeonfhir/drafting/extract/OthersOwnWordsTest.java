package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/** What an interpreter, a spouse or a relative says of themselves stays theirs (fictional visits). */
class OthersOwnWordsTest {

    @Test
    void theInterpretersOwnColdIsNotThePatients() {
        List<String> lines = Visits.lines(Visits.draft(
                "[interpreter] Good afternoon, doctor, I'm Graça, the Portuguese interpreter. Sorry, excuse my voice, I "
                        + "have a cold myself, I've been coughing since Saturday. I'll interpret everything in the "
                        + "first person.",
                "[doctor] Thank you. What happened to your arm?",
                "[interpreter] I cut it on a sheet of metal at work this morning. It bled a lot."));
        assertThat(lines).noneMatch(l -> l.toLowerCase().contains("cough"));
    }

    @Test
    void aSpousesOwnDizzySpellsAreNoSideEffectOfThePatients() {
        List<String> lines = Visits.lines(Visits.draft("[doctor] how are the ankles?",
                "[spouse] It's true, my ankles are the ones that swell. And I get these dizzy spells, the room spins, "
                        + "they gave me meclizine.",
                "[doctor] Anselm, any dizziness when you stand up?", "[patient] No, never."));
        assertThat(lines).noneMatch(l -> l.toLowerCase().contains("meclizine"));
    }

    @Test
    void aBrothersSmokingAnsweredToDoYouSmokeIsNotThePatients() {
        List<String> lines = Visits.lines(Visits.draft("[doctor] Do you smoke?",
                "[patient] I quit ten years ago. My brother Walt still smokes two packs a day, and he had a stent put "
                        + "in last spring."));
        assertThat(lines).noneMatch(l -> l.startsWith("Social history") && l.contains("2 packs"))
                .contains("Family history: brother with coronary stent placement.");
    }

    @Test
    void whatTheClinicianCannotDoIsNotWhatTheyMayDo() {
        List<String> lines = Visits.lines(Visits.draft("[doctor] Your sodium was low on the water pill, so we're "
                + "stopping the hydrochlorothiazide. We can't go back to it with your sodium."));
        assertThat(lines).noneMatch(l -> l.contains("May't"));
    }

    @Test
    void aHusbandNamedAndHisTabletsAreNotThePatientsStoryAndWaterIsNoAlcohol() {
        List<String> lines = Visits.lines(Visits.draft("[doctor] What's been going on?",
                "[patient] I've been weeing all the time since Thursday.",
                "[doctor] Has anything helped so far?",
                "[patient] I've been taking paracetamol, two tablets four times a day, and drinking loads of water.",
                "[doctor] Are you still taking the metformin?",
                "[patient] Yes, every day. Gerald's the one with the carrier bag of tablets, he's on amlodipine for his "
                        + "blood pressure and his ankles have swollen up like balloons, but mine are just the two.",
                "[doctor] If the lab shows the bug isn't sensitive, we'll ring you and change the antibiotic."));
        assertThat(lines).noneMatch(l -> l.contains("Gerald") || l.contains("amlodipine"))
                .noneMatch(l -> l.startsWith("Social history") && l.contains("water"))
                .noneMatch(l -> l.contains("ring she"));
    }

    @Test
    void aCompanionBroughtAlongIsWhoCameNotAStoryOfHim() {
        List<String> lines = Visits.lines(Visits.draft("[doctor] hi leah, and who did you bring with you today?",
                "[patient] this is my husband. i asked him to come because he's noticed some of this more than i have.",
                "[patient_guest] hi, nice to meet you.",
                "[doctor] so leah, tell me what's been going on.",
                "[patient] for about the last four weeks my heart keeps racing out of nowhere."));
        assertThat(lines).anyMatch(l -> l.matches("Accompanied by (?:her|the patient's) husband\\."))
                .noneMatch(l -> l.contains("asked him to come"));
    }

    @Test
    void aRelativesIllnessToldFirstIsNotThePatientsStoryEvenWithALaterMe() {
        List<String> lines = Visits.lines(Visits.draft("[doctor] Have you had water infections before?",
                "[patient] Just the once. But my sister's just been in hospital with a kidney infection, three days on "
                        + "a drip, and that's what frightened me into ringing.",
                "[doctor] I'm sorry to hear that.", "[patient] My wife took my pulse when I'd gone grey, she counted 42."));
        assertThat(lines).noneMatch(l -> l.contains("on a drip"))
                .anyMatch(l -> l.contains("Family history: sister with pyelonephritis"))
                .anyMatch(l -> l.contains("took their pulse"));
    }
}
