package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * How patients answer a GP on a call and what a GP says that is no symptom (written by us after a physician's read of
 * drafts): a yes taken back in the next turn, "difficulties swallowing, is that right?", "coughing up anything?",
 * "non-productive", "my chest has been tight", a rash that has gone, an age said back, side effects counselled, a no
 * to "any difference if you … cough or sneeze?".
 */
class GpAnswersTest {

    private static String ros(String... lines) {
        return String.join("\n", Visits.lines(Visits.draft(lines), "REVIEW OF SYSTEMS"));
    }

    @Test
    void aYesTakenBackByAnEmphaticNoInTheNextTurnIsADenial() {
        assertThat(ros("[doctor] What's brought you in?", "[patient] My left arm has gone numb over two weeks.",
                "[doctor] Any neck pain at all?", "[patient] Yes, absolutely.", "[patient] No, not, no, nothing."))
                .contains("Denies neck pain").doesNotContain("Endorses neck pain");
    }

    @Test
    void difficultiesSwallowingConfirmedIsDysphagia() {
        assertThat(ros("[doctor] What's happened?", "[patient] I woke up and couldn't move my left arm.",
                "[doctor] So, you have some difficulties swallowing, is that right?", "[patient] Um, yeah."))
                .contains("Endorses dysphagia");
    }

    @Test
    void nothingCoughedUpIsNoProductiveCoughAndNonProductiveIsDry() {
        String ros = ros("[doctor] What's the problem today?", "[patient] My chest has been really tight for three "
                + "hours, and I'm coughing.", "[doctor] And are you coughing up anything?", "[patient] Uh, no.");
        assertThat(ros).contains("chest tightness").contains("Denies productive cough").doesNotContain("Denies cough");
        List<String> hpi = Visits.lines(Visits.draft("[doctor] What's the problem today?",
                "[patient] I've got a cough and I'm wheezy.",
                "[doctor] So it's a non-productive cough. Is the cough worse at night-time?",
                "[patient] A little bit worse at night."), "HISTORY OF PRESENT ILLNESS");
        assertThat(hpi).noneMatch(l -> l.contains("productive cough") && !l.contains("denies"));
    }

    @Test
    void cannotHoldItBecauseOfThePainIsNoUrgencyAndOrBothAnsweredNoIsNoDenial() {
        String ros = ros("[doctor] What's brought you in?", "[patient] My left hand has gone numb.",
                "[doctor] Which fingers do you feel numb?", "[patient] My second, third and fourth finger.",
                "[doctor] And is it the palm side or the back of your hand, or both?",
                "[patient] No. It's this side, the front.",
                "[doctor] So it's weakness rather than, because of the pain, you can't hold it?", "[patient] Yes.");
        assertThat(ros).doesNotContain("urgency").doesNotContain("Denies numbness");
    }

    @Test
    void noRashNowButThereWasIsARashThatHasGone() {
        List<String> note = Visits.lines(Visits.draft("[doctor] What's been happening?",
                "[patient] I've been really tired for six weeks, aching all over.",
                "[doctor] OK, and any other general symptoms like rashes?",
                "[patient] Um, I don't have any rashes now, but there was, uh, in fact I've got a photo on my phone."));
        assertThat(note).noneMatch(l -> l.contains("Denies rash") || l.contains("denies") && l.contains("rash"));
        assertThat(note).anyMatch(l -> l.contains("previously had rash"));
    }

    @Test
    void anAgeSaidBackIsNoRespiratoryRateAndSideEffectsCounselledAreNoSymptoms() {
        List<String> note = Visits.lines(Visits.draft("[doctor] And what's the problem today?",
                "[patient] My chest has been really tight for three hours.",
                "[doctor] And, so you're born in ninety two, so that makes you twenty six?",
                "[doctor] And, you are, any shortness of breath at all, with that?",
                "[patient] Twenty six, yeah.", "[patient] Yeah, a little bit short of breath.",
                "[doctor] I'd like to give you a dose of steroids, prednisolone, for five days.",
                "[doctor] So, they can make you, your mood change, can be slightly low or slightly high.",
                "[doctor] Can give you, a high blood sugar, and they can also cause rash, nausea, headaches."));
        assertThat(note).noneMatch(l -> l.contains("respiratory rate") || l.contains("Respiratory rate"));
        assertThat(note).noneMatch(l -> l.contains("hyperglycemia") || l.contains("mood swings")
                || l.contains("Endorses") && l.contains("nausea"));
    }

    @Test
    void aNoToWhatMightChangeTheHeadacheDeniesNoCoughOrSneezing() {
        String ros = ros("[doctor] What's happened?",
                "[patient] I've had a headache since yesterday, throbbing at the back on the left.",
                "[doctor] Any difference if you lie down, stand up, bend over, cough or sneeze?", "[patient] Um, no.");
        assertThat(ros).doesNotContain("Denies cough").doesNotContain("sneezing");
    }
}
