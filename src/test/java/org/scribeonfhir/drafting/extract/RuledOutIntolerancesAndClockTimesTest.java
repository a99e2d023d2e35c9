package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * Defects of the 2.5.76 read (`src/challenge/reads/2.5.76`) still open in 2.5.77, each written again in our own
 * words: a condition named and then said absent, an intolerance told by two people, a past side effect, a "no" for
 * one thing of several, other people's conditions, allergies and doses, clock times read as frequencies or
 * temperatures, a liquid's strength taken for its dose, the other language of an interpreted visit, and the
 * clinician's question recalled as a complaint.
 */
class RuledOutIntolerancesAndClockTimesTest {

    private static List<String> all(String... lines) {
        return Visits.lines(Visits.draft(lines));
    }

    @Test
    void aConditionNamedThenSaidAbsentIsNoDiagnosis() {
        List<String> note = all("[patient] My big toe has been red and agony since Tuesday.",
                "[doctor] The joint is hot and swollen. I think this is gout. Septic arthritis can look similar. "
                        + "Nothing today suggests it, but come back if you get a fever.");
        assertThat(note).noneMatch(l -> l.matches("\\d+\\. Septic arthritis.*"))
                .anyMatch(l -> l.contains("Septic arthritis considered unlikely"));
    }

    @Test
    void anIntoleranceToldByTwoPeopleIsNoAllergyAndNoComplaint() {
        List<String> note = all("[patient] I've had a sore throat for three days.",
                "[doctor] Any allergies to medicines?",
                "[patient] Sulfa. I came out in hives.",
                "[husband] And tell her about the tramadol.",
                "[patient] That's not an allergy, love. It just made me sick and woozy for a day.",
                "[doctor] So I'll record sulfa as a true allergy, with hives, and tramadol as not tolerated, with "
                        + "nausea and drowsiness.");
        assertThat(note).anyMatch(l -> l.startsWith("Allergies:") && l.contains("tramadol (intolerance: nausea, "
                + "drowsiness)") && l.matches(".*sulfa\\w* \\(hives\\).*"))
                .noneMatch(l -> l.contains("lightheaded") || l.contains("Endorses nausea"));
    }

    @Test
    void aSideEffectThatLoweredTheDoseLastYearIsNoComplaint() {
        List<String> note = all("[doctor] What are you taking?",
                "[patient] Amlodipine, ten milligrams.",
                "[wife] It's five now. They cut it down to five last year when your ankles swelled up.");
        assertThat(note).noneMatch(l -> l.toLowerCase().contains("edema") || l.toLowerCase().contains("swelling"));
    }

    @Test
    void aNoForOneThingAskedLeavesTheOneToldAfterIt() {
        List<String> note = all("[patient] My shoulders have been stiff every morning for a month.",
                "[doctor] Any fevers, sweats at night, weight dropping off?",
                "[patient] No sweats. I weighed myself on Sunday and I was ten stone two. I was ten stone five in "
                        + "the summer.");
        assertThat(note).noneMatch(l -> l.matches("(?i).*denies[^.]*weight loss.*"))
                .anyMatch(l -> l.matches("(?i).*denies[^.]*night sweats.*"));
    }

    @Test
    void someoneWithAConditionIsNotThePatient() {
        List<String> note = all("[mother] He had a fit with a fever of 39 this afternoon.",
                "[doctor] His temperature is 39.1 and his neck is soft. This is a simple febrile seizure.",
                "[mother] My partner has epilepsy. Is he going to end up with epilepsy like his dad?",
                "[doctor] Most children who have febrile seizures never develop epilepsy. Having a parent with "
                        + "epilepsy nudges the risk up a little, but most grow out of febrile seizures by six.");
        assertThat(note).noneMatch(l -> l.matches("\\d+\\. Epilepsy.*"));
    }

    @Test
    void aSistersAllergyNamedIsNotTheChilds() {
        List<String> note = all("[mother] He's had a cough and a runny nose for four days.",
                "[doctor] Any allergies?",
                "[mother] None. And so you don't mix them up, Mia's the one with the peanut allergy. Leo eats peanut "
                        + "butter every day.");
        assertThat(note).noneMatch(l -> l.startsWith("Allergies:") && l.contains("peanut"));
    }

    @Test
    void anotherChildsDoseIsNotThisChilds() {
        List<String> note = all("[mother] She's had a fever since yesterday.",
                "[doctor] Her temperature is 38.9 and her ears and throat look fine. This is a viral illness.",
                "[doctor] So here's the plan. Give her Tylenol, the children's 160 milligrams per 5 mL: give 5 mL every 4 to 6 hours as "
                        + "needed.",
                "[mother] Not 10 mL like Mia?",
                "[doctor] No, 10 is Mia's dose. Hers is 5 mL.");
        assertThat(note).anyMatch(l -> l.contains("160 mg (5 mL of 160 mg/5 mL)"))
                .noneMatch(l -> l.contains("10 mL"));
    }

    @Test
    void aClockTimeIsNeitherAFrequencyNorATemperature() {
        List<String> note = all("[mother] He's had a runny nose since Sunday. This morning he felt hot. Then "
                + "tonight at like 6:40, we'd just sat down, and he went stiff and his arms and legs were jerking.",
                "[doctor] His temperature is 39.2. This is a febrile seizure.",
                "[doctor] So here's the plan. Ibuprofen, the 100 per 5: 6 mL every 6 to 8 hours if needed. He just "
                        + "had ibuprofen at 8:15, so no more before 2:15 in the morning.");
        assertThat(note).noneMatch(l -> l.contains("every morning") || l.contains("to 40"));
    }

    @Test
    void theOtherLanguageOfAnInterpretedVisitIsNotRead() {
        List<String> note = all("[doctor] Any family history of stomach problems?",
                "[patient] Mi papá murió de cáncer del estómago a los sesenta y ocho.",
                "[interpreter] My father died of stomach cancer at sixty-eight.");
        assertThat(note).noneMatch(l -> l.contains("myocardial"))
                .anyMatch(l -> l.contains("father") && l.contains("stomach cancer"));
    }

    @Test
    void theClinicianAskingAboutASymptomIsNoComplaint() {
        List<String> note = all("[doctor] Any black, tarry stools?",
                "[patient] No, normal.",
                "[doctor] The bismuth will turn your stools black. That part is harmless.",
                "[patient] But you asked me about black stools as something dangerous. How will I tell?");
        assertThat(note).noneMatch(l -> l.contains("Endorses") && l.contains("melena")
                || l.contains("reports melena"));
    }
}
