package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * Complaints said in everyday words are read as their clinical terms: "shattered" is fatigue, "I felt warm" a
 * fever, "it clicks" joint clicking, "woke up sitting bolt upright, gasping" paroxysmal nocturnal dyspnea; a "stress
 * test" is a test and "the blue inhaler" no low mood.
 */
class EverydayWordsTest {

    private static List<String> ros(String... visit) {
        return Visits.lines(Visits.draft(visit), "REVIEW OF SYSTEMS");
    }

    @Test
    void everydayWordsAreTheirClinicalTerms() {
        assertThat(String.join("\n", ros("[doctor] How's your energy?",
                "[patient] Shattered. By three o'clock I'm done.", "[doctor] Any fever?",
                "[patient] I felt warm last night but I didn't check.", "[doctor] Does the knee ever click?",
                "[patient] Yeah, it clicks when I bend it.", "[doctor] Any breathing trouble at night?",
                "[patient] Last Tuesday I woke up sitting bolt upright, gasping.",
                "[doctor] I think we need some blood tests.")))
                .contains("fatigue", "fever", "joint clicking", "paroxysmal nocturnal dyspnea");
    }

    @Test
    void aStressTestIsNoStress() {
        assertThat(ros("[patient] My toe is throbbing.", "[doctor] And aspirin?",
                "[patient] My cardiologist stopped that after my stress test was normal.",
                "[doctor] I think this is gout."))
                .noneMatch(l -> l.contains("stress"));
    }
}
