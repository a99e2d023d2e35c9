package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.visit.VisitModel;
import org.scribeonfhir.ehr.EncounterContext;
import org.scribeonfhir.ehr.EncounterFacts;
import org.scribeonfhir.ehr.PatientFacts;

/** Why the patient came: a short clinical phrase from what the visit says, never a symptom said in passing. */
class ReasonForVisitTest {

    @Test
    void theClinicianSaysWhyThePatientCame() {
        VisitModel v = Visits.read("[doctor] ms. thompson is a 43 year old female here for right knee pain .");
        assertThat(v.reason().phrase()).isEqualTo("Right knee pain");
    }

    @Test
    void theReasonSaidBeforeHowAreYouDoingAndAnOperationFollowedUpAreTheReason() {
        VisitModel v = Visits.read("[doctor] so you've got a history of type two diabetes and you're coming in and for "
                + "evaluation of a newly diagnosed ovarian cancer so how are you doing today",
                "[patient] i'm doing pretty good, a little depressed");
        assertThat(v.reason().phrase()).isEqualTo("Evaluation of a newly diagnosed ovarian cancer");
        VisitModel after = Visits.read("[doctor] patient is pamela cook. she's a 36-year-old female post bilateral "
                + "reduction mammoplasty.", "[doctor] hey, how are you?", "[patient] good.",
                "[doctor] any chills, fever, nausea, or vomiting?", "[patient] no.");
        assertThat(after.reason().phrase()).isEqualTo("Postoperative follow-up after bilateral reduction mammoplasty");
    }

    @Test
    void aReferralAboutAnOrganIsItsEvaluationNotTheSweatOfTheStairs() {
        VisitModel v = Visits.read("[patient] Hi. Sorry, I'm sweating buckets, I ran up the stairs.",
                "[doctor] No problem at all. Dr. Pell sent you over about your thyroid. What do you do for work?",
                "[patient] I'm a pastry chef.");
        assertThat(v.reason().phrase()).isEqualTo("Thyroid evaluation");
    }

    @Test
    void theAnswerToWhereIsItNamesTheComplaintNotAnOldFracture() {
        VisitModel v = Visits.read("[doctor] Looks like you're in a lot of pain. Where is it?",
                "[patient] Right side, here, in my back under the ribs, and it goes round the front and down into my groin.",
                "[doctor] When did it start?",
                "[patient] woke me up at four this morning I broke my arm last year and this is way worse");
        assertThat(v.reason().phrase()).containsIgnoringCase("flank pain").doesNotContainIgnoringCase("arm");
    }

    @Test
    void theWaterworksAreTheUrinaryComplaintNotWeakness() {
        VisitModel v = Visits.read("[patient] Anyway. It's the waterworks, I'm afraid. Margaret made the appointment.",
                "[doctor] Tell me what's been happening.",
                "[patient] well I'm up in the night three times most nights and it's a feeble sort of stream stop start");
        assertThat(v.reason().phrase()).containsIgnoringCase("nocturia").doesNotContainIgnoringCase("weakness");
    }

    @Test
    void symptomsWeTalkedAboutBeforeMakeAFollowUpOfTheProblemNotANewComplaint() {
        VisitModel v = Visits.read("[doctor] Ewan, come in, have a seat. How are you doing?",
                "[patient] Aye, no bad. Well. That's what I say to everybody.",
                "[doctor] And during the day? The flashbacks we talked about?",
                "[patient] Still getting them, and I wake up soaked most nights.",
                "[patient] I'm always on edge. I won't go near the road where it happened.",
                "[doctor] And your mood? Any thoughts of harming yourself?",
                "[patient] Low. But no, never that. I've got the weans.",
                "[doctor] on exam, you look tired but your speech is normal.",
                "[doctor] so for your ptsd, we'll increase the sertraline to 150 mg daily.",
                "[doctor] and I'll refer you for trauma-focused therapy.",
                "[doctor] I'd like to see you back in 4 weeks.",
                "[patient] okay, thanks.");
        assertThat(v.reason().phrase()).isEqualTo("Follow-up of posttraumatic stress disorder");
    }

    @Test
    void theBillingReasonLosesToWhatTheVisitSays() {
        EncounterContext chart = new EncounterContext(new PatientFacts("p1", "Ana Example", "1970-01-01", "female",
                null), new EncounterFacts("e1", "in-progress", null, "Hyperlipidemia", "2026-11-30", List.of()),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, null, List.of());
        VisitModel v = Visits.read(chart, "[doctor] what brings you in today?",
                "[patient] i twisted my right knee playing soccer and it hurts.");
        assertThat(v.reason().phrase()).isEqualToIgnoringCase("right knee pain");
    }

