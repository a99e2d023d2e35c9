package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.visit.ExamFinding;
import org.scribeonfhir.drafting.visit.VisitModel;

/** Exam findings under the body system the clinician was examining. */
class ExamReaderTest {

    private static String systemOf(VisitModel v, String words) {
        return v.exam().stream().filter(f -> f.text().toLowerCase().contains(words)).map(ExamFinding::system)
                .findFirst().orElseThrow();
    }

    @Test
    void youAreTenderIsAFindingAndTheExamGoesOnAfterIt() {
        VisitModel v = Visits.read("[doctor] Let me look at the ankle. Okay, there's swelling and bruising over the "
                + "outside of the ankle. You're tender right over the tip of the lateral malleolus. Sorry.",
                "[patient] Ow, yeah, that's the spot.",
                "[doctor] Pulses are good, sensation is normal, so you're neurovascularly intact.");
        assertThat(v.exam()).anyMatch(f -> f.text().contains("lateral malleolus"))
                .anyMatch(f -> f.text().startsWith("Pulses normal"));
    }

    @Test
    void tendernessWithoutAJointIsThePartJustExamined() {
        VisitModel v = Visits.read("[doctor] let me examine your belly. belly is soft, bowel sounds are active. "
                + "slightly tender all over when i press, nothing focal.");
        assertThat(systemOf(v, "tender")).isEqualTo("Gastrointestinal");
    }

    @Test
    void aProstateFeltAndPlaquesSeenAreExamFindingsOfTheirSystems() {
        VisitModel v = Visits.read("[doctor] Anyone in the family with prostate trouble?", "[patient] My brother.",
                "[nurse] Roll onto your left side for me, knees up to your chest.",
                "[doctor] Thank you. Just a bit of pressure... The prostate is enlarged, I'd say moderately, it feels "
                        + "smooth and rubbery, and I can't feel any hard areas or nodules. All done.",
                "[patient] Lovely.",
                "[doctor] And the skin. Both elbows have thick red plaques with silvery scale, the left knee the same.");
        assertThat(systemOf(v, "prostate")).isEqualTo("Genitourinary");
        assertThat(systemOf(v, "rubbery")).isEqualTo("Genitourinary");
        assertThat(systemOf(v, "nodules")).isEqualTo("Genitourinary");
        assertThat(systemOf(v, "plaques")).isEqualTo("Integumentary");
    }

    @Test
    void retractionsAreRespiratoryThoughTheBellyMusclesAreNamed() {
        VisitModel v = Visits.read("[doctor] deep breaths. i hear wheezing when he breathes out. he's using his belly "
                + "muscles a bit, mild retractions under the ribs.");
        assertThat(systemOf(v, "retractions")).isEqualTo("Respiratory");
    }

    @Test
    void theOtherLungBeingClearIsNotAnEarFinding() {
        VisitModel v = Visits.read("[doctor] okay, let me examine you.", "[doctor] let me listen. deep breath in... "
                + "and out. on the right, at the bottom, i hear crackles. the left side is clear. no wheeze.");
        assertThat(v.exam()).extracting(ExamFinding::text).startsWith("Crackles at the right base.",
                "Left side is clear.");
        assertThat(systemOf(v, "left side")).isEqualTo("Respiratory");
    }

    @Test
    void aTenderKneeStaysMusculoskeletal() {
        VisitModel v = Visits.read("[doctor] on exam, your lungs are clear. your right knee is tender along the "
                + "medial joint line.");
        assertThat(systemOf(v, "tender")).isEqualTo("Musculoskeletal");
    }

    @Test
    void theExamStartsWithVitalsReadOutAndOpenWide() {
        VisitModel v = Visits.read("[parent] he said his throat hurt.",
                "[doctor] okay, the nurse already got your numbers. temperature 38.8, heart rate 118. can you open wide "
                        + "and say ahh?", "[patient] ahh.",
                "[doctor] okay, his tonsils are big and red, with white patches on them. some little red spots on the "
                        + "roof of his mouth.");
        assertThat(v.exam()).extracting(ExamFinding::text).anyMatch(t -> t.toLowerCase().contains("tonsils"));
        assertThat(v.symptoms()).noneMatch(s -> s.name().contains("rash"));
    }

