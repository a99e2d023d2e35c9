package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * Defects of the 2.5.78 read (`src/challenge/reads/2.5.78`), each written again in our own words: stops said after
 * the exam, by "that one" or by a brand the visit named; companions' and relatives' allergies, symptoms and conditions;
 * a drug given once before; an overdose warned of; how long a drug was taken read as a symptom's duration; an offer
 * turned down after a question; a tablet's strength read as the dose.
 */
class StopsOffersAndTheirAllergiesTest {

    private static List<String> all(String... lines) {
        return Visits.lines(Visits.draft(lines));
    }

    @Test
    void anOrderSaidAfterTheExamAmidMedicineTalkIsAnOrder() {
        List<String> note = all("[patient] My face dropped on the left this morning.",
                "[doctor] Let me examine you. Blood pressure 132 over 84. Your forehead doesn't move on the left and "
                        + "the left eye doesn't close. This is Bell's palsy.",
                "[doctor] I'll start prednisone, 60 milligrams every morning. What else do you take?",
                "[patient] Naproxen, 440 milligrams twice a day, for my neck.",
                "[doctor] Any allergies?",
                "[patient] None.",
                "[doctor] So no known drug allergies. Stop the naproxen while you're on the prednisone. Use "
                        + "acetaminophen instead, up to a thousand milligrams three times a day.");
        assertThat(note).anyMatch(l -> l.contains("Stop naproxen"))
                .noneMatch(l -> l.startsWith("Current medications") && l.contains("naproxen"));
    }

    @Test
    void thatOneIdLikeYouToStopStopsTheDrugJustTold() {
        List<String> note = all("[patient] I had a fit at work last month.",
                "[doctor] Any other medicines?",
                "[patient] Sometimes I take tramadol for my hip. Fifty milligrams.",
                "[doctor] That one I'd like you to stop. Tramadol can make seizures more likely.");
        assertThat(note).anyMatch(l -> l.contains("Stop tramadol"))
                .noneMatch(l -> l.startsWith("Current medications") && l.contains("tramadol"));
    }

    @Test
    void aBrandTheVisitSaysIsAKnownDrugIsThatDrug() {
        List<String> note = all("[patient] My left calf has been swollen since the long drive.",
                "[doctor] What do you take?",
                "[patient] The pill, it's called Veloria.",
                "[doctor] The ultrasound shows a clot in the left calf vein. This is a deep vein thrombosis.",
                "[doctor] Now, the pill. Estrogen raises your clot risk, so I want you to stop Veloria today.");
        assertThat(note).anyMatch(l -> l.contains("Stop combined oral contraceptive"))
                .noneMatch(l -> l.startsWith("Current medications") && l.contains("contraceptive"));
    }

    @Test
    void aCompanionsAllergyTakenBackIsNeitherHisAllergyNorHisMedicine() {
        List<String> note = all("[patient] I'm up four times a night to pee.",
                "[doctor] And any allergies?",
                "[patient] Penicillin.",
                "[wife] No, that's me, love. I came up in a rash with penicillin. You've never been allergic to "
                        + "anything.");
        assertThat(note).noneMatch(l -> l.toLowerCase().contains("penicillin"));
    }

    @Test
    void aCompanionsOwnAllergyIsNoSymptomOfThePatient() {
        List<String> note = all("[patient] I had a fit last week.",
                "[doctor] Any allergies to medicines? Have you ever had a rash from any tablet?",
                "[wife] Me, I am allergic to aspirin. Big hives. Not him.");
        assertThat(note).noneMatch(l -> l.toLowerCase().contains("hives"));
    }

    @Test
    void aNamedParentsAllergyIsTheParents() {
        List<String> note = all("[mother] He's had a cough and a fever for three days.",
                "[doctor] Any allergies?",
                "[mother] Not Owen. But Luc's allergic to penicillin.");
        assertThat(note).noneMatch(l -> l.startsWith("Allergies") && l.contains("penicillin"));
    }

