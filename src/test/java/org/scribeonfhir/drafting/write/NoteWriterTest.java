package org.scribeonfhir.drafting.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.DraftNote;
import org.scribeonfhir.drafting.NoteHeaders;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.visit.VisitModel;
import org.scribeonfhir.ehr.ChartFact;
import org.scribeonfhir.ehr.EncounterContext;
import org.scribeonfhir.ehr.EncounterFacts;
import org.scribeonfhir.ehr.PatientFacts;

/** The note written from the visit model, in clinician register. */
class NoteWriterTest {

    static final String[] VISIT = {
        "[doctor] hi ms. lee, good to see you. how was the drive in?",
        "[patient] forty minutes with the roadworks, and my golf score was terrible, 98.",
        "[doctor] ms. lee is a 54 year old female who presents for follow-up of type 2 diabetes .",
        "[doctor] how have your sugars been?",
        "[patient] okay, but i've been peeing a lot and i'm always thirsty.",
        "[doctor] any chest pain or shortness of breath?",
        "[patient] no.",
        "[doctor] are you taking the metformin 500 milligrams twice a day?",
        "[patient] yes.",
        "[doctor] let me examine you. your lungs are clear, and there's no swelling in your legs.",
        "[doctor] your a1c came back at 8.1.",
        "[doctor] for your diabetes, let's increase the metformin to 1000 milligrams twice a day.",
        "[doctor] let's see you back in 3 months. does that sound okay?",
        "[patient] sounds good."};

    @Test
    void theHpiOpensWithWhoAndWhyAndSaysItInTheThirdPerson() {
        DraftNote note = Visits.draft(VISIT);
        List<String> hpi = Visits.lines(note, NoteHeaders.HPI);
        assertThat(hpi.get(0)).isEqualTo("Ms. Lee is a 54-year-old female who presents for follow-up of type 2 diabetes.");
        assertThat(hpi).anyMatch(l -> l.contains("urinary frequency"));
        assertThat(hpi).anyMatch(l -> l.startsWith("She denies chest pain or shortness of breath"));
        assertThat(Visits.lines(note)).noneMatch(l -> l.matches("(?is).*\\b(?:i|i'm|my|we|let's|let me)\\b.*"));
    }

    @Test
    void theComplaintTheHpiOpensWithIsNotSaidAgain() {
        DraftNote note = Visits.draft("[doctor] what brings you in today?",
                "[patient] i've had a cough for six days, and since last night a fever.",
                "[doctor] okay. let me listen. your lungs have crackles on the right.");
        List<String> hpi = Visits.lines(note, NoteHeaders.HPI);
        assertThat(hpi.get(0)).endsWith("presents with cough for 6 days and fever.");
        assertThat(hpi).filteredOn(l -> l.toLowerCase().contains("cough")).hasSize(1);
    }

    @Test
    void theAnswerToWhatHappenedIsToldInTheHpiThoughTheHeadFindsItHalfClinical() {
        VisitModel v = Visits.read(0.3, null, "[doctor] so urgent care sent you over. tell me what happened.",
                "[patient] five days ago, saturday, i was on a trail run up at corrigan fell, coming down a rocky bit, "
                        + "and my right foot just rolled.",
                "[doctor] did you keep running on it?", "[patient] i hobbled back to the car park, about a mile.");
        List<String> hpi = Visits.lines(new DraftNote(NoteWriter.write(v, null), "fixture"), NoteHeaders.HPI);
        assertThat(hpi).anyMatch(l -> l.contains("trail run") && l.contains("right foot") && !l.contains("my "));
        assertThat(hpi).noneMatch(l -> l.contains("car park"));
        VisitModel pumpkin = Visits.read(0.3, null, "[doctor] what happened?", "[patient] pumpkin carving. mine was "
                + "thirty-one pounds, a monster, and the knife slipped on the skin and went into my finger.");
        assertThat(Visits.lines(new DraftNote(NoteWriter.write(pumpkin, null), "fixture"), NoteHeaders.HPI))
                .noneMatch(l -> l.contains("31"));
    }

    @Test
    void aHalfClinicalSentenceWithASmallTalkNumberIsNotToldButAReadingIs() {
        VisitModel v = Visits.read(0.8, null, "[doctor] how have things been?",
                "[patient] i was shouting at the darts last night, we lost nine legs to four.",
                "[patient] i checked my pressure at home, it runs around 120 over 70 most mornings.");
        List<String> hpi = Visits.lines(new DraftNote(NoteWriter.write(v, null), "fixture"), NoteHeaders.HPI);
        assertThat(hpi).noneMatch(l -> l.contains("darts"));
        assertThat(hpi).anyMatch(l -> l.contains("120 over 70")).noneMatch(l -> l.contains("hyperactivity"));
    }

