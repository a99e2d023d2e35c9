package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * Defects of the 2.5.74 read (`src/challenge/reads/2.5.74`), each written again in our own words: back-ups without
 * their condition (or a later drug made one), doses given in the room as prescriptions, a vitamin's iron and a calcium
 * result as drugs, a sibling's medicine and a leftover as the patient's, drugs of the past as current, answers given
 * through an interpreter lost, questions of where a rash has reached or what came before read as complaints, a
 * daughter's pregnancy, a risk told about others as the diagnosis, a confident diagnosis missed, and a chart's old
 * weight taken for today's.
 */
class BackupsClinicDosesAndInterpretedAnswersTest {

    private static List<String> all(String... lines) {
        return Visits.lines(Visits.draft(lines));
    }

    @Test
    void aBackUpKeepsItsConditionAndTheNextDrugIsStarted() {
        List<String> note = all("[patient] The rash on my side is agony, I can't sleep.",
                "[doctor] This is shingles. I'll give you a prescription for amitriptyline ten milligrams at night — "
                        + "but only start it if the pain is still keeping you awake in a few days.",
                "[patient] Right.",
                "[doctor] And for the blood pressure I'll add ramipril two point five milligrams once a day.");
        assertThat(note).anyMatch(l -> l.contains("Back-up prescription, to start only if the pain is still keeping")
                        && l.contains("amitriptyline 10 mg"))
                .anyMatch(l -> l.contains("Start ramipril 2.5 mg"))
                .noneMatch(l -> l.contains("Back-up prescription, to start only if not improving: ramipril"));
    }

    @Test
    void dosesGivenHereInOneBreathAreGivenAndNotSentHome() {
        List<String> note = all("[patient] I heard a pop in my calf at squash.",
                "[doctor] I think this is a calf tear. For pain, we'll give you a gram of paracetamol and ibuprofen "
                        + "four hundred milligrams, here now. At home, paracetamol one gram four times a day. I don't "
                        + "want you taking ibuprofen at home, so today's dose is a one-off.");
        assertThat(note).anyMatch(l -> l.contains("Ibuprofen 400 mg given in clinic"))
                .noneMatch(l -> l.contains("Start ibuprofen"))
                .noneMatch(l -> l.contains("Continue ibuprofen"));
    }

    @Test
    void theIronOfAVitaminAndACalciumResultAreNoDrugs() {
        List<String> note = all("[patient] I take levothyroxine fifty and a prenatal vitamin with iron.",
                "[doctor] Your calcium is normal at two point four. I think this is hyperemesis. Hold the prenatal "
                        + "vitamin with iron for two weeks, then restart it, and keep the levothyroxine four hours "
                        + "apart from the iron.");
        assertThat(note).noneMatch(l -> l.contains("ferrous sulfate"))
                .noneMatch(l -> l.contains("calcium carbonate"));
    }

    @Test
    void aBrothersMedicineAndHisLeftoverAreNotHers() {
        List<String> note = all("[mother] She's had a sore throat since yesterday and her fever was high.",
                "[doctor] How is she eating?",
                "[mother] She's barely eating, she says it hurts her to swallow, and she's been off school.",
                "[doctor] Who else is at home?",
                "[father] Her brother Finn's fine. He's nine — he's on methylphenidate, eighteen milligrams, for his "
                        + "ADHD.",
                "[father] And we gave her one dose of his leftover antibiotic last night. The cefdinir from his "
                        + "ear infection.",
                "[doctor] Thank you for telling me. Let's not give any more of that.");
        assertThat(note).noneMatch(l -> l.startsWith("Current medications") && l.contains("methylphenidate"))
                .noneMatch(l -> l.startsWith("Current medications") && l.contains("cefdinir"));
    }

