package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.visit.Medication;
import org.scribeonfhir.drafting.visit.VisitModel;

/** The chart's list read back: what the patient answers is what they take, and the plan changes it after. */
class ChartReadBackTest {

    private static final String[] VISIT = {
        "[nurse] Mr Example is in room four. Blood pressure one forty-eight over ninety-two. He's due for his flu "
                + "shot, I'll give it before he goes.",
        "[doctor] Thanks. Good morning. So what brings you in?",
        "[patient] My blood pressure, and I get headaches when it's up.",
        "[doctor] Let me go through your medicines. I have lisinopril ten milligrams once a day.",
        "[patient] No, it's twenty now. The urgent care doctor doubled it back in April.",
        "[doctor] Okay. I've got amlodipine five milligrams once a day.", "[patient] It's ten now.",
        "[doctor] And the atorvastatin, forty milligrams at night?",
        "[patient] Honestly? Maybe half the nights. I fall asleep in the recliner.",
        "[doctor] Let me take a look. Heart is regular, no murmur. Lungs are clear.",
        "[doctor] So, putting it together. Your blood pressure is not at goal on lisinopril twenty. I'm going to "
                + "increase it to forty milligrams twice a day, no, sorry, once a day."};

    private static Medication med(VisitModel v, String drug) {
        return v.medications().stream().filter(m -> m.drug().equals(drug)).findFirst()
                .orElseThrow(() -> new AssertionError(drug + " not in " + v.medications()));
    }

    @Test
    void aDoseThePatientCorrectsAfterTheReadBackIsTheDoseTaken() {
        Medication amlodipine = med(Visits.read(VISIT), "amlodipine");
        assertThat(amlodipine.dose()).isEqualTo("10 mg");
        assertThat(amlodipine.current()).isTrue();
    }

    @Test
    void aReadBackAnsweredWithHowOftenItIsTakenIsStillTaken() {
        Medication statin = med(Visits.read(VISIT), "atorvastatin");
        assertThat(statin.current()).isTrue();
        assertThat(statin.dose()).isEqualTo("40 mg");
    }

    @Test
    void theIncreaseSaidOfItKeepsItsDoseWhenOnlyTheFrequencyIsTakenBack() {
        Medication acei = med(Visits.read(VISIT), "lisinopril");
        assertThat(acei.action()).isEqualTo("increase");
        assertThat(acei.dose()).isEqualTo("40 mg");
        assertThat(acei.previousDose()).isEqualTo("20 mg");
        assertThat(acei.frequency()).isEqualTo("daily");
    }

    @Test
    void theNursesHandOverOfAVaccineDoesNotOpenThePlan() {
        var dialogue = Visits.dialogue("[nurse] She's in room two. She's due for her flu shot, I'll give it before she "
                + "goes.", "[doctor] Thanks, Dana. Good morning. Cold enough for you out there?",
                "[patient] Thirty-eight degrees on the bank sign. My sugars have been high, I'm always thirsty.");
        double[] relevance = new double[dialogue.utterances().size()];
        java.util.Arrays.fill(relevance, 1.0);
        Context c = new Context(dialogue, java.util.List.of(), relevance, null,
                org.scribeonfhir.drafting.lexicon.Vocabulary.get());
        var story = dialogue.utterances().get(dialogue.utterances().size() - 1);
        assertThat(c.part(story)).isEqualTo(Part.HISTORY);
        assertThat(c.part(dialogue.utterances().get(1))).isEqualTo(Part.PLAN);
    }

    @Test
    void whoPutTheDoseUpIsNotRestatedBesideTheCorrectedDose() {
        assertThat(Visits.lines(Visits.draft(VISIT))).noneMatch(l -> l.contains("doubled it"));
    }
}
