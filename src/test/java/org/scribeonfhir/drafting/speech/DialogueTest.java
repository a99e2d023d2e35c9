package org.scribeonfhir.drafting.speech;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/** Turns cut into sentences with the speaker's role. */
class DialogueTest {

    @Test
    void swappedSpeakerTagsAreReadTheOtherWayRound() {
        Dialogue d = Visits.dialogue(
                "[patient] hi, what brings you in today?",
                "[doctor] my knee hurts.",
                "[patient] how long has that been going on?",
                "[doctor] about a week.",
                "[patient] any swelling?",
                "[doctor] a little.",
                "[patient] on exam, your knee is tender. let me take a look at the x-ray.",
                "[doctor] okay.",
                "[patient] any fever or chills?",
                "[doctor] no.");
        assertThat(d.notices()).singleElement().asString().contains("swapped");
        assertThat(d.utterances().get(0).role()).isEqualTo(Role.CLINICIAN);
        assertThat(d.utterances().get(1).role()).isEqualTo(Role.PATIENT);
    }

    @Test
    void unpunctuatedSwappedTagsAreFoundByWhoTellsTheirOwnPainAndWhoAsks() {
        Dialogue d = Visits.dialogue(
                "[patient] hey so see here my notes say you had positive lab work for hep c so how're you doing today",
                "[doctor] i'm doing okay but i'm a little anxious i've been feeling fine",
                "[patient] okay so in the past have any doctors ever told you that you had hep c",
                "[doctor] no never that's why i'm so surprised",
                "[patient] okay and any history of iv drug use",
                "[doctor] i used to but i have been clean for fifteen years",
                "[patient] okay and any pain in your belly",
                "[doctor] my stomach hurts sometimes after i eat",
                "[patient] alright",
                "[doctor] thanks doctor");
        assertThat(d.notices()).singleElement().asString().contains("swapped");
        assertThat(d.utterances().get(0).role()).isEqualTo(Role.CLINICIAN);
    }

    @Test
    void aQuietDoctorAndATalkativePatientAreNotSwapped() {
        Dialogue d = Visits.dialogue(
                "[doctor] hi there",
                "[patient] hi doctor, my knee hurts and i've been having trouble with the stairs",
                "[doctor] okay",
                "[patient] i fell last week and i feel it's getting worse, how long will this take?",
                "[doctor] mm-hmm",
                "[patient] i noticed some swelling too",
                "[doctor] i see",
                "[patient] what do you think it is?");
        assertThat(d.notices()).isEmpty();
    }

    @Test
    void unpunctuatedQuestionsAreQuestionsAfterFillersAndInsideARun() {
        Dialogue d = Visits.dialogue(
                "[doctor] okay and alright and have you had any fever or chills",
                "[patient] i have not at this point",
                "[doctor] yeah so some of those symptoms like any flu like symptoms have you had like any body aches",
                "[patient] no");
        assertThat(d.utterances().get(0).question()).isTrue();
        assertThat(d.answerTo(d.utterances().get(0)).text()).isEqualTo("i have not at this point");
        assertThat(d.ofTurn(3)).extracting(Utterance::text).containsExactly(
                "yeah so some of those symptoms like any flu like symptoms",
                "have you had like any body aches");
        assertThat(d.ofTurn(3).get(1).question()).isTrue();
    }

    @Test
    void anyAfterAFillerInARunStartsAQuestionItsAnswerSettles() {
        Dialogue d = Visits.dialogue("[doctor] okay alright so epigastric pain alright any blood in your stool or dark "
                + "tarry stool", "[patient] not that i noticed");
        assertThat(d.ofTurn(1)).extracting(Utterance::text).containsExactly("okay alright so epigastric pain alright",
                "any blood in your stool or dark tarry stool");
        assertThat(d.ofTurn(1).get(1).question()).isTrue();
    }

    @Test
    void anAreYouOnQuestionInARunIsAQuestion() {
        Dialogue d = Visits.dialogue("[doctor] and for your asthma are you on a controller inhaler",
                "[patient] i stopped that");
        assertThat(d.ofTurn(1)).extracting(Utterance::text).containsExactly("and for your asthma",
                "are you on a controller inhaler");
        assertThat(d.ofTurn(1).get(1).question()).isTrue();
    }

    @Test
    void aHaveYouEverQuestionRunOnAfterAStatementIsAQuestion() {
        Dialogue d = Visits.dialogue("[doctor] that's good to keep in mind um have you ever had a stretch where you "
                + "needed very little sleep", "[patient] no never like that");
        assertThat(d.ofTurn(1)).hasSize(2);
        assertThat(d.ofTurn(1).get(1).question()).isTrue();
    }

