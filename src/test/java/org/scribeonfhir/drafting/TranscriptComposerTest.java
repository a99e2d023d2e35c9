package org.scribeonfhir.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.model.ClinicalEntity;
import org.scribeonfhir.drafting.model.ClinicalModel.TurnAnalysis;
import org.scribeonfhir.drafting.model.Encoder;
import org.scribeonfhir.drafting.model.EntityRules;
import org.scribeonfhir.drafting.model.Labels;

/** Fixture turns with fixed section labels and entities → the exact statements and their evidence. */
class TranscriptComposerTest {

    static TurnAnalysis turn(int n, String speaker, String part, String text) {
        float[] p = new float[Labels.SECTIONS.size()];
        p[Labels.SECTIONS.indexOf(part)] = 1f;
        List<ClinicalEntity> entities = EntityRules.annotate(text, List.of());
        return new TurnAnalysis(new Turn(n, speaker, text), new Encoder.Pieces(new long[0], new String[0], new int[0],
                new int[0]), p, entities);
    }

    static final List<TurnAnalysis> VISIT = List.of(
            turn(1, "doctor", NoteHeaders.HPI, "martha is a 50-year-old female who presents for her annual exam ."),
            turn(2, "doctor", NoteHeaders.ROS, "any chest pain or shortness of breath ?"),
            turn(3, "patient", NoteHeaders.ROS, "no ."),
            turn(4, "patient", NoteHeaders.HPI, "i've been doing a lot of hiking . my knee hurts after a long hike ."),
            turn(5, "doctor", NoteHeaders.HPI, "and are you taking your lisinopril every day ?"),
            turn(6, "patient", NoteHeaders.HPI, "yes ."),
            turn(7, "doctor", NoteHeaders.PHYSICAL_EXAM, "on exam , your lungs are clear to auscultation bilaterally ."),
            turn(8, "doctor", NoteHeaders.RESULTS, "your chest x-ray shows no evidence of pneumonia ."),
            turn(9, "doctor", NoteHeaders.ASSESSMENT_AND_PLAN,
                    "for your hypertension , i want to increase your lisinopril to 40 milligrams daily ."),
            turn(10, "patient", Labels.NONE, "okay , sounds good ."));

    static Map<String, List<Statement>> compose() {
        return new TranscriptComposer(VISIT, Voice.Pronouns.FEMALE).compose();
    }

    static List<String> texts(List<Statement> s) {
        List<String> out = new ArrayList<>();
        s.forEach(x -> out.add(x.text()));
        return out;
    }

    static List<Integer> turns(Statement s) {
        return s.evidence().get(0).turns();
    }

    @Test
    void chiefComplaintAndOpeningLineComeFromTheDoctorsIntroduction() {
        Map<String, List<Statement>> note = compose();
        assertThat(texts(note.get(NoteHeaders.CHIEF_COMPLAINT))).containsExactly("Annual exam.");
        Statement intro = note.get(NoteHeaders.HPI).get(0);
        assertThat(intro.text()).isEqualTo("Martha is a 50-year-old female who presents for her annual exam.");
        assertThat(turns(intro)).containsExactly(1);
    }

    @Test
    void historyRestatesThePatientInTheThirdPersonAndAnswersAsStatements() {
        List<Statement> hpi = compose().get(NoteHeaders.HPI);
        assertThat(texts(hpi)).containsExactly(
                "Martha is a 50-year-old female who presents for her annual exam.",
                "She denies chest pain or shortness of breath.",
                "She reports that she has been doing a lot of hiking.",
                "Her knee hurts after a long hike.",
                "She is taking her lisinopril every day.");
        assertThat(turns(hpi.get(1))).containsExactly(2, 3);
        assertThat(turns(hpi.get(2))).containsExactly(4);
        assertThat(turns(hpi.get(4))).containsExactly(5, 6);
    }

    @Test
    void spokenLeadInsGoAndPhrasesAreReportedWithoutThat() {
        List<TurnAnalysis> visit = List.of(
                turn(1, "doctor", NoteHeaders.HPI, "how long has the cough been waking you up ?"),
                turn(2, "patient", NoteHeaders.HPI, "yes , the last three nights i've been up coughing ."),
                turn(3, "doctor", NoteHeaders.HPI, "and where is the pain ?"),
                turn(4, "patient", NoteHeaders.HPI, "well , slight cramps in my chest ."),
                turn(5, "doctor", NoteHeaders.HPI, "any blood ?"),
                turn(6, "patient", NoteHeaders.HPI, "no blood , and not really colored ."));
        List<Statement> hpi = new TranscriptComposer(visit, Voice.Pronouns.FEMALE).compose().get(NoteHeaders.HPI);
        assertThat(texts(hpi)).contains(
                "She reports that the last 3 nights she has been up coughing.",
                "She reports slight cramps in her chest.",
                "She reports no blood, and not colored."); // "really": hedges go
    }

