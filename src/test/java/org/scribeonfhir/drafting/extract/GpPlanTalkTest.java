package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * How a GP talks through a plan and how a patient opens (written by us after a physician's read of drafts): stress at
 * work before the skin complaint, a denial the patient starts again, aching muscles, "what I can do is", a reasoning
 * question about "someone" with a fever, blood films for malaria, too breathless to finish a sentence, and what
 * "generally" goes with a chest infection.
 */
class GpPlanTalkTest {

    @Test
    void stressAtWorkIsTheSettingOfTheSkinComplaint() {
        var draft = Visits.draft("[doctor] And how can I help you this afternoon?",
                "[patient] Um, so basically, I've been really stressed at work for the past few days.",
                "[patient] And, I've realised that I've got, really dry itchy skin.",
                "[doctor] Tell me more about your skin first.");
        List<String> note = Visits.lines(draft);
        assertThat(Visits.lines(draft, "CHIEF COMPLAINT")).first().asString().startsWith("Dry skin");
        assertThat(note).noneMatch(l -> l.contains("dry pruritus"));
    }

    @Test
    void aDenialStartedAgainIsTooBrokenToCopy() {
        String said = "But I don't really feel like, getting up in the morning's really hard, and I don't have much "
                + "energy at all during the day.";
        assertThat(BrokenSpeech.garbled(said, said)).isTrue();
        assertThat(BrokenSpeech.garbled("I don't really feel like eating much.", "I don't really feel like eating "
                + "much.")).isFalse();
    }

    @Test
    void aRunningNoseAndAchingMusclesAreNoNosePain() {
        List<String> ros = Visits.lines(Visits.draft("[doctor] What symptoms have you had?",
                "[patient] Like running nose, and like kind of muscles aching, and a bit of a headache."),
                "REVIEW OF SYSTEMS");
        assertThat(String.join("\n", ros)).contains("myalgia").doesNotContain("nose pain");
    }

    @Test
    void whatICanDoIsLeadsToTheOrderAndWeMayNeedIsTheClinicians() {
        List<String> plan = Visits.lines(Visits.draft("[doctor] Hello, what's brought you in today?",
                "[patient] I've been wheezy and short of breath for three days.",
                "[doctor] Any fever?", "[patient] No.", "[doctor] Any chest pain?", "[patient] No.",
                "[doctor] It sounds like you've had a flare up of your asthma.",
                "[doctor] What I can do is, I can prescribe you a peak flow meter.",
                "[doctor] And it will be a good idea when you're feeling better if we can arrange a review, because we "
                        + "may need to start some other medication for you."), "ASSESSMENT AND PLAN");
        assertThat(plan).noneMatch(l -> l.contains("What may do") || l.contains("if may ")
                || l.contains("because may "));
        assertThat(plan).anyMatch(l -> l.contains("because the clinician may need to start"));
    }

    @Test
    void aReasoningQuestionAboutSomeoneKeepsThePlanAndMalariaFilmsAreOrdered() {
        List<String> plan = Visits.lines(Visits.draft("[doctor] What's been happening?",
                "[patient] I've had a fever and sweats for a week, and I'm aching all over.",
                "[doctor] Any cough?", "[patient] No.", "[doctor] Any diarrhoea?", "[patient] No.",
                "[doctor] Have you been abroad?", "[patient] Yes, I came back from Vietnam four weeks ago.",
                "[doctor] We're going to need to bring you into one of our clinics to examine you.",
                "[doctor] When someone has got fever and sweats, we want to find out have they got a chest infection, "
                        + "have they got a throat infection?",
                "[doctor] And we need to think about things like malaria as well.",
                "[doctor] I'll be asking for something called thick and thin blood films, to check for malaria."),
                "ASSESSMENT AND PLAN");
        assertThat(plan).contains("• Additional Testing: Order malaria blood films.");
    }

    @Test
    void notFinishingASentenceIsTheBreathlessnessMarkedNotTheComplaint() {
        var draft = Visits.draft("[doctor] What's brought you in?",
                "[patient] I'm short of breath, and sometimes I feel like I can't even finish a sentence.",
                "[doctor] When did it start?", "[patient] About three days ago.");
        assertThat(Visits.lines(draft, "CHIEF COMPLAINT")).first().asString().startsWith("Shortness of breath")
                .doesNotContain("sentences");
        assertThat(Visits.lines(draft, "REVIEW OF SYSTEMS")).anyMatch(l -> l.contains("difficulty completing "
                + "sentences"));
    }

    @Test
    void whatUsuallyGoesWithAChestInfectionIsNoPartOfTheStory() {
        assertThat(Visits.lines(Visits.draft("[doctor] What's brought you in?",
                "[patient] A cough and a cold for about five days.",
                "[doctor] Any shortness of breath?", "[patient] No.",
                "[doctor] And generally if you have things like a chest infection, you would have a bit like a wheeze "
                        + "or shortness of breath."), "HISTORY OF PRESENT ILLNESS"))
                .noneMatch(l -> l.contains("chest infection"));
    }
}