    @Test
    void vitalsReadOutAreMeasurementsNotAnExamLine() {
        VisitModel v = Visits.read("[doctor] vitals today: blood pressure is 132 over 78, pulse 64, temperature 37.1.",
                "[doctor] on exam, your lungs are clear.");
        assertThat(v.exam()).extracting(ExamFinding::system).doesNotContain("Vitals");
        assertThat(v.measurements()).extracting(m -> m.value()).contains("132/78", "64", "37.1");
    }

    @Test
    void theClinicianRunTogetherWithTheFindingIsTakenOut() {
        VisitModel v = Visits.read("[doctor] on exam , when the patient is taking deep breaths i do notice crackles in "
                + "the lungs bilaterally .", "[doctor] on your knee exam , pain to palpation of the right anterior knee "
                + "and i'm going to bend the knee up and down does that hurt .", "[doctor] on your lung exam , the lungs "
                + "are clear bilaterally i don't hear wheezes or crackles .", "[doctor] on exam , i took a look at your "
                + "vitals and your blood pressure is slightly elevated .", "[doctor] okay . on the right side at the "
                + "bottom i can hear crackles .");
        assertThat(v.exam()).extracting(ExamFinding::text).noneMatch(t -> t.matches("(?is).*\\b(?:i|i'm|i don't)\\b.*"))
                .anyMatch(t -> t.toLowerCase().startsWith("crackles in the lungs"))
                .anyMatch(t -> t.toLowerCase().contains("pain to palpation of the right anterior knee"))
                .anyMatch(t -> t.toLowerCase().contains("no wheezes"))
                .anyMatch(t -> t.toLowerCase().contains("blood pressure is slightly elevated"))
                .anyMatch(t -> t.equals("Crackles at the right base."));
    }

    @Test
    void anExamDictatedInOneBreathIsReadSystemBySystem() {
        var note = Visits.draft("[doctor] let me examine you",
                "[doctor] okay on facial examination the patient has no pain to palpation of the frontal or maxillary "
                        + "sinuses on nasal examination there is edema and erythema of the nasal turbinates bilaterally "
                        + "with associated clear discharge open up your mouth and say",
                "[patient] ah",
                "[doctor] on throat examination there is bilateral erythema with exudates present bilaterally the uvula "
                        + "is midline on your neck exam i do appreciate some cervical lymphadenopathy on the right hand "
                        + "side on your lung exam your lungs you have some coarse rhonchi at the bases that clear with "
                        + "cough and");
        assertThat(Visits.lines(note, "PHYSICAL EXAM")).contains(
                "• Head and Face: Patient has no pain to palpation of the frontal or maxillary sinuses.",
                "• Neck: Cervical lymphadenopathy on the right side.",
                "• Respiratory: Coarse rhonchi at the bases that clear with cough.")
                .anyMatch(l -> l.startsWith("• Ears, Nose, Mouth and Throat: Edema and erythema of the nasal turbinates "
                        + "bilaterally with associated clear discharge."));
    }

    @Test
    void swellingOfAJointIsMusculoskeletalWhileAnklesEdemaStaysCardiovascular() {
        var note = Visits.draft("[doctor] let me examine you",
                "[doctor] on your knee exam , there is some edema and some erythema of your right knee , but your left "
                        + "knee looks fine .", "[doctor] and you have trace edema in both ankles .");
        assertThat(Visits.lines(note, "PHYSICAL EXAM")).contains(
                "• Musculoskeletal: Edema and erythema of the right knee. Left knee normal.")
                .anyMatch(l -> l.startsWith("• Cardiovascular: Trace edema in both ankles"));
    }

    @Test
    void aWholeExamCalledNormalBeforeAbnormalFindingsIsNotWritten() {
        var note = Visits.draft("[doctor] let's look at your vital signs . your blood pressure looks good .",
                "[doctor] all right . so , your physical , physical examination looks fine .",
                "[doctor] on your heart exam i do hear a three out of six systolic ejection murmur .",
                "[doctor] you have some trace to one plus pitting edema in your ankles .");
        assertThat(Visits.lines(note, "PHYSICAL EXAM")).noneMatch(l -> l.contains("examination normal")).contains(
                "• Cardiovascular: 3/6 systolic ejection murmur. Trace to one plus pitting edema in the ankles.");
    }

