package org.scribeonfhir.drafting.write;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every sentence a physician signs reads as a sentence (fragments from ACI-Bench train drafts, reworded). */
class FragmentsTest {

    private static String exam(String text) {
        return Fragments.clean(text, false).orElse(null);
    }

    private static String plan(String text) {
        return Fragments.clean(text, true).orElse(null);
    }

    @Test
    void aSentenceThatTrailsOffIsCutBackToWhereItIsWhole() {
        assertThat(exam("• Musculoskeletal: Pain with palpation on the medial aspect of the right knee and that's "
                + "concerning for. Decreased range of motion.")).isEqualTo("• Musculoskeletal: Pain with palpation "
                + "on the medial aspect of the right knee. Decreased range of motion.");
        assertThat(exam("• Gastrointestinal: Tenderness to palpation of the right flank on the.")).isEqualTo(
                "• Gastrointestinal: Tenderness to palpation of the right flank.");
        assertThat(plan("• Medical Treatment: If the swelling doesn't go away, will do some more testing for."))
                .isEqualTo("• Medical Treatment: If the swelling doesn't go away, will do some more testing.");
    }

    @Test
    void particlesAuxiliariesAndAdverbsMayEndASentence() {
        String text = "She has not hurt herself in quite a while. They did an x-ray before he came in. Keep the arm "
                + "as straight as he can. She has not felt anything since.";
        assertThat(exam(text)).isEqualTo(text);
        assertThat(exam("Mr. Lee has no chest pain. Dr. Ortiz saw him in May.")).isEqualTo(
                "Mr. Lee has no chest pain. Dr. Ortiz saw him in May.");
    }

    @Test
    void aShortSentenceStartedMidClauseIsDroppedBecauseWhatCameBeforeMayHaveBeenNo() {
        assertThat(exam("• Musculoskeletal: Or positive straight leg raise on the. Strength is 5/5.")).isEqualTo(
                "• Musculoskeletal: Strength is 5/5.");
        assertThat(exam("• Neck: Of that effusion.")).isNull();
        assertThat(exam("• Cardiovascular: Of the right foot the capillary refill is less than 3 seconds and the "
                + "dorsalis pedis pulse is strong.")).isEqualTo("• Cardiovascular: The right foot the capillary "
                + "refill is less than 3 seconds and the dorsalis pedis pulse is strong.");
    }

    @Test
    void aConditionWithoutItsInstructionIsDroppedFromThePlanButAReturnPrecautionStays() {
        assertThat(plan("• Medical Treatment: If the patient starts to see any significant increase in them."))
                .isNull();
        assertThat(plan("• Patient Education and Counseling: If the fever comes back call the clinic.")).isEqualTo(
                "• Patient Education and Counseling: If the fever comes back call the clinic.");
        assertThat(exam("When the patient walks more than a block the calf cramps.")).isEqualTo(
                "When the patient walks more than a block the calf cramps.");
    }

    @Test
    void talkAboutTheConversationIsDropped() {
        assertThat(plan("• Medical Reasoning: The reason the clinician is asking all these questions is the "
                + "inactivity.")).isNull();
        assertThat(plan("• Medical Reasoning: That's a good question so the prognosis is favorable.")).isNull();
    }

    @Test
    void aPhraseRestatedWithAQualifierKeepsTheRestatement() {
        assertThat(exam("• Musculoskeletal: Fluid in the knee a small amount of fluid in the knee.")).isEqualTo(
                "• Musculoskeletal: A small amount of fluid in the knee.");
        assertThat(exam("The patient was playing tennis and the patient was trying to volley the ball.")).isEqualTo(
                "The patient was playing tennis and the patient was trying to volley the ball.");
        assertThat(exam("Advised to call the clinic or call the clinic through the portal.")).isEqualTo(
                "Advised to call the clinic or call the clinic through the portal.");
    }

    @Test
    void theShorterOfTwoSentencesThatSayTheSameIsDroppedAndFillerTailsGo() {
        assertThat(exam("• Musculoskeletal: Pain with palpation. Pain with palpation on the medial aspect of the "
                + "knee.")).isEqualTo("• Musculoskeletal: Pain with palpation on the medial aspect of the knee.");
        assertThat(exam("X-ray: no fracture or anything like that.")).isEqualTo("X-ray: no fracture.");
        assertThat(exam("• Musculoskeletal: Negative varus and valgus stress test that's really important.")).isEqualTo(
                "• Musculoskeletal: Negative varus and valgus stress test.");
    }

    @Test
    void counsellingAndReasoningSayAnInstructionAFindingOrAClinicalWord() {
        assertThat(plan("• Medical Reasoning: Likely that's exciting.")).isNull();
        assertThat(plan("• Medical Reasoning: Likely it's a white pill and it's round.")).isNull();
        assertThat(plan("• Patient Education and Counseling: Advised to have a seat on this table.")).isNull();
        assertThat(plan("• Patient Education and Counseling: As long as she does not move her shoulder.")).isNull();
        assertThat(plan("• Patient Education and Counseling: Advised to push fluids and strain his urine.")).isEqualTo(
                "• Patient Education and Counseling: Advised to push fluids and strain his urine.");
        assertThat(plan("• Medical Reasoning: This is likely a flare of cervical radiculopathy.")).isEqualTo(
                "• Medical Reasoning: This is likely a flare of cervical radiculopathy.");
        assertThat(plan("• Medical Treatment: Give right knee brace.")).isEqualTo(
                "• Medical Treatment: Give right knee brace.");
    }

    @Test
    void aTreatmentLineNamesWhatIsDoneAndAFindingFiledThereIsKept() {
        assertThat(plan("• Medical Treatment: This condition has to do with the way the kneecap moves along the "
                + "groove of the thigh bone.")).isNull();
        assertThat(plan("• Medical Treatment: The clinician said the clinician is active.")).isNull();
        assertThat(plan("• Medical Treatment: Cortisone injection.")).isEqualTo("• Medical Treatment: Cortisone "
                + "injection.");
        assertThat(plan("• Medical Treatment: Strong dorsalis pedis pulses.")).isEqualTo(
                "• Medical Treatment: Strong dorsalis pedis pulses.");
        assertThat(plan("• Medical Treatment: If she gets a fever, that could mean a kidney infection.")).isEqualTo(
                "• Medical Treatment: If she gets a fever, that could mean a kidney infection.");
    }

    @Test
    void namedListsAreLeftAsTheyAre() {
        String meds = "Current medications: aspirin 81 mg daily, metformin 500 mg twice daily and.";
        assertThat(exam(meds)).isEqualTo(meds);
    }
}
