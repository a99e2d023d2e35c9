package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * Defects of the 2.5.86 read (`src/challenge/reads/2.5.86`), each written again in our own words: allergy labels read
 * from the chart and confirmed, corrected or taken off; a relative's tablet or allergy handed back; holds said after a
 * dash or as "don't take it tomorrow"; vaccines, steroid and local anaesthetic injections given in the room; words that
 * are no order (a salicylate "like aspirin", a course had without a problem) and a dose said digit by digit.
 */
class ChartLabelsOthersTabletsAndShotsGivenTest {

    private static List<String> all(String... lines) {
        return Visits.lines(Visits.draft(lines));
    }

    private static String line(List<String> note, String start) {
        return note.stream().filter(l -> l.startsWith(start)).findFirst().orElse("");
    }

    @Test
    void aLabelTheClinicianSaysIsToleratedGoes() {
        List<String> note = all("[patient] I feel faint and sick since the bus trip.",
                "[doctor] Any allergies?",
                "[patient] Ciprofloxacin, my tendons ached.",
                "[doctor] And the form says ibuprofen allergy?",
                "[patient] That was as a toddler. I take ibuprofen all the time now.",
                "[doctor] So ibuprofen is tolerated. Let me examine you.");
        assertThat(line(note, "Allergies")).contains("ciprofloxacin").doesNotContain("ibuprofen");
    }

    @Test
    void contrastHadWithoutAnyReactionTakesTheNotedLabelsOff() {
        List<String> note = all("[patient] I'm getting up four times a night to pee.",
                "[doctor] There's an old note here, \"iodine, shellfish allergy\".",
                "[patient] That's from my dad. I had a CT with dye last year and nothing happened.",
                "[doctor] So you've had IV contrast without any reaction. I'll take that off the allergy list.");
        assertThat(note).noneMatch(l -> l.startsWith("Allergies") && (l.contains("iodine") || l.contains("shellfish")))
                .noneMatch(l -> l.toLowerCase().contains("food allergy"));
    }

    @Test
    void anAllergyReadFromTheChartAndConfirmedIsRecordedWithItsReaction() {
        List<String> note = all("[patient] My stream is weak these days.",
                "[doctor] Allergies — I've got enalapril.",
                "[patient] Yep. My tongue swelled up like a balloon, they took me to hospital.");
        assertThat(line(note, "Allergies")).contains("enalapril").contains("swelling");
    }

    @Test
    void anAllergyTheFatherGivesToHerBrotherByNameIsNotHersNorIsHisEpiPen() {
        List<String> note = all("[mother] She's had a fever and spots in her mouth since Sunday.",
                "[doctor] Any allergies for Losana?",
                "[mother] Peanuts — she has the EpiPen —",
                "[father] No, no, that's Semi. Semi has the peanut allergy, the EpiPen is his.",
                "[mother] Sorry, yes. Losana is the cefalexin — she got big hives all over last year.",
                "[doctor] Cefalexin, hives.");
        assertThat(line(note, "Allergies")).doesNotContain("peanut").doesNotContain("epinephrine")
                .contains("cephalexin (hives)");
        assertThat(line(note, "Current medications")).doesNotContain("EpiPen").doesNotContain("epinephrine");
    }

    @Test
    void aTabletTheWifeSaysIsHersIsNotHis() {
        List<String> note = all("[patient] I've been vomiting in this heat since lunchtime.",
                "[doctor] What medicines do you take?",
                "[patient] Ramipril, five milligrams in the morning.",
                "[wife] And the gliclazide.",
                "[patient] That's yours, love! She's the diabetic, not me.",
                "[wife] Oh, yes — the gliclazide's mine.");
        assertThat(line(note, "Current medications")).contains("ramipril").doesNotContain("gliclazide");
    }

    @Test
    void theHusbandsAnticoagulantHandedBackIsNotHers() {
        List<String> note = all("[patient] My shoulder hurts when I lift my arm.",
                "[doctor] Any regular tablets?",
                "[patient] Atorvastatin at night.",
                "[husband] And the apixaban, tell her—",
                "[patient] Bertie, that is YOUR apixaban! For your heart. I don't take it.",
                "[doctor] So Bertie is on apixaban, not you. Allergies?");
        assertThat(note).noneMatch(l -> l.toLowerCase().contains("apixaban"));
    }

    @Test
    void aHoldSaidAfterADashIsAHold() {
        List<String> note = all("[patient] I cut my palm on a tin lid.",
                "[doctor] Any regular medicines?",
                "[patient] Naproxen for my knees, 500 twice a day.",
                "[doctor] With the naproxen — I'd like you to hold it for the next four days while this heals.");
        assertThat(note).anyMatch(l -> l.contains("Hold naproxen")).noneMatch(l -> l.contains("Continue naproxen"));
    }