    @Test
    void aLongNeurologicalExamDictatedInOneBreathKeepsEveryFinding() {
        VisitModel v = Visits.read("[doctor] okay alright now on the neurological exam the patient is awake alert and "
                + "oriented times three speech is clear and fluent gait is steady heel toe walking is normal and the "
                + "cranial nerves are intact without focal neurologic findings there is no pronator drift sensation is "
                + "intact reflexes are two plus and symmetric at the biceps triceps knees and ankles");
        assertThat(v.exam()).extracting(ExamFinding::text).anyMatch(t -> t.contains("oriented times 3"))
                .anyMatch(t -> t.startsWith("Gait steady")).anyMatch(t -> t.startsWith("Cranial nerves intact"))
                .anyMatch(t -> t.contains("No pronator drift")).anyMatch(t -> t.startsWith("Reflexes 2 plus"));
    }

    @Test
    void lookingAtThePatientIsHowTheClinicianLookedNotPartOfTheFinding() {
        VisitModel v = Visits.read("[doctor] let's do a quick physical exam. so looking at you, you don't appear in "
                + "distress. your heart is regular.");
        assertThat(v.exam()).extracting(ExamFinding::text).noneMatch(t -> t.toLowerCase().contains("looking"))
                .anyMatch(t -> t.toLowerCase().startsWith("does not appear in distress"));
        VisitModel in = Visits.read("[doctor] okay, let's do a quick physical exam. so, looking at you, you're in, "
                + "in no apparent distress.");
        assertThat(in.exam()).extracting(ExamFinding::text).noneMatch(t -> t.toLowerCase().contains("looking"));
    }

    @Test
    void anExamNormalOtherThanATenderSpotIsWrittenExceptionFirstWithoutTheUnplacedAnswers() {
        VisitModel v = Visits.read("[doctor] what brings you in today?", "[patient] my right middle finger hurts.",
                "[doctor] let me check it out. does it hurt when i push right here?", "[patient] yes.",
                "[doctor] what about down here?", "[patient] no.",
                "[doctor] okay. so generally, your exam is normal other than you've got tenderness over the distal "
                        + "phalanx of your right middle finger. the tenderness means the bone is irritated.");
        assertThat(v.exam()).extracting(ExamFinding::text).containsExactly(
                "Tenderness over the distal phalanx of the right middle finger; otherwise normal.");
    }

    @Test
    void theRestOfTheExamBeingNormalIsNotGluedToTheFinding() {
        VisitModel v = Visits.read("[doctor] let me press on your belly. does that hurt?", "[patient] a little, up here.",
                "[doctor] okay. so we'll say you have some mild tenderness to light palpation in the upper abdominal "
                        + "quadrants, but everything on your exam looks normal and looks good.");
        assertThat(v.exam()).extracting(ExamFinding::text)
                .contains("Mild tenderness to light palpation in the upper abdominal quadrants.")
                .noneMatch(t -> t.toLowerCase().contains("everything") || t.contains("normal and normal"));
    }

    @Test
    void aCheckOnCameraIsTheExam() {
        VisitModel v = Visits.read("[doctor] Any weakness or numbness in your face or arms?", "[patient] No.",
                "[doctor] That's good. Now I'd like to do a quick check on camera. Can you smile for me, raise your "
                        + "eyebrows, and stick your tongue out?",
                "[patient] Like this?",
                "[doctor] Lovely, your face looks nice and symmetrical. Now hold both arms straight out in front of you, "
                        + "palms up, and close your eyes for ten seconds.",
                "[patient] Okay.", "[doctor] Good, no drift at all.");
        assertThat(v.exam()).extracting(ExamFinding::text).anyMatch(t -> t.toLowerCase().contains("symmetrical"))
                .anyMatch(t -> t.toLowerCase().contains("no drift"));
    }
}
