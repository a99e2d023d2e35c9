package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.NoteHeaders;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.visit.VisitModel;

/** Which part of the visit a sentence belongs to, and what is no complaint where it is said. */
class VisitPartsTest {

    @Test
    void historyAfterAnEarlyLetsHaveALookStaysHistory() {
        var note = Visits.draft("[doctor] What's been going on?", "[patient] A sore throat since Friday.",
                "[doctor] Not silly at all. Let's have a look and see. What have you been taking for it?",
                "[patient] Ibuprofen, 400, three times a day.",
                "[doctor] And remind me about the family history?",
                "[patient] My mum had stomach cancer. She was sixty-one.",
                "[doctor] Let's do the best exam we can over video.",
                "[doctor] Your tonsils look red and a little swollen, both sides.");
        assertThat(Visits.lines(note, NoteHeaders.HPI)).anyMatch(l -> l.contains("mother with stomach cancer"));
        assertThat(Visits.lines(note, NoteHeaders.PHYSICAL_EXAM)).anyMatch(l -> l.contains("Tonsils"))
                .noneMatch(l -> l.contains("cancer") || l.contains("buprofen"));
    }

    @Test
    void labsAnnouncedOnTheirOwnAreTheResultsAndWhatTheyMeanIsTheAssessment() {
        var note = Visits.draft("[patient] My heart races and I've lost weight.", "[doctor] Okay, let me examine you.",
                "[doctor] There's a fine tremor. Reflexes are brisk.",
                "[doctor] So your labs. Your TSH is less than 0.01. Your free T4 is 3.9.",
                "[patient] So what does that all mean?", "[doctor] It means you have Graves' disease.");
        assertThat(Visits.lines(note, NoteHeaders.RESULTS)).anyMatch(l -> l.contains("TSH"));
        assertThat(Visits.lines(note, NoteHeaders.PHYSICAL_EXAM)).noneMatch(l -> l.contains("TSH") || l.contains("T4"));
        assertThat(Visits.lines(note, NoteHeaders.ASSESSMENT_AND_PLAN)).first().asString().contains("Graves");
    }

    @Test
    void aDiagnosisTheFindingsPointToOrFitIsTheAssessment() {
        var note = Visits.draft("[patient] My knee keeps catching and locking since I twisted it.",
                "[doctor] Let me examine the knee. There is tenderness on the inner joint line.",
                "[doctor] So the way it happened, the catching and locking and that McMurray test all point to a tear "
                        + "of the medial meniscus.",
                "[doctor] And the headaches, I think the headaches themselves are tension type headaches.",
                "[doctor] This is benign prostatic enlargement, and the x-ray fits a small fracture of the "
                        + "scaphoid.");
        assertThat(Visits.lines(note, NoteHeaders.ASSESSMENT_AND_PLAN)).anyMatch(l -> l.contains("meniscus tear"))
                .anyMatch(l -> l.contains("ension headache")).anyMatch(l -> l.contains("prostatic hyperplasia"))
                .anyMatch(l -> l.contains("caphoid fracture"));
        assertThat(Visits.lines(note, NoteHeaders.PHYSICAL_EXAM)).noneMatch(l -> l.contains("McMurray"));
    }

    @Test
    void aTreatmentSaidAfterTheExamIsThePlan() {
        var note = Visits.draft("[patient] It burns when I pee.", "[doctor] Let me check you over.",
                "[doctor] Your tummy is soft, a bit tender just above the pubic bone.",
                "[doctor] I'll treat it with nitrofurantoin, 100 milligrams twice a day for five days.");
        assertThat(Visits.lines(note, NoteHeaders.ASSESSMENT_AND_PLAN))
                .anyMatch(l -> l.contains("nitrofurantoin 100 mg twice daily"));
    }

    @Test
    void aWorryAboutADiseaseAndWakingUpCoughingAreNoPanicOrInsomnia() {
        VisitModel v = Visits.read("[doctor] So what's been happening?",
                "[patient] Her friend at school has mono, and I've been panicking that it's that.",
                "[parent] the last two weeks he's been waking up coughing at night like three nights a week");
        assertThat(v.symptoms()).noneMatch(s -> s.name().equals("panic attacks") || s.name().equals("insomnia"))
                .anyMatch(s -> s.name().equals("cough"));
    }

    @Test
    void anAnkleThatRolledIsAnAnkleInjury() {
        var note = Visits.draft("[doctor] what happened",
                "[patient] so yesterday evening i landed on the edge of the crash mat and my right ankle just rolled "
                        + "under me");
        assertThat(Visits.lines(note, NoteHeaders.CHIEF_COMPLAINT)).containsExactly("Right ankle injury.");
    }

    @Test
    void howSureTheClinicianIsOnVideoIsNoPartOfTheFinding() {
        assertThat(ExamVoice.of("So mild tenderness just in the upper middle of the abdomen, the rest not tender, "
                + "as far as I can tell on video")).doesNotContain("as far").contains("the rest not tender");
    }

    @Test
    void whatAStoppedDrugDidIsToldWithTheDrugNotAsAComplaint() {
        var note = Visits.draft("[doctor] How's the anxiety been?", "[patient] High. The worrying is constant.",
                "[doctor] And the medication. You're on escitalopram ten milligrams. How's that going?",
                "[patient] Ah. I stopped it. About three weeks ago.", "[doctor] Okay. Tell me what happened.",
                "[patient] It made me feel sick every morning, proper nausea, for weeks, and it never settled.",
                "[patient] And it takes me an hour or more to fall asleep.");
        assertThat(Visits.lines(note, NoteHeaders.CHIEF_COMPLAINT)).containsExactly("Anxiety.");
        assertThat(Visits.lines(note, NoteHeaders.HPI)).anyMatch(l -> l.matches("Stopped escitalopram because of .*"
                + "nausea.*")).noneMatch(l -> l.startsWith("It made"));
        assertThat(Visits.lines(note, NoteHeaders.ROS)).anyMatch(l -> l.contains("insomnia"))
                .noneMatch(l -> l.contains("Endorses nausea"));
    }

    @Test
    void aVagueReferralReasonGivesWayToWhatThePatientTells() {
        var note = Visits.draft("[doctor] so your gp sent you about some chest symptoms tell me in your own words",
                "[patient] so um about six weeks ago i started getting this tightness in my chest when i walk up the "
                        + "hill");
        assertThat(Visits.lines(note, NoteHeaders.CHIEF_COMPLAINT)).containsExactly("Chest tightness.");
    }

    @Test
    void aVagueReferralReasonIsKeptWhenNothingNamesItBetter() {
        var note = Visits.draft("[doctor] so your gp sent you about some chest symptoms",
                "[patient] yes, he did.");
        assertThat(Visits.lines(note, NoteHeaders.CHIEF_COMPLAINT)).containsExactly("Chest symptoms.");
    }

    @Test
    void anExamPromisedForLaterDoesNotEndTheHistory() {
        var note = Visits.draft("[doctor] I'll do an exam in a minute. What's been going on?",
                "[patient] My knee has been swelling for a week, and it aches on the stairs.");
        assertThat(Visits.lines(note, NoteHeaders.HPI)).anyMatch(l -> l.contains("knee"));
    }
}
