package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * A past condition named only by the clinician's question ("Have you ever had kidney stones?" "Yes, years ago.") is
 * the patient's history; the pain of that old episode is not today's.
 */
class AskedPastConditionsTest {

    private static List<String> hpi(String... visit) {
        return Visits.lines(Visits.draft(visit), "HISTORY OF PRESENT ILLNESS");
    }

    @Test
    void aConditionConfirmedToTheQuestionIsHistory() {
        assertThat(hpi("[doctor] What brings you in?", "[patient] Burning when I pee for three days.",
                "[doctor] Have you ever had kidney stones?", "[patient] Yes, once, years ago.",
                "[doctor] Let me examine you. Your tummy is soft.",
                "[doctor] So for my assessment and plan. This is a urine infection."))
                .contains("Past medical history: nephrolithiasis.");
    }

    @Test
    void aYesToAListOfConditionsNamesNone() {
        assertThat(hpi("[doctor] What brings you in?", "[patient] Burning when I pee for three days.",
                "[doctor] Have you ever had kidney stones, diabetes or asthma?", "[patient] Yes.",
                "[doctor] Let me examine you. Your tummy is soft.",
                "[doctor] So for my assessment and plan. This is a urine infection."))
                .noneMatch(l -> l.startsWith("Past medical history"));
    }

    @Test
    void theOldEpisodesPainIsNotTodays() {
        assertThat(hpi("[doctor] What brings you in?", "[patient] Burning when I pee for three days.",
                "[doctor] Any pain in your sides?", "[patient] Nope, none of that.",
                "[doctor] Have you ever had kidney stones?",
                "[patient] Yes, years ago, that was ten out of ten pain.",
                "[doctor] Let me examine you. Your tummy is soft.",
                "[doctor] So for my assessment and plan. This is a urine infection."))
                .noneMatch(l -> l.contains("reports flank pain")).noneMatch(l -> l.contains("10/10"));
    }

    @Test
    void theBackPainOfAnInfectionYearsAgoIsNotTodays() {
        assertThat(hpi("[doctor] What's been going on?", "[patient] Burning when I wee for three days.",
                "[doctor] Any pain in your back or your sides?", "[patient] No, no. Nothing like last time.",
                "[doctor] Last time?", "[patient] In 2021 I had a kidney infection. I was in hospital for two "
                        + "nights on a drip. The pain in my back then was nine out of ten, I couldn't stand up "
                        + "straight.",
                "[doctor] So for my assessment and plan. This sounds like cystitis."))
                .noneMatch(l -> l.contains("reports low back pain")).anyMatch(l -> l.contains("denies")
                        && l.contains("low back pain"));
    }
}
