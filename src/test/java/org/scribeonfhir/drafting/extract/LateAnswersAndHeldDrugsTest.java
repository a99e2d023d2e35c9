package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * Defects of the 2.5.80 read (`src/challenge/reads/2.5.80`), each written again in our own words: a screen answered
 * "none of those" read as still there; a symptom denied and told after all; finished courses as current; a brand said
 * before its drug; a dose corrected in the next sentence; figures of speech, general talk and a condition nothing
 * points to as diagnoses; an explained measure as another; a tablet count; a drug held by name; a detox schedule told
 * day by day over two turns.
 */
class LateAnswersAndHeldDrugsTest {

    private static List<String> all(String... lines) {
        return Visits.lines(Visits.draft(lines));
    }

    private static boolean currentHas(List<String> note, String drug) {
        return note.stream().anyMatch(l -> l.startsWith("Current medications") && l.contains(drug));
    }

    @Test
    void aScreenThatAsksAboutConfusionWhenYouStoppedAnsweredNoneOfThoseIsDenied() {
        List<String> note = all("[patient] I want to stop drinking.",
                "[doctor] Have you ever had a fit, been confused when you stopped, vomited blood, or had black stools?",
                "[patient] None of those, doctor.");
        assertThat(note).noneMatch(l -> l.contains("Endorses") && (l.contains("seizure") || l.contains("melena")))
                .anyMatch(l -> l.contains("Denies") && l.contains("seizure"));
    }

    @Test
    void vomitingToldAfterAllDuringTheExamIsPresent() {
        List<String> note = all("[mother] He's had a fever since yesterday and he won't eat.",
                "[doctor] Any vomiting, diarrhoea, or cough?",
                "[mother] No. None of that.",
                "[doctor] Let me look at him. Temperature 38.6. Throat has a few ulcers.",
                "[mother] Oh, he did actually vomit this morning, once, after his ice lolly.");
        assertThat(note).noneMatch(l -> l.matches(".*Denies[^.]*vomiting.*"))
                .anyMatch(l -> l.contains("vomiting"));
    }

    @Test
    void weightLossDeniedThenAnsweredWithAnAmountIsPresent() {
        List<String> note = all("[patient] My shoulders are stiff every morning.",
                "[doctor] Any fevers, night sweats, weight loss?",
                "[patient] No, no.",
                "[doctor] Let me weigh you. 81 kilos. Have you lost weight?",
                "[patient] Half a stone, maybe, since Easter.");
        assertThat(note).noneMatch(l -> l.matches(".*Denies[^.]*weight loss.*"))
                .anyMatch(l -> l.contains("weight loss"));
    }

    @Test
    void coursesFinishedOrHadYearsAgoAreNotCurrent() {
        List<String> note = all("[patient] My hips ache.",
                "[doctor] Anything else in the last while?",
                "[patient] The antibiotic in March for the chest. Doxycycline. I finished that out, the whole week.",
                "[doctor] Have you ever had amoxicillin?",
                "[patient] I had the amoxicillin for a tooth three years ago. No bother.");
        assertThat(currentHas(note, "doxycycline")).isFalse();
        assertThat(currentHas(note, "amoxicillin")).isFalse();
    }

    @Test
    void aBrandSaidBeforeItsDrugIsStoppedByThatNameAndTheSumIsTheDose() {
        List<String> note = all("[patient] My hips are stiff.",
                "[doctor] What are you taking for the pain?",
                "[patient] Them Painaway tablets from the chemist, the ibuprofen. Two hundred, two of them, so four "
                        + "hundred, three times a day.",
                "[doctor] Let me examine you. Shoulders stiff both sides, hips too.",
                "[doctor] Your bloods show raised inflammation. This is likely polymyalgia rheumatica.",
                "[doctor] Stop the Painaway today. It's hard on the stomach with steroids.");
        assertThat(note).anyMatch(l -> l.contains("Stop Painaway (ibuprofen)"));
    }