    @Test
    void adviceInThePlanNamesThePatientAsItsObjectWithoutSpokenTags() {
        List<TurnAnalysis> visit = List.of(
                turn(1, "doctor", NoteHeaders.ASSESSMENT_AND_PLAN,
                        "for your back strain , i want you to continue to ice it , okay ."),
                turn(2, "doctor", NoteHeaders.ASSESSMENT_AND_PLAN,
                        "and we can go ahead and refer you to physical therapy-"));
        List<String> plan = texts(new TranscriptComposer(visit, Voice.Pronouns.FEMALE).compose()
                .get(NoteHeaders.ASSESSMENT_AND_PLAN));
        assertThat(String.join("\n", plan)).contains("I advised her to continue to ice it.")
                .contains("refer her to physical therapy.")
                .doesNotContain("okay").doesNotContain("-.");
    }

    @Test
    void deniedSymptomsBecomeReviewOfSystemsNegativesByBodySystem() {
        List<Statement> ros = compose().get(NoteHeaders.ROS);
        assertThat(texts(ros)).containsExactly("• Cardiovascular: Denies chest pain or shortness of breath.");
        assertThat(turns(ros.get(0))).containsExactly(2, 3);
    }

    @Test
    void examResultsAndPlanAreWordedAsFindingsAndOrders() {
        Map<String, List<Statement>> note = compose();
        assertThat(texts(note.get(NoteHeaders.PHYSICAL_EXAM)))
                .containsExactly("• Respiratory: Lungs are clear to auscultation bilaterally.");
        assertThat(texts(note.get(NoteHeaders.RESULTS))).containsExactly("The chest x-ray shows no evidence of pneumonia.");
        List<Statement> plan = note.get(NoteHeaders.ASSESSMENT_AND_PLAN);
        assertThat(texts(plan)).containsExactly("Hypertension.",
                "• Medical Treatment: Increase her lisinopril to 40 mg daily.",
                "Patient Agreements: The patient understands and agrees with the recommended medical treatment plan.");
        assertThat(turns(plan.get(1))).containsExactly(9);
        assertThat(turns(plan.get(2))).containsExactly(10);
    }

    @Test
    void everyStatementHasEvidenceAndAConfidence() {
        compose().values().forEach(list -> list.forEach(s -> {
            assertThat(s.evidence()).isNotEmpty();
            assertThat(s.confidence()).isBetween(0.0, 1.0);
        }));
    }

    @Test
    void aLongDoctorTurnIsCutIntoExamResultsAndPlanBySentence() {
        List<TurnAnalysis> visit = List.of(
                turn(1, "patient", NoteHeaders.HPI, "my knee has been hurting for two weeks ."),
                turn(2, "doctor", NoteHeaders.PHYSICAL_EXAM, "let me take a look . on exam , you have some swelling "
                        + "of the right knee , which means there is fluid in the joint . your x-ray shows no fracture , "
                        + "okay ? so i'm going to prescribe meloxicam fifteen milligrams once a day ."),
                turn(3, "patient", Labels.NONE, "sounds good ."));
        Map<String, List<Statement>> note = new TranscriptComposer(visit, Voice.Pronouns.MALE).compose();
        assertThat(texts(note.get(NoteHeaders.PHYSICAL_EXAM)))
                .containsExactly("• Musculoskeletal: Some swelling of the right knee.");
        assertThat(texts(note.get(NoteHeaders.RESULTS))).containsExactly("The x-ray shows no fracture.");
        assertThat(texts(note.get(NoteHeaders.ASSESSMENT_AND_PLAN))).containsExactly(
                "• Medical Treatment: I'm going to prescribe meloxicam 15 mg once a day.",
                "Patient Agreements: The patient understands and agrees with the recommended medical treatment plan.");
        assertThat(turns(note.get(NoteHeaders.RESULTS).get(0))).containsExactly(2);
        assertThat(texts(note.get(NoteHeaders.HPI))).containsExactly("He reports that his knee has been hurting for 2 "
                + "weeks.");
    }

    @Test
    void aCompanionSpeaksAsTheFamilyNotAsThePatient() {
        List<TurnAnalysis> visit = List.of(turn(1, "patient_guest", NoteHeaders.HPI,
                "i took her off cow's milk last month ."));
        assertThat(texts(new TranscriptComposer(visit, Voice.Pronouns.FEMALE).compose().get(NoteHeaders.HPI)))
                .containsExactly("The patient's family member reports that the family member took her off cow's milk "
                        + "last month.");
    }

    @Test
    void smallTalkAndAnEmptyVisitGiveNoStatements() {
        List<TurnAnalysis> chat = List.of(turn(1, "doctor", Labels.NONE, "how was the weekend ?"),
                turn(2, "patient", Labels.NONE, "the weather was lovely ."));
        assertThat(new TranscriptComposer(chat, Voice.Pronouns.UNKNOWN).compose().values()).allMatch(List::isEmpty);
        assertThat(new TranscriptComposer(List.of(), Voice.Pronouns.UNKNOWN).compose().values()).allMatch(List::isEmpty);
    }
}
