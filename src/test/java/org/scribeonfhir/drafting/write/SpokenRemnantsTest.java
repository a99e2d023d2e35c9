package org.scribeonfhir.drafting.write;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Statements that kept the clinician's spoken words, as a drafter met them on ACI-Bench train and valid. */
class SpokenRemnantsTest {

    private static String clean(String text) {
        return SpokenRemnants.clean(text, false).orElse("<dropped>");
    }

    @Test
    void inThePlanTheClinicianIntentionIsKeptInTheThirdPerson() {
        assertThat(SpokenRemnants.clean("• Additional Testing: I will be ordering an MRI of the left foot.", true))
                .hasValue("• Additional Testing: The clinician will be ordering an MRI of the left foot.");
        assertThat(clean("• Additional Testing: I will be ordering an MRI of the left foot.")).isEqualTo("<dropped>");
    }

    @Test
    void aClauseGoingOnInTheFirstPersonIsCutWhereItBegins() {
        assertThat(clean("• Musculoskeletal: Small amount of tenderness when i flex her, when i, do valgus stressing."))
                .isEqualTo("• Musculoskeletal: Small amount of tenderness.");
        assertThat(clean("• Cardiovascular: Slight 3/6 systolic ejection murmur, but we've heard that in the past."))
                .isEqualTo("• Cardiovascular: Slight 3/6 systolic ejection murmur.");
        assertThat(clean("Hemoglobin A1c: The hemoglobin A1c has been slightly high at 8; i'd like to see that lower."))
                .isEqualTo("Hemoglobin A1c: The hemoglobin A1c has been slightly high at 8.");
    }

    @Test
    void theClinicsOwnPeopleAndPlacesAreNamedWithoutTheFirstPerson() {
        assertThat(clean("• Specialist Referrals: Referral to our diabetes educator."))
                .isEqualTo("• Specialist Referrals: Referral to the diabetes educator.");
        assertThat(clean("• Patient Education and Counseling: Advised to call us or my office if the rash spreads."))
                .isEqualTo("• Patient Education and Counseling: Advised to call the clinic or the office if the rash spreads.");
    }

    @Test
    void spokenPhrasesBecomeNoteRegister() {
        assertThat(clean("• Genitourinary: The prostate seems slightly enlarged to me on physical exam."))
                .isEqualTo("• Genitourinary: The prostate seems slightly enlarged on physical exam.");
        assertThat(clean("• Cardiovascular: Regular rate and rhythm with no murmurs that i appreciate."))
                .isEqualTo("• Cardiovascular: Regular rate and rhythm with no murmurs.");
        assertThat(clean("Blood work: i personally reviewed the labs dated 3/3/21 including CBC; All were normal."))
                .isEqualTo("Blood work: reviewed the labs dated 3/3/21 including CBC; All were normal.");
        assertThat(clean("X-ray: The joint spaces are well maintained i don't see any evidence of any fracture."))
                .isEqualTo("X-ray: The joint spaces are well maintained no fracture.");
    }

    @Test
    void aFindingSpokenAfterAFrameIsKept() {
        assertThat(clean("• Constitutional: Today, we have a very pleasant, cooperative, healthy male, no distress."))
                .isEqualTo("• Constitutional: A very pleasant, cooperative, healthy male, no distress.");
        assertThat(clean("• Musculoskeletal: Associated swelling and i also recognize that the patient has tenderness."))
                .isEqualTo("• Musculoskeletal: Associated swelling the patient has tenderness.");
        assertThat(clean("• Respiratory: I'm going to listen to the lungs here the lungs are clear bilaterally."))
                .isEqualTo("• Respiratory: The lungs are clear bilaterally.");
    }

    @Test
    void aSpokenSelfCorrectionKeepsOnlyTheCorrectedWords() {
        assertThat(clean("• Additional Testing: Repeat hemoglobin A1c in a couple weeks, or, i'm sorry, a couple months."))
                .isEqualTo("• Additional Testing: Repeat hemoglobin A1c in a couple months.");
        assertThat(clean("Blood work: the alkaline phosphatase, excuse me, was elevated to 156."))
                .isEqualTo("Blood work: the alkaline phosphatase was elevated to 156.");
    }

    @Test
    void aFindingSpokenInTheFirstPersonIsKeptWithTheClinicianInTheThirdPerson() {
        assertThat(clean("• Neurological: Normal gait i watched walk in here this morning."))
                .isEqualTo("• Neurological: Normal gait the clinician watched walk in here this morning.");
        assertThat(clean("• Respiratory: I heard that before and that is stable."))
                .isEqualTo("• Respiratory: The clinician heard that before and that is stable.");
        assertThat(clean("Hemoglobin: i checked it today and the hemoglobin is low."))
                .isEqualTo("Hemoglobin: The clinician checked it today and the hemoglobin is low.");
    }

    @Test
    void speechWithNothingClinicalBeforeItsFirstPersonIsDropped() {
        assertThat(clean("Let's talk about the asthma first so what inhaler are you using now.")).isEqualTo("<dropped>");
        assertThat(clean("• Neurological: I'm going to check her reflexes.")).isEqualTo("<dropped>");
        assertThat(clean("• Respiratory: Lungs are clear. I think we should talk about your diet."))
                .isEqualTo("• Respiratory: Lungs are clear.");
    }

    @Test
    void namesInListsWrittenFromTheVisitModelAreLeftAlone() {
        assertThat(clean("Current medications: My Way (levonorgestrel), lisinopril 20 mg daily."))
                .isEqualTo("Current medications: My Way (levonorgestrel), lisinopril 20 mg daily.");
        assertThat(clean("• Constitutional: Well appearing, no distress.")).isEqualTo("• Constitutional: Well appearing, no distress.");
    }
}
