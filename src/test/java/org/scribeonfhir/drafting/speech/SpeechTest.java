package org.scribeonfhir.drafting.speech;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the drafter reads of a recorder's turn. */
class SpeechTest {

    @Test
    void recorderSpacingIsUndone() {
        assertThat(Speech.normalize("i have n't had any joint pain , and i 'm gon na try .")).isEqualTo(
                "i haven't had any joint pain, and i'm going to try.");
    }

    @Test
    void theRecordersSpaceBeforeYearOldIsUndoneSoTheIntroductionIsRead() {
        assertThat(Speech.normalize("so beverly is a 53 -year-old female with a recent diagnosis"))
                .isEqualTo("so beverly is a 53-year-old female with a recent diagnosis");
    }

    @Test
    void spokenDecimalsAndUnitsBecomeDigits() {
        assertThat(Speech.normalize("your a1c now was six . seven")).isEqualTo("your a1c now was 6.7");
        assertThat(Speech.normalize("six point seven")).isEqualTo("6.7");
        assertThat(Speech.normalize("take two and a half milligrams")).isEqualTo("take 2.5 mg");
        assertThat(Speech.normalize("a temperature of a hundred and one")).isEqualTo("a temperature of 101");
        assertThat(Speech.normalize("blood pressure was one forty two over eighty eight"))
                .isEqualTo("blood pressure was 142 over 88");
        assertThat(Speech.normalize("lithium four fifty milligrams twice a day")).isEqualTo("lithium 450 mg twice a day");
        assertThat(Speech.normalize("the ejection fraction is forty five percent"))
                .isEqualTo("the ejection fraction is 45%");
    }

    @Test
    void aWordBegunAndThenSaidWholeIsSaidOnce() {
        assertThat(Speech.normalize("any numb numbness or tingling")).isEqualTo("any numbness or tingling");
        assertThat(Speech.normalize("i can not afford tennis less lessons")).isEqualTo("i can not afford tennis lessons");
        assertThat(Speech.normalize("for forty minutes")).isEqualTo("for 40 minutes");
    }

    @Test
    void aThousandIsANumber() {
        assertThat(Speech.normalize("continue the metformin a thousand milligrams twice a day"))
                .isEqualTo("continue the metformin 1000 mg twice a day");
    }

    @Test
    void aSideSaidAgainAsACheckIsTheSideButTwoSidesDescribedStayTwo() {
        assertThat(Speech.normalize("she's here for left leg pain . right leg pain , right leg pain ?"))
                .isEqualTo("she's here for right leg pain.");
        assertThat(Speech.normalize("left ear clear . right ear clear .")).isEqualTo("left ear clear. right ear clear.");
    }

    @Test
    void aNumberSaidTwiceInARowIsOneNumber() {
        assertThat(Speech.normalize("start you on naprosyn five hundred five hundred milligrams twice a day"))
                .isEqualTo("start you on naprosyn 500 mg twice a day");
    }

    @Test
    void aSentenceEndingInANumberIsNotADecimalWithTheNextOnesDuration() {
        assertThat(Speech.normalize("your phq nine today is twelve . six weeks ago it was nineteen ."))
                .isEqualTo("your phq 9 today is 12. 6 weeks ago it was 19.");
        assertThat(Speech.normalize("hemoglobin was twelve . six today")).isEqualTo("hemoglobin was 12.6 today");
    }

    @Test
    void aLoneOneStaysAWord() {
        assertThat(Speech.normalize("no one told me , the one on the left")).isEqualTo("no one told me, the one on the left");
        assertThat(Speech.normalize("one to two weeks")).isEqualTo("1 to 2 weeks");
    }

    @Test
    void voiceCommandsFillersAndStuttersGoButWhatTheClinicianLooksAtOrOrdersStays() {
        assertThat(Speech.normalize("hey , dragon , show me the x-ray . so , um , i , i , i think s- s- systolic"))
                .isEqualTo("let's look at the x-ray. so, i think systolic");
        assertThat(Speech.normalize("hey dragon ? order ultram 50 milligrams every six hours as needed for pain ."))
                .isEqualTo("i'll order ultram 50 mg every 6 hours as needed for pain.");
        assertThat(Speech.normalize("okay , dragon , finalize the note .")).isEmpty();
        assertThat(Speech.normalize("go to the e r if it gets worse")).isEqualTo("go to the emergency room if it gets worse");
    }

    @Test
    void aNumberReadOutDigitByDigitKeepsEveryDigit() {
        assertThat(Speech.normalize("call nine eight eight , the crisis line")).doesNotContain("nine eight,")
                .matches(".*(?:9 ?8 ?8|nine eight eight).*");
        assertThat(Speech.normalize("it was very very painful")).isEqualTo("it was very painful");
    }

    @Test
    void aTranscribersUncertaintyAndUnintelligibleMarksAreNeverNoteText() {
        assertThat(Speech.normalize("I'll leave a <UNSURE>link</UNSURE> to some <UNIN/> information."))
                .isEqualTo("I'll leave a link to some information.");
        assertThat(Speech.normalize("and the pain started <INAUDIBLE_SPEECH/> last night <LAUGH/>"))
                .isEqualTo("and the pain started last night");
    }

    @Test
    void aThousandsSeparatorIsNoPauseSoTheDoseStaysWhole() {
        assertThat(Speech.normalize("let's increase the metformin to 1,000 mg twice a day"))
                .isEqualTo("let's increase the metformin to 1000 mg twice a day");
        assertThat(Speech.normalize("walking 12,500 steps, 3, 4 days a week")).contains("12500 steps, 3, 4 days");
    }

    @Test
    void lettersSpelledOutByTheRecorderAreOneWord() {
        assertThat(Speech.normalize("no s t changes and no h r t for a year, a spray called g t n"))
                .isEqualTo("no st changes and no hrt for a year, a spray called gtn");
    }

    @Test
    void aClauseLeftAtAPauseAndBegunAgainIsSaidOnceButTwoThingsListedAtAPauseStay() {
        assertThat(Speech.normalize("but typically with these , um ... but typically , these cause the pain"))
                .isEqualTo("but typically, these cause the pain");
        assertThat(Speech.normalize("it's already healed by the point ... by this point ."))
                .isEqualTo("it's already healed by this point.");
        assertThat(Speech.normalize("so stress from this could be , um ... could be , uh ... could be very well have"))
                .isEqualTo("so stress from this could be very well have");
        assertThat(Speech.normalize("i saw the doctor and the , um ... the nurse"))
                .isEqualTo("i saw the doctor and the nurse");
        assertThat(Speech.normalize("some chest pain ... chest tightness")).isEqualTo("some chest pain, chest tightness");
    }
}