    @Test
    void aRelativesOwnStoryAndTheWordsOfTheReasonAreNotRetold() {
        List<String> hpi = Visits.lines(Visits.draft("[doctor] so, how has the blood pressure been?",
                "[patient] good. well, there are a few things. my wife made me come about the dizzy spells.",
                "[doctor] does the room spin?", "[patient] no, not spinning. more like a faint coming on. my wife's had "
                        + "the spinning kind, the vertigo, they called it bppv, she had the head manoeuvres at the "
                        + "hospital.", "[patient] my wife took my pulse once when i'd gone grey and said it was slow."),
                NoteHeaders.HPI);
        assertThat(hpi).noneMatch(l -> l.contains("made him come") || l.contains("head manoeuvres"));
        assertThat(hpi).anyMatch(l -> l.contains("pulse once when they had gone grey"));
    }

    @Test
    void aChartProblemThePastHistoryAlreadyNamesIsNotListedAgain() {
        EncounterContext chart = new EncounterContext(new PatientFacts("p1", "Dana Example", "1996-01-09", "female",
                null), new EncounterFacts("e1", "in-progress", null, null, "2026-11-16", List.of()),
                List.of(new ChartFact("Condition/c1", "condition", "Asthma", "active", null, null),
                        new ChartFact("Condition/c2", "condition", "Allergic rhinitis", "active", null, null)),
                List.of(), List.of(), List.of(), List.of(), List.of(), null, null, List.of());
        DraftNote note = Visits.draft(chart, "[doctor] what brings you in?",
                "[patient] a cough for a week. i've had asthma since i was a kid.",
                "[doctor] on exam, i hear wheezing in both lungs.");
        assertThat(Visits.lines(note, NoteHeaders.HPI)).anyMatch(l -> l.startsWith("Past medical history: asthma"))
                .anyMatch(l -> l.equals("Problem list (chart): Allergic rhinitis."));
    }

    @Test
    void aSideTakenBackIsNotRestated() {
        assertThat(Visits.lines(Visits.draft("[doctor] so tell me what happened.", "[patient] i dived for a shot and "
                + "landed on my hand. it was the left wrist... no, sorry, the right. the right."))).noneMatch(l -> l
                .toLowerCase().contains("left"));
    }

    @Test
    void smallTalkNumbersStayOutOfTheNote() {
        assertThat(Visits.lines(Visits.draft(VISIT))).noneMatch(l -> l.contains("98") || l.contains("40 minutes")
                || l.toLowerCase().contains("golf"));
    }

    @Test
    void eachSectionHasItsContent() {
        DraftNote note = Visits.draft(VISIT);
        assertThat(Visits.lines(note, NoteHeaders.CHIEF_COMPLAINT)).containsExactly("Follow-up of type 2 diabetes.");
        assertThat(Visits.lines(note, NoteHeaders.ROS)).anyMatch(l -> l.startsWith("• Genitourinary: Endorses"));
        assertThat(Visits.lines(note, NoteHeaders.PHYSICAL_EXAM)).anyMatch(l -> l.startsWith("• Respiratory:"));
        assertThat(Visits.lines(note, NoteHeaders.RESULTS)).anyMatch(l -> l.contains("8.1"));
        List<String> plan = Visits.lines(note, NoteHeaders.ASSESSMENT_AND_PLAN);
        assertThat(plan.get(0)).isEqualTo("1. Type 2 diabetes mellitus.");
        assertThat(plan).contains("• Medical Treatment: Increase metformin from 500 mg to 1000 mg twice daily.",
                "Follow-up in 3 months.", "The patient agrees with the plan.");
    }

    @Test
    void aVisitOfSmallTalkSaysItHasNoClinicalContent() {
        DraftNote note = new DraftNote(NoteWriter.write(Visits.read("[doctor] how was the game?",
                "[patient] we won 6 to 3, it was great.", "[doctor] nice, see you."), null), "fixture",
                Visits.read("[doctor] how was the game?", "[patient] we won 6 to 3, it was great.").notices());
        assertThat(Visits.lines(note)).isEmpty();
        assertThat(note.notices()).anyMatch(n -> n.contains("no clinical content"));
    }

    @Test
    void whatThePatientToldOfTheirMoodIsWrittenInTheExamsRegister() {
        DraftNote note = Visits.draft("[doctor] how are you feeling?", "[patient] kind of flat.",
                "[doctor] let me just note how you seem today. you're dressed neatly, good eye contact, speech is normal, "
                        + "mood you've told me is flat, your affect is a bit constricted.");
        assertThat(Visits.lines(note, NoteHeaders.PHYSICAL_EXAM)).anyMatch(l -> l.contains("mood reported as flat"))
                .noneMatch(l -> l.matches("(?is).*\\b(?:me|you|you've)\\b.*"));
    }