    @Test
    void unpunctuatedHowAboutAndHowIsItQuestionsAreQuestionsButAProposalIsNot() {
        Dialogue d = Visits.dialogue(
                "[doctor] okay and how about fatigue have you been feeling more tired",
                "[patient] yes a little bit",
                "[doctor] okay and i know you were mentioning a cough before how is it as far as walking",
                "[patient] it's fine",
                "[doctor] you're good today yeah you've been going through a lot lately how how are your symptoms",
                "[patient] pretty good",
                "[doctor] how about we start you on lisinopril ten milligrams daily",
                "[patient] okay");
        assertThat(d.ofTurn(1)).allMatch(Utterance::question);
        assertThat(d.ofTurn(3)).extracting(Utterance::text).containsExactly(
                "okay and i know you were mentioning a cough before", "how is it as far as walking");
        assertThat(d.ofTurn(3).get(1).question()).isTrue();
        assertThat(d.ofTurn(5)).extracting(Utterance::text).containsExactly(
                "you're good today yeah you've been going through a lot lately", "how are your symptoms");
        assertThat(d.ofTurn(5).get(1).question()).isTrue();
        assertThat(d.ofTurn(7)).noneMatch(Utterance::question);
    }

    @Test
    void aSymptomReadOutFromAListAndAnsweredNoIsAQuestionButAFindingIsNot() {
        Dialogue d = Visits.dialogue("[doctor] any vomiting", "[patient] no",
                "[doctor] black tarry stools", "[patient] no, nothing like that",
                "[doctor] lungs are clear", "[patient] good.");
        assertThat(d.ofTurn(3).get(0).question()).isTrue();
        assertThat(d.ofTurn(5).get(0).question()).isFalse();
    }

    @Test
    void aPlanThatEndsAskingForQuestionsKeepsItsStatement() {
        Dialogue d = Visits.dialogue("[doctor] i'm going to order a hemoglobin a1c and a lipid panel do you have any "
                + "questions", "[patient] no");
        assertThat(d.utterances().get(0).text()).isEqualTo("i'm going to order a hemoglobin a1c and a lipid panel");
        assertThat(d.utterances().get(0).question()).isFalse();
        assertThat(d.utterances().get(1).question()).isTrue();
    }

    @Test
    void aTagQuestionIsAStatement() {
        Dialogue d = Visits.dialogue("[doctor] we'll get an x-ray, okay?", "[patient] sure.");
        assertThat(d.utterances().get(0).question()).isFalse();
    }

    @Test
    void aConfirmationTagAsks() {
        Dialogue d = Visits.dialogue("[doctor] and the only allergy is aspirin, is that right?", "[spouse] yes.");
        assertThat(d.utterances().get(0).question()).isTrue();
    }

    @Test
    void companionsAndInterpretersKeepTheirRoles() {
        Dialogue d = Visits.dialogue("[mom] she has had a fever.", "[interpreter] she says it hurts.");
        assertThat(d.utterances()).extracting(Utterance::role).containsExactly(Role.COMPANION, Role.INTERPRETER);
    }

    @Test
    void aShortAsideAfterAQuestionLeavesItOpenButAStatementClosesIt() {
        Dialogue d = Visits.dialogue("[doctor] where exactly does it hurt? point with one finger.",
                "[patient] right here. the inside.",
                "[doctor] does it swell? i'll look at the x-ray from last week with you in a minute.",
                "[patient] no.");
        Utterance where = d.ofTurn(1).get(0);
        assertThat(d.answerTo(where).text()).isEqualTo("right here.");
        assertThat(d.questionBefore(d.ofTurn(2).get(0))).isEqualTo(where);
        assertThat(d.answerTo(d.ofTurn(3).get(0))).isNull();
        assertThat(d.questionBefore(d.ofTurn(4).get(0))).isNull();
    }

    @Test
    void anUnpunctuatedAnswerRunIntoTheDiagnosisIsASentenceOfItsOwn() {
        Dialogue d = Visits.dialogue("[patient] is it broken",
                "[doctor] very unlikely this is a sprain of the outside ligaments of the right ankle");
        assertThat(d.utterances()).extracting(Utterance::text).containsExactly("is it broken", "very unlikely",
                "this is a sprain of the outside ligaments of the right ankle");
    }

    @Test
    void anUnpunctuatedOrderAnsweredNoComplaintsIsNoQuestion() {
        Dialogue d = Visits.dialogue(
                "[doctor] keep the metformin the same one thousand twice a day and i'm taking the glipizide off your list",
                "[patient] no complaints from me",
                "[doctor] pain in your jaw when you chew",
                "[patient] no not when i chew");
        assertThat(d.utterances().get(0).question()).isFalse();
        assertThat(d.utterances().get(2).question()).isTrue();
    }
}
