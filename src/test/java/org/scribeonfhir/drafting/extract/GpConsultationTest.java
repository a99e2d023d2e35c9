package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * A general practice consultation as a GP says it (written by us after a physician's read of drafts): the example drug
 * the GP then prescribes, British "feel sick", today's injury, an "up to" dose, a relative's illness "in the family",
 * "having examined you", a known condition that "has flared up", a safety-net opened by "in the meantime" and a pain
 * scale anchored on an old kidney stone.
 */
class GpConsultationTest {

    @Test
    void exampleDrugTheGpPrescribesIsTheOrder() {
        List<String> plan = Visits.lines(Visits.draft("[doctor] Hello, what brings you in today?",
                "[patient] My nose has been running and my eyes are itchy, it's been about two weeks now.",
                "[doctor] Any fever or cough?",
                "[patient] No, no fever, no cough.",
                "[doctor] Okay. It sounds like hay fever, allergic rhinitis. I'd suggest an antihistamine, something like "
                        + "cetirizine, which I can prescribe for you today. Ten milligrams once a day."),
                "ASSESSMENT AND PLAN");
        assertThat(plan).anyMatch(l -> l.contains("Start cetirizine 10 mg daily"));
        assertThat(plan).noneMatch(l -> l.contains("Start antihistamine"));
    }

    @Test
    void feelingSickIsNauseaAndARunningNoseIsRhinorrhea() {
        List<String> ros = Visits.lines(Visits.draft("[doctor] What's the trouble?",
                "[patient] My nose has been running all week.",
                "[doctor] Do you feel sick at all?",
                "[patient] Yeah, I feel sick in the mornings."), "REVIEW OF SYSTEMS");
        assertThat(String.join("\n", ros)).contains("nausea").contains("rhinorrhea").doesNotContain("malaise");
    }

    @Test
    void todaysInjuryIsNoPastHistory() {
        assertThat(Visits.lines(Visits.draft("[doctor] What brings you in?",
                "[patient] I hurt my back lifting a box on Saturday, it's sore when I bend.",
                "[doctor] It sounds like a muscle strain.")))
                .noneMatch(l -> l.startsWith("Past medical history") && l.contains("strain"));
        assertThat(Visits.lines(Visits.draft("[doctor] Hello, what's happened?",
                "[patient] I got stung by a wasp on my arm about ten minutes ago and now my lip feels swollen.")))
                .noneMatch(l -> l.startsWith("Past medical history") && l.contains("insect"));
    }

    @Test
    void litresOfWaterAreNoAlcohol() {
        assertThat(Visits.lines(Visits.draft("[patient] I've been so thirsty lately.",
                "[doctor] How much are you drinking?",
                "[patient] About three litres a day, it's been hot and I've been running a lot.")))
                .noneMatch(l -> l.startsWith("Social history") && l.contains("litres"));
    }

    @Test
    void numbnessOrWeaknessInTheLegsIsBothInTheLegs() {
        assertThat(Visits.lines(Visits.draft("[patient] I hurt my lower back lifting a box, it's sore when I bend.",
                "[doctor] Any numbness or weakness in your legs?",
                "[patient] No, none of that."), "REVIEW OF SYSTEMS"))
                .anyMatch(l -> l.contains("Denies numbness of the lower extremities"))
                .noneMatch(l -> l.contains("numbness of the lumbar spine"));
    }

    @Test
    void relativesIllnessAfterTheirOwnDenialIsFamilyHistory() {
        List<String> lines = Visits.lines(Visits.draft("[doctor] Hi, what can I do for you?",
                "[patient] I've been so thirsty lately and I wanted to check I don't have diabetes, my mum has type 2 "
                        + "diabetes."));
        assertThat(lines).anyMatch(l -> l.startsWith("Family history") && l.contains("mother with type 2 diabetes"));
        assertThat(lines).noneMatch(l -> l.startsWith("Past medical history") && l.contains("diabetes"));
    }

    @Test
    void illnessInTheFamilyIsNotTheirs() {
        List<String> lines = Visits.lines(Visits.draft("[doctor] Any family history of headaches?",
                "[patient] My mother has migraines. And I have thyroid problems in the family as well."));
        assertThat(lines).noneMatch(l -> l.startsWith("Past medical history") && l.contains("thyroid"));
        assertThat(lines).noneMatch(l -> l.contains("thyroid problems in the family"));
    }

    @Test
    void aChestInfectionIsNoPneumoniaAndAWeakStreamIsNoWeakness() {
        List<String> lines = Visits.lines(Visits.draft("[patient] I've had a cough for a week with green phlegm.",
                "[doctor] Is your stream okay?",
                "[patient] The stream is a bit weak, but that's been years.",
                "[doctor] Okay, it sounds like a chest infection. I'll prescribe amoxicillin 500 milligrams three "
                        + "times a day for five days."));
        assertThat(lines).anyMatch(l -> l.contains("lower respiratory tract infection"))
                .noneMatch(l -> l.contains("pneumonia"));
        assertThat(lines).anyMatch(l -> l.contains("weak urinary stream")).noneMatch(l -> l.contains("weakness"));
    }

    @Test
    void upToSixTimesADayStaysAMaximum() {
        assertThat(Sig.frequency("one tablet, 4 mg, up to about 6 times a day")).isEqualTo("up to 6 times a day");
        assertThat(Sig.frequency("one tablet 6 times a day")).isEqualTo("6 times a day");
    }

    @Test
    void theFingerThatPointsIsNotWhereItIsSwollen() {
        assertThat(Visits.lines(Visits.draft("[patient] I got stung by a wasp on my arm and now my lip feels swollen.",
                "[doctor] Can you point with your finger to where you feel it's swollen?",
                "[patient] Just here, on the right-hand side.")))
                .noneMatch(l -> l.contains("finger"));
    }

    @Test
    void havingExaminedYouOpensTheExamAndAFlareOfAKnownConditionIsTheProblem() {
        List<String> lines = Visits.lines(Visits.draft("[doctor] Morning, what's brought you in?",
                "[patient] I'm getting more breathless over the last two weeks, and my ankles are swollen.",
                "[doctor] Okay. Having examined you, your chest sounds clear and your oxygen saturations and blood "
                        + "pressure are all okay.",
                "[doctor] I think your heart failure has flared up a bit. I'd like to increase your furosemide to 40 "
                        + "milligrams twice a day for a week.",
                "[doctor] In the meantime if you are getting more unwell, more breathless, or you get chest pain or "
                        + "palpitations, I want you to give me a call sooner."));
        assertThat(lines).anyMatch(l -> l.startsWith("• Respiratory: Chest clear"));
        assertThat(lines).anyMatch(l -> l.matches("1\\. .*[Hh]eart failure.*"));
        assertThat(lines).anyMatch(l -> l.contains("Advised to call") && l.contains("if the patient is getting more "
                + "unwell, more breathless, or they get chest pain or palpitations"));
        assertThat(lines).noneMatch(l -> l.startsWith("• Medical Treatment: In the meantime"));
    }

    @Test
    void theAnchorOfTheScaleIsNoRatingAndTheCorrectedOneCounts() {
        assertThat(Visits.lines(Visits.draft("[patient] I've had a bad headache since this morning, on the left side.",
                "[doctor] How bad is it out of ten?",
                "[patient] Well, I had a kidney stone once, so let's say that was ten. This one is maybe five, well, "
                        + "six probably.")))
                .anyMatch(l -> l.contains("rated 6/10")).noneMatch(l -> l.contains("10/10"));
        assertThat(Attributes.rating("maybe 5, well, 6 probably")).isEqualTo("6/10");
        assertThat(Attributes.rating("about a 7")).isEqualTo("7/10");
        assertThat(Attributes.rating("7, and on bad days 9")).isEqualTo("7/10");
    }

    @Test
    void whatTheGpSeesOnVideoIsTheExam() {
        assertThat(Visits.lines(Visits.draft("[patient] I got stung by a wasp and my lip feels swollen.",
                "[doctor] Looking at you on the video, your lips don't look swollen and you're breathing comfortably."),
                "PHYSICAL EXAM")).anyMatch(l -> l.contains("Lips don't look swollen"));
    }

    @Test
    void theReactionDeniedIsNotTheAllergysReaction() {
        assertThat(Visits.lines(Visits.draft("[doctor] Any allergies?",
                "[patient] Not to medicines, but bee stings. I got stung on the arm at a picnic and it swelled up all "
                        + "the way to my elbow. No trouble breathing, though.")))
                .anyMatch(l -> l.startsWith("Allergies: bee sting (swelling)"))
                .noneMatch(l -> l.contains("trouble breathing"));
    }

    @Test
    void anAmbulanceCalledIsThePlanAndTheStingIsToday() {
        List<String> lines = Visits.lines(Visits.draft("[doctor] Hello, what's happened?",
                "[patient] I've been stung by a wasp on my neck and now my throat feels tight and I'm wheezy.",
                "[doctor] Is anyone with you?",
                "[patient] My husband is here, he can drive me to the hospital.",
                "[doctor] No, I wouldn't want your husband to drive you, I'd like him to call an ambulance now, so that "
                        + "you're seen quickly."));
        assertThat(lines).anyMatch(l -> l.contains("Ambulance called"));
        assertThat(lines).noneMatch(l -> l.startsWith("Past medical history") && l.contains("insect"));
    }

    @Test
    void aStoolSampleSentInIsATestOrderedAndAConditionStaysConditional() {
        List<String> plan = Visits.lines(Visits.draft("[patient] I've had diarrhoea and vomiting since yesterday.",
                "[doctor] Okay. I think this is gastroenteritis, a tummy bug. I'd also like you to send us a stool sample.",
                "[doctor] And, but however, if by the afternoon you feel much better in yourself, you can call and "
                        + "cancel the appointment."), "ASSESSMENT AND PLAN");
        assertThat(plan).anyMatch(l -> l.equals("• Additional Testing: Order a stool culture."));
        assertThat(plan).anyMatch(l -> l.contains("if by the afternoon the patient feels much better"))
                .noneMatch(l -> l.matches("(?i)^(?!.*\\bif\\b).*feels much better.*"));
    }

    @Test
    void aRecapWithItsSpeechTagIsNotRestated() {
        assertThat(Visits.lines(Visits.draft("[patient] I'm more breathless, even walking to the shop.",
                "[doctor] And certainly now your symptoms, you, you're, you said you're feeling more breathless even "
                        + "walking to the shop, she said.")))
                .noneMatch(l -> l.contains("she said"));
    }

    @Test
    void theFamilysIllnessesToldInPiecesStayTheFamilys() {
        List<String> lines = Visits.lines(Visits.draft("[doctor] Any other medical conditions?",
                "[patient] I have asthma, and, uh, in my family, uh, there's hypothyroidism and migraine.",
                "[doctor] Mother has migraine and, what was the other one, I didn't understand.",
                "[patient] Yeah, yeah.",
                "[patient] Hypothyroidism.",
                "[doctor] OK, and having listened to your story, I think you're probably suffering from what we call "
                        + "eczema."));
        assertThat(lines).anyMatch(l -> l.startsWith("Past medical history: asthma"))
                .noneMatch(l -> l.startsWith("Past medical history") && l.contains("hypothyroidism"));
        assertThat(lines).anyMatch(l -> l.startsWith("Family history") && l.contains("hypothyroidism"));
    }
}
