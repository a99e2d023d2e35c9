package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * A headache's story told in answers: "What's the pain like?" after "over the temple" is the headache's character,
 * not a second "temple pain"; the thunderclap asked "like being hit on the back of the head" is no head pain denied;
 * "That's called an aura. Have you had anything like that?" "No" denies what was described.
 */
class HeadacheStoryTest {

    private static final String[] VISIT = {"[doctor] How can I help today?",
        "[patient] I've been getting these headaches for about three weeks.",
        "[doctor] Where do you feel the headache?",
        "[patient] Mostly the left side, behind my eye and over the temple.", "[doctor] And what's the pain like?",
        "[patient] Throbbing. Like a heartbeat in my head.", "[doctor] How often are you getting them?",
        "[patient] Two or three times a week now.",
        "[doctor] Some people get a warning before the headache starts, things like flashing lights or zigzag lines "
                + "in their vision. That's called an aura. Have you had anything like that?",
        "[patient] No, nothing like that.",
        "[doctor] Have you ever had a headache that came on suddenly, like being hit on the back of the head, the "
                + "worst pain of your life?", "[patient] No, never. They always build up.",
        "[doctor] Let me examine you. Your blood pressure is normal.",
        "[doctor] So for my assessment and plan. This sounds like a migraine without aura."};

    @Test
    void theCharacterAndHowOftenAreTheHeadaches() {
        List<String> hpi = Visits.lines(Visits.draft(VISIT), "HISTORY OF PRESENT ILLNESS");
        assertThat(hpi).contains("The patient reports throbbing headache for 3 weeks, 2 or 3 times a week.")
                .noneMatch(l -> l.contains("temple pain") || l.contains("back of the head pain"));
    }

    @Test
    void theAuraDescribedAndDeniedIsDenied() {
        assertThat(Visits.read(VISIT).symptoms()).anyMatch(s -> s.name().equals("flashes of light") && !s.present());
    }
}