    @Test
    void theWaterTabletNotToBeTakenTomorrowIsHeldTomorrow() {
        List<String> note = all("[patient] I came over dizzy and weak on the tour.",
                "[patient] I take indapamide, 2.5 milligrams in the morning.",
                "[doctor] Let me examine you. Your mouth is dry.",
                "[doctor] So this is heat exhaustion with dehydration.",
                "[doctor] Now — the indapamide: don't take it tomorrow morning. Skip it for one day only.");
        assertThat(note).anyMatch(l -> l.contains("Hold indapamide tomorrow"))
                .noneMatch(l -> l.contains("on tomorrow"));
    }

    @Test
    void aVaccineTheNurseSaysIsDoneIsGivenNotRecommended() {
        List<String> note = all("[patient] My hand hurts, I cut it on a rusty gate.",
                "[doctor] Let me see. A clean cut on the back of the hand.",
                "[doctor] So the plan is this. You're due a booster.",
                "[doctor] Tetanus, diphtheria and polio booster, half a mil IM into the right deltoid.",
                "[nurse] Done, right arm.");
        assertThat(note).anyMatch(l -> l.contains("tetanus-diphtheria-polio vaccine") && l.contains("given in clinic"))
                .noneMatch(l -> l.startsWith("• Patient Education") && l.contains("booster"));
    }

    @Test
    void aSteroidInjectedWithLidocaineIsGivenIntoTheShoulder() {
        List<String> note = all("[patient] My right shoulder aches when I reach up.",
                "[doctor] Let me see. Painful arc between sixty and a hundred and twenty degrees.",
                "[doctor] So this is a rotator cuff tendinopathy. I'll inject it today.",
                "[doctor] I'll use methylprednisolone 40 milligrams with 2 mL of 1% lidocaine. Right shoulder, "
                        + "posterior approach. Small scratch.");
        assertThat(note).anyMatch(l -> l.toLowerCase().contains("methylprednisolone") && l.contains("40 mg")
                && l.contains("right shoulder") && l.contains("given in clinic"))
                .anyMatch(l -> l.contains("2 mL of 1%") && l.contains("given in clinic"))
                .noneMatch(l -> l.contains("Start methylprednisolone"));
    }

    @Test
    void aLidocaineVolumeCorrectedBeforeTheInjectionIsTheOneGiven() {
        List<String> note = all("[patient] I slipped with the knife.",
                "[doctor] Let me look. A 4 centimetre cut on the forearm, clean edges.",
                "[doctor] So we'll clean it and stitch it. I'll numb it up with lidocaine 1%, I'll use 4 mL — actually "
                        + "no, it's long, let's say 7 mL.",
                "[patient] Go on then.",
                "[doctor] Sharp scratch. That's the lidocaine in.");
        assertThat(note).anyMatch(l -> l.contains("7 mL of 1%") && l.contains("given in clinic"))
                .noneMatch(l -> l.contains("Start lidocaine"));
    }

    @Test
    void aSalicylateLikeAspirinIsNoAspirinStop() {
        List<String> note = all("[mother] She has ulcers in her mouth and won't drink.",
                "[doctor] Let me look. Ulcers on the tongue and spots on her palms.",
                "[doctor] So the plan is this. It's hand, foot and mouth disease, a virus.",
                "[doctor] And no more Bonjela — it has a salicylate, like aspirin, not for small children.");
        assertThat(note).noneMatch(l -> l.contains("aspirin") && l.contains("Stop"));
    }

    @Test
    void aDoseSaidDigitByDigitIsNotZero() {
        List<String> note = all("[patient] I've been seeing a cat that isn't there.",
                "[doctor] Let me check your medicines. I have ropinirole, zero point five milligrams three times a day.",
                "[doctor] So the plan is this. I want to reduce the ropinirole — from zero point five to zero point "
                        + "three seven five milligrams, three times a day.");
        assertThat(note).anyMatch(l -> l.contains("0.375 mg")).noneMatch(l -> l.contains(" 0 mg"));
    }

    @Test
    void aCourseHadWithoutAProblemIsNotCurrent() {
        List<String> note = all("[patient] My hand needs stitching.",
                "[doctor] Your record says penicillin allergy — that's actually your wife's, and you've had "
                        + "amoxicillin without a problem?",
                "[patient] That's right. Took the whole lot, no bother.");
        assertThat(line(note, "Current medications")).doesNotContain("amoxicillin");
        assertThat(line(note, "Allergies")).doesNotContain("amoxicillin");
    }
}
