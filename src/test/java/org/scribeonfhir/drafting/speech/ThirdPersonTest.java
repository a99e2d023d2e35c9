package org.scribeonfhir.drafting.speech;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.visit.Pronouns;

/** The clinician's "you" told in the third person, as subject or object. */
class ThirdPersonTest {

    private static final Pronouns HE = new Pronouns("he", "him", "his", "himself", "male");

    @Test
    void youAfterAVerbInTheProgressiveIsTheObject() {
        assertThat(ThirdPerson.addressed("I'm putting you in a walking boot for 4 weeks.", HE))
                .contains("putting him in a walking boot");
        assertThat(ThirdPerson.addressed("We're sending you for an x-ray, and you should rest.", HE))
                .contains("sending him for an x-ray").contains("he should rest");
    }

    @Test
    void youThatSomethingIsDoneForIsTheObjectButNotInAQuestion() {
        assertThat(ThirdPerson.addressed("I'll do you a fit note for two weeks.", HE))
                .contains("do him a fit note");
        assertThat(ThirdPerson.addressed("So do you smoke at all?", HE)).contains("do he smoke");
    }

    @Test
    void idBeforeAParticipleIsHadAndBeforeAVerbWould() {
        assertThat(ThirdPerson.patient("She said it was slow when I'd gone grey, and I'd need a rest.", HE))
                .contains("when he had gone grey").contains("he would need a rest");
    }

    @Test
    void aVerbTheSameInThePastStaysPastWhenTheSentenceSaysWhen() {
        assertThat(ThirdPerson.patient("I hurt it on saturday helping a buddy move.", HE))
                .isEqualTo("he hurt it on saturday helping a buddy move.");
        assertThat(ThirdPerson.patient("I hurt when I bend.", HE)).isEqualTo("he hurts when he bends.");
    }

    @Test
    void theVerbAgreesWithTheNewSubject() {
        assertThat(ThirdPerson.addressed("Speech is normal, you look anxious.", HE)).isEqualTo(
                "Speech is normal, he looks anxious.");
        assertThat(ThirdPerson.addressed("With dizzy spells where you nearly go down, rest.", HE))
                .contains("he nearly goes down");
    }

    @Test
    void everydayVerbsAgreeWithThePatientTooEvenAfterAnAdverb() {
        assertThat(ThirdPerson.patient("I usually lie in a dark room and it eases if I lie flat.", HE))
                .isEqualTo("he usually lies in a dark room and it eases if he lies flat.");
        assertThat(ThirdPerson.patient("When I carry the shopping or reach up it catches.", HE))
                .isEqualTo("When he carries the shopping or reach up it catches.");
    }

    @Test
    void youAfterSuitOrRingIsTheObject() {
        assertThat(ThirdPerson.addressed("If propranolol doesn't suit you, we could try amitriptyline.", HE))
                .isEqualTo("If propranolol doesn't suit him, we could try amitriptyline.");
        assertThat(ThirdPerson.addressed("The lab will ring you with the result.", HE))
                .isEqualTo("The lab will ring him with the result.");
    }

    @Test
    void youCoveredTestedOrWatchedIsTheObject() {
        assertThat(ThirdPerson.addressed("I'll start a blood thinner today to cover you overnight.", HE))
                .contains("to cover him overnight");
        assertThat(ThirdPerson.addressed("Before a stronger medicine we'll test you for H. pylori.", HE))
                .contains("test him for H. pylori");
    }
}
