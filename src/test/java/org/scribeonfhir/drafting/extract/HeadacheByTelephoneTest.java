package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * A call about a headache with fever: "am I speaking to…" opens a telephone call; the chin-to-chest question and a
 * loose "it does feel stiff" are the neck stiffness asked about (no chest pain, no joint stiffness); "does bright light
 * bother you?" asks of photophobia; and the trip asked about is recent travel, not a past condition.
 */
class HeadacheByTelephoneTest {

    private static final String[] VISIT = {
        "[doctor] Hello, this is Dr Imrie calling from the surgery. Am I speaking to Mrs Faversham-Lowe?",
        "[patient] Yes, hello doctor.",
        "[doctor] What's been going on?",
        "[patient] I've had a throbbing headache since yesterday morning, about a seven out of ten.",
        "[doctor] Any neck stiffness, does it hurt to bend your chin to your chest?",
        "[patient] It does feel stiff, yes.",
        "[doctor] Does bright light bother you?",
        "[patient] Yes, I've had the curtains shut all day.",
        "[doctor] Have you travelled anywhere recently?",
        "[patient] We got back from Malawi ten days ago, I had a few mosquito bites there.",
        "[doctor] With the fever and the stiff neck we have to rule out meningitis, and with the travel, malaria.",
        "[doctor] I'd like you to go straight to the emergency department today."};

    @Test
    void aCallOpenedWithAmISpeakingToIsNotExamined() {
        assertThat(Visits.lines(Visits.draft(VISIT), "PHYSICAL EXAM"))
                .containsExactly("Telephone consultation: not examined.");
    }

    @Test
    void theChinToChestQuestionAndALooseYesAreNeckStiffness() {
        List<String> ros = Visits.lines(Visits.draft(VISIT), "REVIEW OF SYSTEMS");
        assertThat(ros).anyMatch(l -> l.contains("neck stiffness"))
                .noneMatch(l -> l.contains("chest pain") || l.contains("joint stiffness"));
    }

    @Test
    void brightLightBotheringIsPhotophobia() {
        assertThat(Visits.lines(Visits.draft(VISIT), "REVIEW OF SYSTEMS")).contains("• Eyes: Endorses photophobia.");
    }

    @Test
    void theTripAskedAboutIsRecentTravel() {
        List<String> hpi = Visits.lines(Visits.draft(VISIT), "HISTORY OF PRESENT ILLNESS");
        assertThat(hpi).anyMatch(l -> l.startsWith("Recent travel: she got back from Malawi 10 days ago"))
                .noneMatch(l -> l.startsWith("Past medical history:") && l.contains("insect bite"));
    }
}
