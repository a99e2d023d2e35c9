package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.visit.Presence;

/** A video visit for a swollen insect bite: sizes, a camera exam, the impression after a thought set aside. */
class VideoBiteReactionTest {

    private static final String[] VISIT = {"[doctor] Hello, can you see me? How can I help?",
        "[patient] A horsefly bit my calf on Saturday. Sunday it had gone red and puffy, about the size of my palm, "
                + "and it's sore, a three out of ten.",
        "[doctor] Any red lines spreading up the leg?", "[patient] No.",
        "[doctor] Can you move the phone so I can see the leg?", "[patient] Like this?",
        "[doctor] I can see a red, swollen patch on the back of the calf with a little dot in the middle.",
        "[doctor] When you first said red, hot and swollen, I wondered about cellulitis. But actually I think this is a "
                + "big local reaction to the horsefly bite.",
        "[doctor] For the itch, I'll prescribe cetirizine.", "[patient] Will it make me drowsy?",
        "[doctor] A few people feel sleepy, so see how you are before you drive."};

    @Test
    void aPlaceUsedAsASizeIsNoSiteAndASideEffectAskedAboutIsNoSymptom() {
        var symptoms = Visits.read(VISIT).symptoms();
        assertThat(symptoms).noneMatch(s -> "palm".equals(s.site()))
                .noneMatch(s -> s.name().contains("sleepiness") || s.name().contains("drows"));
    }

    @Test
    void redLinesUpTheLegAreStreakingDeniedNotRednessDenied() {
        assertThat(Visits.read(VISIT).symptoms()).anyMatch(s -> s.name().equals("lymphangitic streaking")
                && s.presence() == Presence.DENIED).noneMatch(s -> s.name().equals("skin redness")
                && s.presence() == Presence.DENIED);
    }

    @Test
    void whatIsSeenOnCameraIsTheExamAndTheImpressionIsTheLocalReaction() {
        var note = Visits.draft(VISIT);
        assertThat(Visits.lines(note, "PHYSICAL EXAM")).anyMatch(l -> l.contains("swollen patch"));
        assertThat(Visits.lines(note, "ASSESSMENT AND PLAN")).anyMatch(l -> l.contains("local reaction"))
                .noneMatch(l -> l.contains("cellulitis"));
    }
}
