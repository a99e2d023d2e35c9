package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.visit.Problem;

/** The clinician's impression opens the assessment however it is said, with or without an exam before it. */
class ImpressionWithoutExamTest {

    @Test
    void aTelephoneImpressionStaysTheAssessmentWhenThePatientAnswersBeforeThePlan() {
        var v = Visits.read(
                "[doctor] Hello, it's Dr. Example from the surgery. You rang about a urine problem?",
                "[patient] Yes, it's been burning when I wee since Sunday, and I'm going every hour.",
                "[doctor] Any pain in your back or sides, or a temperature?", "[patient] No, nothing like that.",
                "[doctor] Thank you. So, from what you've said, this sounds like a straightforward bladder infection.",
                "[patient] Oh, that's a relief.",
                "[doctor] I'll send nitrofurantoin 100 milligrams twice a day for three days to your pharmacy.");
        assertThat(v.problems()).extracting(Problem::name).containsExactly("Urinary tract infection");
    }

    @Test
    void anImpressionAfterAColonNamesTheProblemItsClauseIsAbout() {
        var v = Visits.read(
                "[doctor] How have the sugars been since we stopped the glipizide?",
                "[patient] Higher. Two hundreds most mornings, and I'm thirsty all day.",
                "[doctor] Your A1c today is 9.1, up from 7.8. Feet: sensation is reduced to the ankles on both sides.",
                "[doctor] So, my impression: your diabetes isn't controlled, it's gotten worse since the glipizide "
                        + "stopped.",
                "[doctor] I'm going to increase the metformin to 1000 milligrams twice a day.");
        assertThat(v.problems()).anySatisfy(p -> {
            assertThat(p.name()).containsIgnoringCase("diabetes");
            assertThat(p.after()).isEqualTo("uncontrolled, worsening");
        });
    }

    @Test
    void soundsALotLikeIsALikelyDiagnosis() {
        var v = Visits.read(
                "[doctor] How have you been sleeping?",
                "[patient] Badly. My wife says I snore like a train and stop breathing at night.",
                "[doctor] Any dozing off in the day?", "[patient] In front of the telly, every evening.",
                "[doctor] Let me examine you. Your neck is thick, and your throat is crowded at the back.",
                "[doctor] The snoring and the stopping breathing, that sounds a lot like sleep apnoea. I'm going to "
                        + "arrange a sleep study.");
        assertThat(v.problems()).anySatisfy(p -> {
            assertThat(p.name()).containsIgnoringCase("sleep apnea");
            assertThat(p.certainty()).isEqualTo("suspected");
        });
    }

    @Test
    void aVerblessPhraseAfterTheDiagnosisNamesItMorePreciselyAndIsNoPlanLine() {
        var note = Visits.draft(
                "[doctor] What's happened to the foot?",
                "[patient] My big toe on the left went red and swollen overnight. I can't bear the sheet on it.",
                "[doctor] Let me look. The left big toe joint is red, hot and very tender.",
                "[doctor] So, I think this is gout. An acute gout flare in the left big toe.",
                "[doctor] I'm going to give you prednisone 40 milligrams once a day for five days.");
        var plan = Visits.lines(note, org.scribeonfhir.drafting.NoteHeaders.ASSESSMENT_AND_PLAN);
        assertThat(plan).noneMatch(l -> l.startsWith("•") && l.contains("An acute gout flare"))
                .anyMatch(l -> l.matches("1\\. .*[Gg]out.*left big toe\\."));
    }

    @Test
    void aVerblessAnswerAfterYesIsTheDiagnosis() {
        var v = Visits.read(
                "[doctor] What happened to the wrist?", "[patient] I fell on my outstretched hand ten days ago.",
                "[doctor] Let me look. Some swelling on the thumb side of the right wrist, tender in the snuffbox.",
                "[doctor] The new x-rays this morning show a thin crack line across the middle of the scaphoid.",
                "[patient] So it is broken after all?",
                "[doctor] It is. A non-displaced fracture of the waist of the scaphoid, in the right wrist.",
                "[doctor] You'll need a cast for six weeks, and I'll see you in the fracture clinic.");
        assertThat(v.problems()).extracting(Problem::name).anyMatch(n -> n.toLowerCase().contains("scaphoid fracture"));
    }
}