    @Test
    void aSpousesIllnessIsNotTheChiefComplaint() {
        VisitModel v = Visits.read("[doctor] how are things at home?",
                "[patient] my husband had pneumonia last month, he's better now.",
                "[doctor] and what brings you in?", "[patient] i've had a cough for a week.");
        assertThat(v.reason().phrase()).isEqualTo("Cough for 1 week");
    }

    @Test
    void aChronicCareCheckNamesEachConditionClinically() {
        VisitModel v = Visits.read("[doctor] Okay, so, this is your three-month check on the diabetes, the blood "
                + "pressure and the cholesterol. How have things been?", "[patient] Honestly? Not great with the sugar.");
        assertThat(v.reason().phrase()).isEqualTo("Follow-up of diabetes, hypertension and hyperlipidemia");
    }

    @Test
    void anAgendaItemIsNamedAsTheVisitFoundIt() {
        VisitModel v = Visits.read("[doctor] So, today I want to talk about three things: blood pressure, the knee, "
                + "and the sugar test.", "[patient] Okay.", "[doctor] How's the knee?",
                "[patient] My left knee hurts when I climb stairs.");
        assertThat(v.reason().phrase()).isEqualTo("Hypertension, left knee pain and diabetes");
    }

    @Test
    void aReferralReasonInLayWordsIsNamedClinicallyAndAClinicalOneIsKept() {
        assertThat(Visits.read("[doctor] So, your primary doctor sent you because you passed out. Tell me what happened.")
                .reason().phrase()).isEqualTo("Syncope");
        assertThat(Visits.read("[doctor] your pcp sent you over for a nonhealing foot ulcer on your right foot can you "
                + "tell me about it").reason().phrase()).isEqualTo("Nonhealing foot ulcer on right foot");
    }

    @Test
    void anInjuryIsTheReasonWithoutASideBorrowedFromAnotherPart() {
        VisitModel v = Visits.read("[doctor] what happened to the knee?", "[patient] pickleball. three weeks ago. i "
                + "planted my right foot and twisted and felt a pop on the inside of my knee.");
        assertThat(v.reason().phrase()).isEqualTo("Knee injury");
    }

    @Test
    void theComplaintIsTheSymptomNotTheColdItCameWith() {
        VisitModel v = Visits.read("[doctor] okay, what's going on? i hear it's your breathing.",
                "[parent] he's had a cold for about four days, and the last two nights he's been coughing a lot and "
                        + "wheezing.");
        assertThat(v.reason().phrase()).startsWith("Cough");
    }

    @Test
    void tellMeAboutHimIsAnsweredWithTheComplaint() {
        VisitModel v = Visits.read("[parent] sorry, he's a bit clingy today. he's just not himself at all.",
                "[doctor] that's all right. okay, so tell me about ludo.",
                "[parent] so he's had a cough for, um, five days now? it started like a normal cold, runny nose.");
        assertThat(v.reason().phrase()).startsWith("Cough");
    }

    @Test
    void anInjuryIsNamedByTheJointThatWasHurtAndTheSideAgreedOn() {
        VisitModel knee = Visits.read("[doctor] okay, so, your left knee...", "[patient] right knee. it's the right one.",
                "[doctor] sorry, right knee, yes. tell me what happened.", "[patient] three weeks ago i was playing "
                        + "pickleball, i planted my foot and twisted, and i felt a pop on the inside of the knee.");
        assertThat(knee.reason().phrase()).isEqualTo("Right knee injury");
        VisitModel ankle = Visits.read("[doctor] i see you made it in on the crutches.", "[patient] trying not to "
                + "face-plant in your waiting room.", "[doctor] so urgent care sent you over. tell me what happened.",
                "[patient] i was on a trail run and my right foot just rolled. the ankle went over sideways.");
        assertThat(ankle.reason().phrase()).isEqualTo("Ankle injury");
    }

    @Test
    void whatThePatientSaysTheyCameAboutIsTheReasonAfterTheChronicCheckIn() {
        VisitModel v = Visits.read("[doctor] so, how has the blood pressure been?", "[patient] oh, the blood pressure's "
                + "good, about 128 over 76.", "[patient] well... there are a few things, actually. my wife made me come "
                + "about the dizzy spells.", "[doctor] tell me about the dizzy spells.", "[patient] it's about three "
                + "weeks now. everything goes grey and my heart pounds on the right side of my chest.");
        assertThat(v.reason().phrase()).isEqualTo("Dizzy spells");
        assertThat(v.symptoms()).filteredOn(s -> s.name().equals("palpitations")).allMatch(s -> s.laterality() == null);
    }

