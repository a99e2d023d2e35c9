package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * Defects of the 2.5.84 read (`src/challenge/reads/2.5.84`), each written again in our own words: the Jamaican "mi"
 * read as a myocardial infarction, a follow-up after discharge with no reason, a two-part question answered part by
 * part, a symptom admitted or taken back turns later, a dose given in triage beside the dose taken at home, and a
 * vitamin listed with the bloods.
 */
class PatoisMiAndTurnsTakenBackLaterTest {

    private static List<String> all(String... lines) {
        return Visits.lines(Visits.draft(lines));
    }

    @Test
    void theJamaicanMiIsNoHeartAttack() {
        List<String> note = all("[doctor] Morning. How are you since the ward?",
                "[patient] Yes man, mi feel better. Mi back still sore a little in the morning.");
        assertThat(note).noneMatch(l -> l.toLowerCase().contains("myocardial infarction"));
    }

    @Test
    void aVisitAfterDischargeFromACrisisIsItsFollowUp() {
        List<String> note = all("[doctor] Good to see you. So you were discharged on Tuesday after the pain crisis. "
                        + "How's the pain now?",
                "[patient] Mostly gone, maybe two out of ten in the mornings.");
        assertThat(note.get(0)).contains("Follow-up after admission for sickle cell disease");
    }

    @Test
    void urineNormalDeniesDarkUrineWhenTheEyesAreAnsweredFirst() {
        List<String> note = all("[patient] I'm here for my check after the hospital.",
                "[doctor] Any yellowness of the eyes more than usual, dark urine?",
                "[patient] Eyes always a little yellow, you know that. Urine normal.");
        assertThat(note).noneMatch(l -> l.contains("Endorses dark urine") || l.contains("reports dark urine")
                || l.contains("reports mild dark urine"));
    }

    @Test
    void gumsThatBledToldAfterADenialArePresent() {
        List<String> note = all("[patient] I've had a fever since Saturday.",
                "[doctor] Any bleeding gums, or blood in your urine?",
                "[patient] No, none of that.",
                "[doctor] Let me press on your tummy. Any pain here?",
                "[patient] A bit. Actually, this morning when I brushed my teeth, the gums bled a little.");
        assertThat(note).noneMatch(l -> l.contains("Denies") && l.contains("bleeding gums"))
                .anyMatch(l -> l.contains("Endorses") && l.contains("bleeding gums"));
    }

    @Test
    void aDoseGivenInTriageStandsBesideTheDoseTakenAtHome() {
        List<String> note = all("[patient] Fever and headache for three days.",
                "[doctor] What have you been taking?",
                "[patient] Panadol, two tablets three times a day.",
                "[doctor] Okay. We gave you a gram of paracetamol in triage at half past nine.");
        assertThat(note).anyMatch(l -> l.contains("acetaminophen") && l.contains("1 g")
                && l.contains("given in clinic"))
                .anyMatch(l -> l.startsWith("Current medications") && l.contains("three times daily"));
    }

    @Test
    void aSymptomTheClinicianAsksAboutAgainAndTheReplyGivesToTheHusbandIsDenied() {
        List<String> note = all("[patient] I'm tired all the time.",
                "[doctor] Anything else?",
                "[patient] I've had a fluttering in my chest, the odd night.",
                "[doctor] Okay. And your periods?",
                "[patient] Stopped two years ago.",
                "[doctor] Now, the fluttering, tell me more.",
                "[patient] Hold on, I'm mixed up. That's Ciaran, my husband, he's the one with the flutters. I haven't "
                        + "had that at all.");
        assertThat(note).noneMatch(l -> l.contains("Endorses palpitations") || l.contains("reports palpitations"));
    }

    @Test
    void aVitaminListedWithTheBloodsIsATestNotAStart() {
        List<String> note = all("[patient] I'm tired all the time.",
                "[doctor] Bloods: thyroid function, and I'll add vitamin D and a coeliac screen today. If the vitamin D "
                        + "comes back low, I'll start you on a supplement.");
        assertThat(note).noneMatch(l -> l.startsWith("• Medical Treatment: Start")
                && l.toLowerCase().contains("vitamin d"));
    }
}
