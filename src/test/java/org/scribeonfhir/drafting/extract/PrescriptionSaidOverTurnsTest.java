package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * A prescription said the way a GP says it: the drug named once ("an antibiotic called nitrofurantoin", "they're
 * called prochlorperazine", "I'd recommend… sertraline") and its dose in the next turn with a slip corrected ("one of
 * them four times a day… sorry, no… one capsule twice a day"); the order carries the sig, said once.
 */
class PrescriptionSaidOverTurnsTest {

    @Test
    void aDrugCalledByNameTakesTheDoseSaidInTheNextTurn() {
        var plan = Visits.lines(Visits.draft(
                "[patient] It burns when I wee and I'm going all the time.",
                "[doctor] I think this is most likely a urine infection. So I'll pop a prescription through to your "
                        + "chemist for an antibiotic called nitrofurantoin. Which pharmacy do you use?",
                "[patient] The Boots on Harrowgate Street, please.",
                "[doctor] Right. You take one of them four times a day... sorry, no, the ones I'm sending are the "
                        + "modified-release capsules, a hundred milligrams, so it's one capsule twice a day, for three "
                        + "days."), "ASSESSMENT AND PLAN");
        assertThat(plan).contains("• Medical Treatment: Start nitrofurantoin 100 mg twice daily for 3 days.")
                .noneMatch(l -> l.contains("four times"));
    }

    @Test
    void tabletsNamedInTheirOwnSentenceAreStartedWithTheCorrectedDose() {
        var plan = Visits.lines(Visits.draft(
                "[patient] The room is spinning every time I move my head.",
                "[doctor] This sounds like labyrinthitis. I'll pop a prescription through for some tablets to help "
                        + "with the sickness and the spinning. They're called prochlorperazine.",
                "[patient] Okay.",
                "[doctor] Take two of them three times a day... sorry, just one, five milligrams, three times a day "
                        + "when you need it."), "ASSESSMENT AND PLAN");
        assertThat(plan).contains("• Medical Treatment: Start prochlorperazine 5 mg three times daily as needed.")
                .noneMatch(l -> l.contains("2 of them"));
    }

    @Test
    void theSigOfAnOrderIsNotSaidAgainAsCounselling() {
        var plan = Visits.lines(Visits.draft(
                "[patient] The pain in my left lower belly is back, like last year.",
                "[doctor] I think this is diverticulitis again. I'm going to send an antibiotic called Augmentin to "
                        + "your pharmacy so you can start it tonight.",
                "[doctor] Take one tablet of it, five hundred... sorry, eight hundred seventy-five milligrams, twice a "
                        + "day for seven days, with food."), "ASSESSMENT AND PLAN");
        assertThat(plan).anyMatch(l -> l.startsWith("• Medical Treatment: Start Augmentin (amoxicillin-clavulanate) "
                + "875 mg twice daily")).noneMatch(l -> l.contains("500")).noneMatch(l -> l.contains("tablet of it"));
    }

    @Test
    void aRecommendedAntidepressantIsStartedAtTheDoseSaidLater() {
        var v = Visits.draft(
                "[doctor] How have things been?",
                "[patient] I've been feeling really low for months and I can't stop worrying.",
                "[doctor] How are you sleeping?", "[patient] Badly. I wake at four every morning.",
                "[doctor] Do you still enjoy things?", "[patient] Not really. I stopped going to football.",
                "[doctor] Any thoughts of harming yourself?", "[patient] No, never.",
                "[doctor] From what you've told me, I think you're experiencing depression, with quite a lot of "
                        + "anxiety alongside it.",
                "[patient] I sort of knew.",
                "[doctor] Second, I'd recommend an antidepressant called sertraline. It helps both low mood and "
                        + "anxiety.", "[patient] Okay. I'll give it a go.",
                "[doctor] So you'd take one of them at night, fifty milligrams... actually, no, take it in the "
                        + "morning, it can disturb your sleep. Fifty milligrams, one tablet every morning.");
        assertThat(Visits.lines(v, "ASSESSMENT AND PLAN")).contains("1. Likely major depressive disorder.")
                .contains("• Medical Treatment: Start sertraline 50 mg every morning.");
    }

    @Test
    void aNumberTakenBackKeepsOnlyTheCorrectionWithItsUnit() {
        assertThat(Phrasing.hedges("for 14 days, sorry, I mean 7 days, 1 week, then stop"))
                .isEqualTo("for 7 days, 1 week, then stop");
        assertThat(Phrasing.hedges("100 mcg, no, 75, they dropped it last year")).startsWith("75 mcg, they dropped it");
        assertThat(Phrasing.hedges("1 spray... no, 2 sprays in each nostril")).isEqualTo("2 sprays in each nostril");
    }

    @Test
    void anAmbulanceToANamedEmergencyDepartmentSaysWhere() {
        var plan = Visits.lines(Visits.draft(
                "[patient] the pressure in my chest started an hour ago",
                "[doctor] i don't think this is your heartburn and we can't rule out a heart attack",
                "[doctor] no i'm calling an ambulance right now lettie please call nine one one we'll send him to "
                        + "saint brennan's emergency department"), "ASSESSMENT AND PLAN");
        assertThat(plan).contains("• Disposition: Ambulance called for transfer to the emergency department.");
    }

    @Test
    void anAmbulanceOfferedAsAChoiceIsNotCalled() {
        assertThat(Disposition.of("The first is, I can call an ambulance.")).isNull();
        assertThat(Disposition.of("I can call an ambulance, or you can take yourself to the hospital.")).isNull();
        assertThat(Disposition.of("I'm calling an ambulance right now.")).isEqualTo("Ambulance called.");
    }
}