    @Test
    void aDoseCorrectedInTheSentenceAfterTheDrugKeepsItsUnit() {
        List<String> note = all("[patient] I'm tired all the time.",
                "[doctor] What do you take?",
                "[patient] Just my thyroid one, levothyroxine. A hundred micrograms... no, seventy-five, they dropped "
                        + "it last year.");
        assertThat(note).anyMatch(l -> l.startsWith("Current medications") && l.contains("levothyroxine 75 mcg"));
    }

    @Test
    void aConditionNothingFoundSuggestsIsNoDiagnosis() {
        List<String> note = all("[patient] My shoulders and hips are stiff for hours every morning.",
                "[doctor] The arteries at your temples are pulsing normally, not tender.",
                "[doctor] This looks like polymyalgia rheumatica. There's a related condition called giant cell "
                        + "arteritis. Nothing you've told me or that I found suggests it.");
        assertThat(note).noneMatch(l -> l.matches("\\d\\. Giant cell arteritis\\."));
    }

    @Test
    void nearlyHadAHeartAttackAndFeverFitsInGeneralAreNoHistoryOrDiagnosis() {
        List<String> note = all("[partner] He nearly had a heart attack at the match, yelling at the ref.",
                "[patient] My calf hurts when I walk.",
                "[doctor] Your left ankle pressure is low. This is peripheral arterial disease.",
                "[mother] And if our little one has a convulsion with a fever?",
                "[doctor] Lie him on his side. Fever fits are frightening but usually harmless.");
        assertThat(note).noneMatch(l -> l.startsWith("Past medical history") && l.contains("myocardial"))
                .noneMatch(l -> l.matches("\\d\\. Febrile seizure\\."));
    }

    @Test
    void theSugarTestThatExplainsTheHbA1cIsNoGlucose() {
        List<String> note = all("[patient] I'm stiff in the mornings.",
                "[doctor] Your bloods: HbA1c, the sugar test, 41, just under the cut-off of 42.");
        assertThat(note).noneMatch(l -> l.contains("Glucose: 41"));
    }

    @Test
    void twoAtATimeAfterOneTabletOfFiftyIsAHundredAndTheDrugNamedThenHeldIsHeld() {
        List<String> note = all("[patient] I want to stop drinking.",
                "[doctor] What tablets do you take?",
                "[patient] Tramadol for the knee, fifty milligrams, one tablet twice a day.",
                "[wife] No, you take two at a time. I see you.",
                "[doctor] Let me examine you. Pulse 96, a fine tremor.",
                "[doctor] We'll start the withdrawal tablets today, chlordiazepoxide, twenty milligrams four times "
                        + "a day. The tramadol, hold it while you're on the chlordiazepoxide.");
        assertThat(note).anyMatch(l -> l.startsWith("Current medications") && l.contains("tramadol 100 mg"))
                .anyMatch(l -> l.contains("Hold tramadol"))
                .noneMatch(l -> l.contains("Hold chlordiazepoxide"));
    }

    @Test
    void aDetoxScheduleToldDayByDayOverTwoTurnsIsOneTaper() {
        List<String> note = all("[patient] I want to stop drinking.",
                "[doctor] Let me examine you. Pulse 96, a fine tremor.",
                "[doctor] We'll start the withdrawal tablets today. It's chlordiazepoxide. Days one and two, that's today and tomorrow, twenty-five, no, twenty "
                        + "milligrams, four times a day.",
                "[doctor] Day three, fifteen milligrams four times a day. Day four, ten milligrams three times a day. "
                        + "Day five, five milligrams at night only. Then stop.");
        assertThat(note).anyMatch(l -> l.contains("Taper chlordiazepoxide: 20 mg four times daily on days 1-2, then "
                + "15 mg four times daily on day 3, then 10 mg three times daily on day 4, then 5 mg nightly on day 5, "
                + "then stop."));
    }
}
