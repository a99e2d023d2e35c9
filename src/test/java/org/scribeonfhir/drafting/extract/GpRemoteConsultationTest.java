package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * A remote GP consultation (written by us after a physician's read of drafts): "are your waterworks all OK?"
 * answered yes, a yes taken back, an idiom, "a bit of both", a list of regular tablets read aloud as questions, what
 * the GP saw on the camera, "I wonder whether you may have something called dermatitis", the treatment "I can give
 * you", and a safety-net that ends "so we can advise you further with that".
 */
class GpRemoteConsultationTest {

    @Test
    void yesToWaterworksAllOkIsNoUrinarySymptom() {
        List<String> note = Visits.lines(Visits.draft("[doctor] Hello, what can I help with?",
                "[patient] I've had a rash on my hands for a week.",
                "[doctor] And your waterworks are all OK? You're passing urine OK?",
                "[patient] Yep.",
                "[doctor] I think this is contact dermatitis."));
        assertThat(note).noneMatch(l -> l.contains("Endorses urinary") || l.contains("reports urinary")
                || l.contains("and urinary symptoms"));
    }

    @Test
    void yesTakenBackInTheNextBreathIsNo() {
        List<String> ros = Visits.lines(Visits.draft("[doctor] Hi, how can I help?",
                "[patient] I've had a cough and a cold for about five days.",
                "[doctor] Are you bringing up any phlegm?",
                "[patient] Yeah.",
                "[patient] No, no, it's a dry cough, nothing comes up."), "REVIEW OF SYSTEMS");
        assertThat(String.join("\n", ros)).contains("Denies productive cough").doesNotContain("Endorses cough and "
                + "productive");
    }

    @Test
    void aBloodyNightmareIsNoNightmares() {
        assertThat(Visits.lines(Visits.draft("[doctor] Hello, what's the problem today?",
                "[patient] I've been getting hot sweats at night for about a month.",
                "[doctor] Have you noticed any temperatures? Feeling hot and cold? Sweaty?",
                "[patient] Yeah, that's definitely something I've noticed. In bed I have to get out and get the "
                        + "blanket off, it's not pleasant. I mean, I'm keeping her up at night as well, which is a, "
                        + "bloody nightmare but, I mean, you know how these things are.")))
                .noneMatch(l -> l.contains("nightmares"));
    }

    @Test
    void aBitOfBothIsBothSymptomsNotBothSides() {
        List<String> note = Visits.lines(Visits.draft("[doctor] Hello, how can I help?",
                "[patient] I've had a cough for five days and now I'm short of breath.",
                "[doctor] Do you have any wheeze? Or any chest pain?",
                "[patient] Um, yeah, a bit of both really."));
        assertThat(note).noneMatch(l -> l.contains("bilateral"));
    }

    @Test
    void aSoreSkinIsNoSkinUlcer() {
        assertThat(Visits.lines(Visits.draft("[doctor] What's brought you in?",
                "[patient] Over the past few days I've noticed my skin is sore and red, on my arms.")))
                .noneMatch(l -> l.contains("ulcer"));
    }

    @Test
    void regularTabletsReadOffAListAsQuestionsAreCurrent() {
        List<String> note = Visits.lines(Visits.draft("[doctor] Hi there, what can I do for you?",
                "[patient] I've been really thirsty for a few weeks.",
                "[doctor] Which medications do you take on a regular basis?",
                "[patient] Hang on, let me find my list, I haven't got my glasses. So, it's, Atorvastatin?",
                "[doctor] Yes, that's correct.",
                "[patient] And there's another one, Amlodipine? Is that right? Those are the two.",
                "[doctor] Amlodipine, yes. Anything else?",
                "[patient] No, no, just those two.",
                "[doctor] Have you taken any other medication?",
                "[patient] Um, I took Seroxat? Seroxat? Yeah."));
        assertThat(note).anyMatch(l -> l.startsWith("Current medications") && l.contains("atorvastatin")
                && l.contains("amlodipine") && l.contains("paroxetine"));
    }

    @Test
    void whatTheGpSawOnTheCameraIsTheExam() {
        List<String> exam = Visits.lines(Visits.draft("[doctor] Hi, how can I help?",
                "[patient] I've had a cough and a cold for about five days.",
                "[doctor] Any fever?",
                "[patient] No.",
                "[doctor] Looking at your throat on the camera, there's a bit of mild redness at the back of your "
                        + "throat, and your tonsils aren't enlarged.",
                "[doctor] It looks like, it's just a viral infection. Rest and fluids."), "PHYSICAL EXAM");
        assertThat(String.join("\n", exam)).contains("redness at the back of the throat");
    }

    @Test
    void itLooksLikeItsJustAViralInfectionIsTheAssessment() {
        List<String> plan = Visits.lines(Visits.draft("[doctor] Hi, how can I help?",
                "[patient] I've had a cough and a cold for about five days.",
                "[doctor] Any fever?",
                "[patient] No.",
                "[doctor] So, it looks like, it's just a viral infection. Rest and fluids."), "ASSESSMENT AND PLAN");
        assertThat(plan).anyMatch(l -> l.startsWith("1.") && l.toLowerCase().contains("viral"));
    }

    @Test
    void wonderingWhetherItIsDermatitisIsTheImpressionAndTheSteroidCreamTheOrder() {
        List<String> plan = Visits.lines(Visits.draft("[doctor] Hello, how can I help?",
                "[patient] My hands are really dry and itchy, since I went swimming a few days ago.",
                "[doctor] Any spots?",
                "[patient] No spots.",
                "[doctor] I wonder whether you may have something called dermatitis. It's an inflammation of the skin.",
                "[doctor] With a couple of options, we have steroid creams I can give you, which will help with the "
                        + "inflammation.",
                "[doctor] And, uh, something called emollients, which can help with the dry skin."),
                "ASSESSMENT AND PLAN");
        assertThat(plan).anyMatch(l -> l.contains("dermatitis"));
        assertThat(plan).contains("• Medical Treatment: Start steroid cream.", "• Medical Treatment: Start emollient.");
        assertThat(plan).noneMatch(l -> l.contains("inflammation of the skin") || l.contains("may give"));
    }

    @Test
    void safetyNetThatEndsWithWhyToCallIsKept() {
        List<String> plan = Visits.lines(Visits.draft("[doctor] Hello, what's brought you in today?",
                "[patient] I've been wheezy and short of breath for three days.",
                "[doctor] Any fever?", "[patient] No.", "[doctor] Any chest pain?", "[patient] No.",
                "[doctor] Do you smoke?", "[patient] No.",
                "[doctor] It sounds like you've had a flare up of your asthma.",
                "[doctor] Initially, if you get a high temperature or your wheezing is getting worse, you need to call "
                        + "us back straightaway so we can just advise you further with that.",
                "[doctor] And the other thing to do would be to take a regular antihistamine.",
                "[doctor] So what I would suggest is you take your inhaler more regularly than you are doing at the "
                        + "moment."), "ASSESSMENT AND PLAN");
        assertThat(plan).anyMatch(l -> l.startsWith("• Patient Education and Counseling: Advised to call the clinic "
                + "back straightaway so the clinician can") && l.endsWith("if the patient gets a high temperature or "
                + "their wheezing is getting worse."));
        assertThat(plan).contains("• Patient Education and Counseling: Advised to take a regular antihistamine.",
                "• Patient Education and Counseling: Advised to take the patient's inhaler more regularly than they "
                        + "are doing at the moment.");
    }

    @Test
    void notMoreThanUsualIsNoNewHeadacheAndTheUrgencyOfTestsIsNoSymptom() {
        List<String> note = Visits.lines(Visits.draft("[doctor] What's been happening?",
                "[patient] I've had a fever and sweats for a week.",
                "[doctor] Do you have any headache?",
                "[patient] Not more than usual, no.",
                "[doctor] The urgency of those blood tests depends on what we find when we examine you."));
        assertThat(note).noneMatch(l -> l.contains("Endorses headache") || l.contains("urgency"));
    }

    @Test
    void whereTheyWentIsTheTravelNotWhatTheHeadachesAreJustFrom() {
        List<String> note = Visits.lines(Visits.draft("[doctor] What's been happening?",
                "[patient] I've had a fever and sweats for a week.",
                "[doctor] Any headache?",
                "[patient] Just like the general headaches, just from staring at the screen.",
                "[doctor] Have you been abroad anywhere recently?",
                "[patient] Yes, I have actually.",
                "[doctor] Where have you been?",
                "[patient] I went to Vietnam. I came back four weeks ago."));
        assertThat(note).anyMatch(l -> l.startsWith("Recent travel") && l.contains("Vietnam"));
        assertThat(note).noneMatch(l -> l.startsWith("Recent travel") && l.contains("screen"));
    }

    @Test
    void aStammeredNotEatingIsPoorAppetiteAndAFathersSuicideIsFamilyHistory() {
        List<String> note = Visits.lines(Visits.draft("[doctor] Hello, what brings you in?",
                "[patient] I don't have much energy at all during the day, for about two months.",
                "[doctor] Is there anything else?",
                "[patient] It's hard to say. Things like, I'm not, I'm not eating very much at the moment.",
                "[patient] And my father committed suicide, about fifteen years ago."));
        assertThat(note).contains("Fatigue for 2 months.");
        assertThat(note).noneMatch(l -> l.contains("Denies decreased appetite"));
        assertThat(note).anyMatch(l -> l.startsWith("Family history") && l.contains("father died by suicide"));
    }

    @Test
    void aSpacerAtHomeIsAskedForThePlan() {
        List<String> plan = Visits.lines(Visits.draft("[doctor] Hello, what's brought you in today?",
                "[patient] I've been wheezy and short of breath for three days.",
                "[doctor] Any fever?", "[patient] No.", "[doctor] Any chest pain?", "[patient] No.",
                "[doctor] It sounds like you've had a flare up of your asthma.",
                "[doctor] Have you got an asthma inhaler at home?", "[patient] Yeah.",
                "[doctor] Do you have a spacer at home?", "[patient] No.",
                "[doctor] If your wheezing is getting worse, call us back straight away."), "ASSESSMENT AND PLAN");
        assertThat(plan).anyMatch(l -> l.contains("Advised to call the clinic back"));
    }
}