    @Test
    void theExamGoesOnAfterAnAsideAboutThePlan() {
        DraftNote note = Visits.draft("[doctor] what brings you in?", "[patient] my left knee hurts.",
                "[doctor] let me examine him. blood pressure is 158 over 94. i'll repeat it at the end. heart rate 72.",
                "[doctor] heart is regular. lungs clear. mcmurray test is positive.",
                "[doctor] okay, so, for the knee, start ibuprofen 400 milligrams twice a day.");
        assertThat(String.join("\n", Visits.lines(note, NoteHeaders.PHYSICAL_EXAM))).contains("Lungs clear")
                .contains("McMurray test positive");
        assertThat(Visits.lines(note, NoteHeaders.ASSESSMENT_AND_PLAN)).noneMatch(l -> l.contains("Lungs clear")
                || l.contains("Heart is regular"));
    }

    @Test
    void aDrugsEffectIsWrittenWithTheDrugAndAStoppedDrugSaysWhy() {
        String[] visit = {"[doctor] how are things since we started the sertraline?", "[patient] a little better.",
            "[doctor] and the trazodone for sleep?", "[patient] oh, i stopped the trazodone. it made me so groggy in "
                + "the morning.", "[doctor] and the hydroxyzine?", "[patient] it helps me calm down but it makes "
                + "me a little groggy.", "[doctor] any allergies?", "[patient] penicillin gave me hives.",
            "[doctor] so, for your depression, let's increase the sertraline to 100 milligrams. stay off the trazodone."};
        DraftNote note = Visits.draft(visit);
        List<String> hpi = Visits.lines(note, NoteHeaders.HPI);
        assertThat(hpi).contains("Stopped trazodone because of excessive daytime sleepiness.");
        assertThat(hpi).filteredOn(l -> l.contains("hydroxyzine") && l.contains("groggy")
                || l.equals("Reported side effects of hydroxyzine: excessive daytime sleepiness.")).hasSize(1);
        assertThat(String.join("\n", hpi)).doesNotContain("reports excessive daytime sleepiness")
                .doesNotContain("hives with");
        assertThat(Visits.check(note, visit).problems()).noneMatch(p -> p.statement().contains("hydroxyzine"));
    }

    @Test
    void theExamIsWrittenWithoutTheClinicianPressingAndKeepsADryMouth() {
        DraftNote note = Visits.draft("[doctor] what brings you in?", "[patient] diarrhea since sunday and i'm dizzy.",
                "[doctor] let me look in your mouth. your mouth is pretty dry. lie back for me. belly is soft, a little "
                        + "tender all over when i press, nothing focal.",
                "[doctor] so this is likely a viral gastroenteritis. start ondansetron 4 milligrams every 8 hours as needed.");
        String exam = String.join("\n", Visits.lines(note, NoteHeaders.PHYSICAL_EXAM));
        assertThat(exam).contains("Ears, Nose, Mouth and Throat: Mouth is pretty dry").contains("tender all over to palpation")
                .doesNotContainIgnoringCase("when i press");
    }

    @Test
    void aReasonGivenWithAnOrderStaysWithItAndYouIsAnObjectAfterWrite() {
        DraftNote note = Visits.draft("[doctor] what brings you in?", "[patient] diarrhea since sunday and i'm dizzy.",
                "[doctor] your heart rate is 104. belly is soft.",
                "[doctor] so this is likely a viral gastroenteritis. we'll give you a liter of iv fluids here before you "
                        + "go, since your heart rate's up and you're dizzy. i'll write you a work note for two days.");
        List<String> plan = Visits.lines(note, NoteHeaders.ASSESSMENT_AND_PLAN);
        assertThat(plan).anyMatch(l -> l.endsWith("Give 1 liter of IV fluids."))
                .anyMatch(l -> l.endsWith("Work note for 2 days."))
                .noneMatch(l -> l.endsWith("She is dizzy.") || l.endsWith("The patient is dizzy."));
    }

    @Test
    void aDescriptionWithoutAVerbIsNotAnHpiSentence() {
        DraftNote note = Visits.draft("[doctor] what brings you in?", "[patient] diarrhea since sunday.",
                "[doctor] belly pain?", "[patient] crampy, around my belly button. it comes and goes. like a five out of ten.");
        assertThat(Visits.lines(note, NoteHeaders.HPI)).noneMatch(l -> l.startsWith("Crampy"))
                .anyMatch(l -> l.contains("abdominal pain"));
    }
}
