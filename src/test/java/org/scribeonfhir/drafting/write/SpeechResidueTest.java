package org.scribeonfhir.drafting.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** What still reads as talk after the first person is gone. */
class SpeechResidueTest {

    private static String clean(String text) {
        return SpeechResidue.clean(text).orElse(null);
    }

    @Test
    void theClinicianHedgesAndExcusesAreTakenOutAndWhatTheNoteStatesStays() {
        assertThat(clean("• Patient Education and Counseling: The clinician knows that they did an x-ray before he "
                + "came in.")).isEqualTo("• Patient Education and Counseling: They did an x-ray before he came in.");
        assertThat(clean("• Medical Treatment: It's a focused anti-inflammatory medicine, excuse the clinician, that "
                + "works behind the nerve roots.")).isEqualTo("• Medical Treatment: It's a focused anti-inflammatory "
                + "medicine that works behind the nerve roots.");
        assertThat(clean("• Patient Education and Counseling: Keep up the exercise routine the clinician thinks that's "
                + "a great plan.")).isEqualTo("• Patient Education and Counseling: Keep up the exercise routine that's "
                + "a great plan.");
    }

    @Test
    void likeAsAPauseAndYouKnowAreFillersButLikeAsAComparisonStays() {
        assertThat(clean("The patient's throat has been hurting for like 4 days now, you know.")).isEqualTo(
                "The patient's throat has been hurting for 4 days now.");
        assertThat(clean("It feels like a band around her head.")).isEqualTo("It feels like a band around her head.");
    }

    @Test
    void theCliniciansFeelingsAndAQuestionLeftAloneAreDropped() {
        assertThat(SpeechResidue.clean("• Medical Reasoning: The clinician is glad the patient is doing well."))
                .isEqualTo(Optional.empty());
        assertThat(SpeechResidue.clean("• Medical Reasoning: Likely the clinician knows this.")).isEmpty();
    }

    @Test
    void aQuestionTheStatementRunsIntoIsCutButAnOrderWithThePatientIsNot() {
        assertThat(clean("• Medical Treatment: The clinician do want the patient to continue to hydrate as much as "
                + "possible what questions.")).isEqualTo("• Medical Treatment: The clinician wants the patient to "
                + "continue to hydrate as much as possible.");
        assertThat(clean("• Gastrointestinal: No chest pain are the patient having belly pain. No abdominal pain."))
                .isEqualTo("• Gastrointestinal: No chest pain. No abdominal pain.");
        assertThat(clean("• Medical Treatment: Will have the patient continue the NSAIDs.")).isEqualTo(
                "• Medical Treatment: Will have the patient continue the NSAIDs.");
    }

    @Test
    void aFindingToldInTheCliniciansVoiceIsTheFinding() {
        assertThat(clean("• Medical Treatment: The clinician do appreciate strong dorsalis pedis pulses.")).isEqualTo(
                "• Medical Treatment: Strong dorsalis pedis pulses.");
        assertThat(clean("• Neck: The clinician does not hear any hearing any carotid bruit.")).isEqualTo(
                "• Neck: No carotid bruit.");
        assertThat(clean("• Medical Treatment: The clinician is also going to prescribe some crutches.")).isEqualTo(
                "• Medical Treatment: Will prescribe some crutches.");
    }

    @Test
    void namedListsAreLeftAlone() {
        assertThat(clean("Current medications: Like (levonorgestrel), you know.")).isEqualTo(
                "Current medications: Like (levonorgestrel), you know.");
    }
}