    @Test
    void aDrugGivenOnceBeforeIsStartedNotContinued() {
        List<String> note = all("[mother] He's had a cough and a fever for three days.",
                "[doctor] Has Owen ever had amoxicillin?",
                "[mother] Yes, when he was two. Ten days, no problem at all.",
                "[doctor] His temperature is 39.1 and there are crackles at the right base. This is pneumonia.",
                "[doctor] So here's the plan. I'll prescribe amoxicillin, 6 mL three times a day for five days.");
        assertThat(note).anyMatch(l -> l.contains("Start amoxicillin")).noneMatch(l -> l.contains("Continue "
                + "amoxicillin"));
    }

    @Test
    void anOverdoseWarnedOfIsNoDiagnosis() {
        List<String> note = all("[mother] He's had a fever for three days.",
                "[doctor] His temperature is 39.1 and his chest is clear. This is a viral illness.",
                "[doctor] So here's the plan. Tylenol, the children's 160 per 5 mL, 7.5 mL every 6 hours as needed.",
                "[mother] We also have the infant drops at home.",
                "[doctor] Don't use those for him. The infant drops are 80 milligrams per mL, much more concentrated, "
                        + "so seven and a half mL of those would be a big overdose. Stick with the children's one.");
        assertThat(note).noneMatch(l -> l.toLowerCase().contains("overdose") && l.matches("\\d+\\..*"));
    }

    @Test
    void howLongADrugWasTakenIsNoSymptomsDuration() {
        List<String> note = all("[patient] My left calf has been swollen and sore since yesterday.",
                "[doctor] Lunessa, is that a combined pill?",
                "[patient] I think so.",
                "[doctor] How long have you been on it?",
                "[patient] About four years.");
        assertThat(note).noneMatch(l -> l.contains("4 years"));
    }

    @Test
    void anOfferTurnedDownAfterAQuestionIsNotStarted() {
        List<String> note = all("[patient] I'm up three times a night to pee and the stream is weak.",
                "[doctor] Your prostate feels smooth and enlarged. This is benign prostatic hyperplasia.",
                "[doctor] I'll start tamsulosin, 400 micrograms once a day. There's also finasteride, five "
                        + "milligrams once a day, which shrinks the prostate. We could start both.",
                "[patient] Doesn't that one affect things downstairs?",
                "[doctor] It can reduce sex drive in a small number of men.",
                "[patient] Then I'd rather not, not yet.");
        assertThat(note).anyMatch(l -> l.contains("Start tamsulosin"))
                .noneMatch(l -> l.contains("Start finasteride"));
    }

    @Test
    void aTabletsStrengthIsNotTheDose() {
        List<String> note = all("[patient] The plaques are on my elbows and knees and the creams don't help.",
                "[doctor] This is severe plaque psoriasis. My recommendation is methotrexate.",
                "[doctor] Ten milligrams once a week, on the same day each week. It comes as two point five "
                        + "milligram tablets, so that's four tablets, once a week.");
        assertThat(note).anyMatch(l -> l.contains("methotrexate 10 mg weekly"))
                .noneMatch(l -> l.contains("methotrexate 2.5 mg"));
    }

    @Test
    void relativesConditionsAnsweredInAFewWordsAreTheirs() {
        List<String> note = all("[patient] The plaques on my elbows are spreading.",
                "[doctor] Anyone in the family with skin problems? And your mum?",
                "[patient] Rheumatoid arthritis.",
                "[doctor] Anyone else sick at home? His sister?",
                "[patient] Maya's seven, she's fine, just her hay fever.");
        assertThat(note).noneMatch(l -> l.startsWith("Past medical history") && (l.contains("rheumatoid")
                || l.contains("rhinitis")));
    }

    @Test
    void aConditionDefinedAndSaidNotToPointThatWayIsNoDiagnosis() {
        List<String> note = all("[patient] Sorry, I'm all sweaty. It was ninety-eight degrees in the car. My left calf is "
                + "swollen.",
                "[doctor] The ultrasound shows a clot in the calf vein. This is a deep vein thrombosis.",
                "[patient] Could it go to my lungs?",
                "[doctor] That's what we're trying to prevent. A clot in the lung is called a pulmonary embolism. "
                        + "Right now you have no chest pain and your oxygen is 98 percent, so nothing is pointing "
                        + "that way today.");
        assertThat(note).noneMatch(l -> l.matches("\\d+\\. Pulmonary embolism.*"))
                .noneMatch(l -> l.contains("diaphoresis"));
    }
}