    @Test
    void aDrugOfThePastIsNoCurrentMedicineAndItsWeightGainNoComplaint() {
        List<String> note = all("[patient] My mood has been steady on the lithium.",
                "[doctor] And you were on olanzapine years ago?",
                "[patient] Put on two stone in four months. Never again.");
        assertThat(note).noneMatch(l -> l.startsWith("Current medications") && l.contains("olanzapine"))
                .noneMatch(l -> l.contains("weight gain"));
    }

    @Test
    void anAnswerThroughTheInterpreterAnswersTheQuestion() {
        List<String> note = all("[interpreter] I have been vomiting all week.",
                "[doctor] Any true allergies, like a rash, swelling or trouble breathing with a medicine?",
                "[patient] Sí, el Septra. Me salieron ronchas y se me hincharon los ojos.",
                "[interpreter] Yes, Septra. I got hives and my eyes swelled up.");
        assertThat(note).noneMatch(l -> l.contains("Endorses hives")).noneMatch(l -> l.contains("reports hives"));
    }

    @Test
    void whereTheRashHasReachedAndAHabitSameAsEverAreNoComplaints() {
        List<String> note = all("[patient] I've got this rash in a strip round my back.",
                "[doctor] Has the rash gone near your face at all?",
                "[patient] No, it's just the one strip on my body.",
                "[doctor] Any problems with your waterworks?",
                "[patient] No. Waterworks same as ever — once in the night, always has been.");
        assertThat(note).noneMatch(l -> l.contains("rash of the face"))
                .noneMatch(l -> l.contains("Endorses urinary"));
    }

    @Test
    void ourKellysPregnancyAndWhatSomePeopleGetAreNotThePatients() {
        List<String> note = all("[patient] This rash round my side is really painful.",
                "[wife] Our Kelly's thirty weeks pregnant.",
                "[doctor] Let me have a look. A band of blisters on a red base on the left side of the chest.",
                "[doctor] Right. This is shingles.",
                "[doctor] Some people do get nerve pain that hangs on after the rash has gone — postherpetic "
                        + "neuralgia. Most people don't.");
        assertThat(note).noneMatch(l -> l.contains("pregnancy"))
                .noneMatch(l -> l.contains("Postherpetic neuralgia."))
                .anyMatch(l -> l.contains("Herpes zoster"));
    }

    @Test
    void aConfidentDiagnosisAfterTheResultsIsTheAssessment() {
        List<String> note = all("[patient] It felt like someone kicked the back of my heel at netball.",
                "[doctor] Any pain in that heel before last night?",
                "[patient] Not that I've noticed.",
                "[doctor] The calf squeeze test shows no movement of the foot. Thanks.",
                "[doctor] So, I'm confident you've ruptured your left Achilles tendon. I'm referring you to the "
                        + "fracture clinic.");
        assertThat(note).anyMatch(l -> l.contains("Left achilles tendon rupture"))
                .noneMatch(l -> l.contains("Fracture"))
                .noneMatch(l -> l.contains("Denies heel pain"));
    }

    @Test
    void todaysWeightStandsBeforeTheChartsOldOne() {
        List<String> note = all("[patient] I can't keep anything down.",
                "[doctor] I think this is hyperemesis. Weight sixty-one point two kilos — your chart says sixty-four "
                        + "before the pregnancy.");
        assertThat(note).anyMatch(l -> l.contains("Weight 61.2 kg")).noneMatch(l -> l.contains("Weight 64"));
    }

    @Test
    void nothingElseHurtsAndTalkingNonstopSoNoAreNoComplaints() {
        List<String> note = all("[patient] My heel hurts, I can't go up on my toes.",
                "[doctor] Did you hurt anything else?",
                "[patient] I sat down on my bum. Nothing else hurts.",
                "[doctor] Any trouble breathing or drooling?",
                "[father] No, none of that. She's been talking nonstop since six a.m., so no.");
        assertThat(note).noneMatch(l -> l.contains("toe pain")).noneMatch(l -> l.contains("elevated mood"));
    }
}
