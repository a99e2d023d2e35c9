package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * What the patient says back or measures for someone else is not theirs: a side effect repeated after it was
 * explained, a boyfriend's peak flow, a wife's "mine was…", a home temperature that is normal, a later step of the
 * plan; and what the clinician sees on a video call is the exam.
 */
class SaidBackAndSomeoneElsesTest {

    @Test
    void aSkinSpotSeenOnVideoIsDescribedInTheExam() {
        String exam = String.join("\n", Visits.lines(Visits.draft("[doctor] What can I do for you?",
                "[patient] There's a new spot on my shoulder I'd like you to look at.",
                "[doctor] Could you hold the phone closer to it and tilt it to the window?", "[patient] Like this?",
                "[doctor] I can see a raised, brown, waxy spot, about a centimetre across, and it looks stuck on. "
                        + "No ulcer and nothing bleeding.",
                "[doctor] This looks like a seborrhoeic keratosis, which is harmless."), "PHYSICAL EXAM"));
        assertThat(exam).contains("Integumentary: Raised, brown, waxy spot").contains("No ulcer");
    }

    @Test
    void aSideEffectSaidBackIsNotAComplaint() {
        String note = String.join("\n", Visits.lines(Visits.draft("[doctor] What brings you in?",
                "[patient] I'm up four times a night to pee.",
                "[doctor] I'd like to start tamsulosin. The main side effect is feeling lightheaded when you stand up.",
                "[patient] Lightheaded, got it, I'll get up slowly."), "REVIEW OF SYSTEMS"));
        assertThat(note).doesNotContain("lightheaded");
    }

    @Test
    void aBoyfriendsPeakFlowAndAWifesPressureAreNotThePatients() {
        String note = String.join("\n", Visits.lines(Visits.draft("[doctor] What's going on?", "[patient] My asthma is bad.",
                "[doctor] Can you blow into your peak flow meter and show me?",
                "[patient] My boyfriend had a go for a laugh and got six hundred and twenty.",
                "[doctor] And your home blood pressure?",
                "[spouse] Mine was one sixty over one hundred at the pharmacy, don't write that down.")));
        assertThat(note).doesNotContain("620").doesNotContain("160/100");
    }

    @Test
    void aNormalTemperatureAtHomeIsNoFever() {
        String ros = String.join("\n", Visits.lines(Visits.draft("[doctor] What's going on?",
                "[patient] I've been wheezy for three days.", "[doctor] Any temperatures?",
                "[patient] I checked last night, thirty-seven point two."), "REVIEW OF SYSTEMS"));
        assertThat(ros).contains("Denies fever").doesNotContain("Endorses fever");
    }

    @Test
    void howLongTheAsthmaHasBeenThereIsNotTheCoughsTime() {
        String hpi = String.join("\n", Visits.lines(Visits.draft("[doctor] What's going on?",
                "[patient] I've got a cough, mostly at night.", "[doctor] How long have you had asthma?",
                "[patient] Since I was little. I was in hospital with it once, six years ago, for two nights."),
                "HISTORY OF PRESENT ILLNESS"));
        assertThat(hpi).contains("cough").doesNotContain("6 years").doesNotContain("2 nights");
    }

    @Test
    void aCrpIsALabNotAPainSyndrome() {
        assertThat(org.scribeonfhir.drafting.lexicon.Vocabulary.get().find(
                org.scribeonfhir.drafting.lexicon.Term.Kind.CONDITION, "the CRP is 24 and the ESR is 38")).isEmpty();
    }

    @Test
    void aDoseToLowerAtTheNextVisitIsTodaysStart() {
        String plan = String.join("\n", Visits.lines(Visits.draft("[doctor] This is rheumatoid arthritis.",
                "[doctor] So prednisone ten milligrams once a day in the morning for four weeks.",
                "[doctor] I'll see you back in four weeks and we'll lower the prednisone then."),
                "ASSESSMENT AND PLAN"));
        assertThat(plan).contains("Start prednisone 10 mg").doesNotContain("Decrease prednisone");
    }
}