    @Test
    void aKnifeInTheFingerIsAFingerLaceration() {
        VisitModel v = Visits.read("[doctor] i see you've got your hand wrapped up. what happened?",
                "[patient] pumpkin carving. mine was thirty-one pounds, a monster, and the knife slipped on the skin and "
                        + "went into my finger.");
        assertThat(v.reason().phrase()).isEqualTo("Finger laceration");
        VisitModel wrist = Visits.read("[doctor] so tell me what happened.", "[patient] six days ago. i dived for a "
                + "shot and landed on my hand, arm straight out. it was the left wrist... no, sorry, the right. the right.");
        assertThat(wrist.reason().phrase()).isEqualTo("Right wrist injury");
        assertThat(wrist.symptoms()).allMatch(x -> !"left".equals(x.laterality()));
    }

    @Test
    void aCheckedSideAndAnAgeSaidWithSheIsAreRead() {
        var note = Visits.draft("[doctor] hi , mrs. peterson . so she's a 43-year-old patient . she's here for left leg "
                + "pain . right leg pain , right leg pain ?", "[patient] yes .",
                "[patient] i was bowling and i hit it right into my leg and then i fell");
        assertThat(Visits.lines(note, "CHIEF COMPLAINT")).containsExactly("Right leg pain.");
        assertThat(Visits.lines(note, "HISTORY OF PRESENT ILLNESS").get(0)).isEqualTo(
                "Mrs. Peterson is a 43-year-old female who presents with right leg pain.");
    }

    @Test
    void aChiefComplaintWithItsDurationCitesTheTurnThatSaidHowLong() {
        var note = org.scribeonfhir.drafting.Visits.draft("[doctor] hi dana, what's going on?",
                "[patient] i caught a cold about a week ago and now i can't stop coughing and i'm wheezing.",
                "[doctor] when did the cough start?",
                "[patient] the cold started last monday, and the cough started the next day, so about six days now.");
        var cc = note.sections().stream().filter(s -> s.header().equals("CHIEF COMPLAINT")).findFirst().orElseThrow();
        assertThat(cc.text()).isEqualTo("Cough for 6 days and wheezing.");
        assertThat(cc.statements().get(0).evidence()).anySatisfy(e -> assertThat(e.turns()).contains(4));
    }

    @Test
    void theComplaintAnsweringAnUnpunctuatedHowAreYouIsTheReasonNotTheFallThatCausedIt() {
        VisitModel v = Visits.read("[doctor] good morning carolyn how are you",
                "[patient] i'm doing alright other than this ankle pain i've been having",
                "[doctor] so i see here that you hurt your right ankle can you tell me what happened",
                "[patient] yeah so yesterday i was going to take out the trash and it was quite icy and i just slipped "
                        + "and fell and i'm pretty sure i heard a pop");
        assertThat(v.reason().phrase()).isEqualTo("Right ankle pain"); // the side the clinician's question gave it
    }

    @Test
    void anUnmarkedWhatBringsYouInIsAnsweredByTheConditionTheReplyNamesAfterItsSmallTalk() {
        VisitModel v = Visits.read("[doctor] hi virginia how are you today what brings you in",
                "[patient] i'm doing alright. i started seeing this new pcp last year and she noticed that my blood "
                        + "pressure has been quite high so she added two medications.",
                "[doctor] okay tell me a little bit about how you've been feeling",
                "[patient] when my blood pressure gets really high i have some mild headaches.");
        assertThat(v.reason().phrase()).isEqualTo("Hypertension");
    }

    @Test
    void theComplaintTakenFromALongReasonKeepsItsSideAndThePatientsCorrectionOfTheSideWins() {
        VisitModel v = Visits.read("[doctor] hey anna so i'm looking here in my notes says you're coming in today for "
                + "some right ankle pain after a fall so can you tell me what happened how did you fall",
                "[patient] i was walking down the stairs and i missed a step and my ankle rolled.");
        assertThat(v.reason().phrase()).isEqualTo("Right ankle pain");
        VisitModel corrected = Visits.read("[doctor] i understand you've come in with some right knee pain can you "
                + "tell me about it what's going on", "[patient] it it's not the right knee it's the left knee",
                "[doctor] okay the left knee", "[patient] yeah it hurts when i climb stairs.");
        assertThat(corrected.reason().phrase()).isEqualTo("Left knee pain");
        assertThat(corrected.symptoms()).filteredOn(s -> s.name().equals("knee pain"))
                .allMatch(s -> "left".equals(s.laterality()));
    }
}
