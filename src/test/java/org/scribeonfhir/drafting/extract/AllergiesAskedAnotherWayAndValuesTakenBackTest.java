package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * Defects of the 2.5.92 read (`src/challenge/reads/2.5.92`) in our own words: allergies asked without the word, labels
 * called "not an allergy", a relative's allergy named as hers, values and durations taken back, a finger-prick glucose,
 * a fetal heart rate, symptoms owned up to one by one, and a vaccine the doctor gives.
 */
class AllergiesAskedAnotherWayAndValuesTakenBackTest {

    private static List<String> all(String... lines) {
        return Visits.lines(Visits.draft(lines));
    }

    private static String line(List<String> note, String start) {
        return note.stream().filter(l -> l.startsWith(start)).findFirst().orElse("");
    }

    @Test
    void anAllergyAskedAsAProperReactionIsRecorded() {
        List<String> note = all("[patient] My shoulders ache.",
                "[doctor] Anything that's given you a proper reaction?",
                "[patient] Nitrofurantoin. I came out in hives all over and my lips swelled.");
        assertThat(line(note, "Allergies")).contains("nitrofurantoin");
    }

    @Test
    void aLabelTheDoctorCallsNotAnAllergyLeavesAndTheNextAllergyStays() {
        List<String> note = all("[patient] My hands are numb at night.",
                "[doctor] Allergies? Your notes say plaster allergy.",
                "[patient] Plasters? I wear them all the time at work, no problem.",
                "[doctor] Then that's not a plaster allergy, so I'll take it off. Any medicine that has caused a "
                        + "reaction?",
                "[husband] Clindamycin, last year. Her whole body had hives and her lips swelled up.");
        assertThat(line(note, "Allergies")).contains("clindamycin").doesNotContain("plaster");
    }

    @Test
    void aLabelThatDoesNotSoundLikeATrueAllergyLeaves() {
        List<String> note = all("[mother] He has a fever and pulls at his ear.",
                "[doctor] His card says penicillin allergy. Did he get a rash with the amoxicillin last month?",
                "[mother] No, nothing, he finished the bottle.",
                "[doctor] Then it doesn't sound like a true penicillin allergy.");
        assertThat(note).noneMatch(l -> l.startsWith("Allergies") && l.contains("penicillin"));
    }

    @Test
    void theGrandmothersAllergyTheDoctorNamesAsHersIsNotHis() {
        List<String> note = all("[daughter-in-law] He burned his arm with tea.",
                "[doctor] Any allergies?",
                "[daughter-in-law] Erythromycin, he got a rash all over.",
                "[doctor] Noted. And Nani is allergic to something, I remember?",
                "[daughter-in-law] Yes, Nani is allergic to penicillin. She gets big blisters.",
                "[doctor] Right, that's Nani's allergy.");
        assertThat(line(note, "Allergies")).contains("erythromycin").doesNotContain("penicillin");
    }

    @Test
    void aCompanionsOwnOtherAllergyTakesNothingBackFromThePatient() {
        List<String> note = all("[patient] My legs keep spasming.",
                "[doctor] Any allergies?",
                "[patient] Trimethoprim. Came up in hives, about ten years ago.",
                "[wife] And I'm the one who's allergic to penicillin, doc, before you ask.",
                "[doctor] Good to know.");
        assertThat(line(note, "Allergies")).contains("trimethoprim").doesNotContain("penicillin");
    }

    @Test
    void aDurationTakenBackKeepsTheNewOneAndAnAgeIsNoDose() {
        List<String> note = all("[mother] He has a fever and ear pain.",
                "[doctor] Let me look in his ears. The right drum is red and bulging.",
                "[doctor] So this is a right ear infection. For the ear, I'll give amoxicillin, four hundred "
                        + "milligrams twice a day, for seven days. Sorry, for ten days, because he's under two.");
        assertThat(note).anyMatch(l -> l.contains("amoxicillin 400 mg twice daily for 10 days"))
                .noneMatch(l -> l.contains("amoxicillin 2 mg"));
    }

    @Test
    void aSugarSaidBeforeTheDrugIsNoGlucoseAndAFingerPrickIs() {
        List<String> note = all("[patient] I burned my hand.",
                "[doctor] What medicines?",
                "[daughter] For sugar, gliclazide, eighty, twice daily.",
                "[doctor] Let me check his sugar. Finger prick is one ninety-four.");
        assertThat(note).noneMatch(l -> l.contains("Glucose") && l.contains("80"))
                .anyMatch(l -> l.contains("Glucose") && l.contains("194"));
    }

    @Test
    void theDoctorReadingTheWholeSigBackIsTheDoseTaken() {
        List<String> note = all("[patient] My foot is sore.",
                "[doctor] What do you take?",
                "[daughter] Sitagliptin, fifty, once daily. No, sorry, they increased it. A hundred.",
                "[doctor] Sitagliptin one hundred milligrams once a day, no other tablets. Anything else?");
        assertThat(line(note, "Current medications")).contains("sitagliptin 100 mg").doesNotContain("50 mg");
    }

    @Test
    void theBabysHeartRateIsNoMaternalPulse() {
        List<String> note = all("[patient] My fingers tingle at night and I'm thirty weeks pregnant.",
                "[doctor] Blood pressure one twelve over seventy. Baby's heart rate one forty-six.");
        assertThat(note).noneMatch(l -> l.contains("Heart rate 146"));
    }

    @Test
    void aYesAfterTheFirstNoOwnsOnlyWhatItNames() {
        List<String> note = all("[patient] My hips and shoulders ache.",
                "[doctor] Any fevers, sweats, weight loss?",
                "[patient] No, nothing like that.",
                "[daughter] Mum, you've been waking up soaked, and your skirts are loose.",
                "[patient] Oh, well, yes. A few nights I've woken up sweaty. And I suppose I've lost a bit.");
        assertThat(note).noneMatch(l -> l.contains("reports fever") || l.contains("Endorses fever"));
    }

    @Test
    void aStoppedDrugWithADecimalDoseIsStopped() {
        List<String> note = all("[patient] My shoulders ache.",
                "[doctor] What are you taking?",
                "[patient] I was taking the meloxicam, seven and a half, but I stopped it two weeks ago, it burned "
                        + "my stomach.");
        assertThat(note).noneMatch(l -> l.startsWith("Current medications") && l.contains("meloxicam"));
    }

    @Test
    void aVaccineTheDoctorGivesWithDoseRouteAndSiteIsGiven() {
        List<String> note = all("[daughter-in-law] He scalded his arm.",
                "[doctor] Let me look. A red blistered patch on the forearm. So this is a scald.",
                "[doctor] Now the tetanus booster. Tdap, zero point five mL, intramuscular, left upper arm.");
        assertThat(note).anyMatch(l -> l.contains("0.5 mL IM into the left upper arm") && l.contains("given"));
    }

    @Test
    void aLaterPrescriptionAfterAnAsNeededOneIsKept() {
        List<String> note = all("[mother] He has a fever and a sore ear.",
                "[doctor] Let me look in his ears. The left drum is red. So this is an ear infection.",
                "[doctor] For fever you can use the Calpol, five mL every six hours if needed, and the ibuprofen "
                        + "four mL every eight hours with food.");
        assertThat(note).anyMatch(l -> l.contains("ibuprofen 4 mL every 8 hours"));
    }
}
