package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.NoteHeaders;
import org.scribeonfhir.drafting.Visits;

/** The HPI tells the clinical story, not the conversation around it (sentences from ACI-Bench train, reworded). */
class StoryClausesTest {

    private static List<String> hpi(String... patientSays) {
        String[] lines = new String[patientSays.length + 1];
        lines[0] = "[doctor] so what brings you in today?";
        for (int i = 0; i < patientSays.length; i++) {
            lines[i + 1] = "[patient] " + patientSays[i];
        }
        return Visits.lines(Visits.draft(lines), NoteHeaders.HPI);
    }

    @Test
    void wordsSaidTwiceInARowAreSaidOnce() {
        assertThat(hpi("my right knee hurts.", "i feel like i'm i'm choking a few minutes after i lie down to sleep."))
                .contains("The patient feels like they are choking a few minutes after they lie down to sleep.");
    }

    @Test
    void aFlatsNumberIsNoPartOfTheStory() {
        assertThat(hpi("my lower back hurts.", "ten days ago i was helping my brother move, carrying a wardrobe up to "
                + "his flat 18, fourth floor, and on the last landing i felt something go in my lower back."))
                .anyMatch(l -> l.contains("carrying a wardrobe up to his flat, fourth floor"))
                .noneMatch(l -> l.contains("18"));
    }

    @Test
    void aRunOnKeepsItsClinicalClausesAndLosesTheTalk() {
        assertThat(hpi("my right knee hurts.", "my knee started hurting when i was climbing the stairs at work i went "
                + "to the farmers market on sunday with my sister."))
                .contains("The patient's knee started hurting when they were climbing the stairs at work.")
                .noneMatch(l -> l.contains("farmers market"));
        assertThat(hpi("my back hurts.", "most of the stuff i've been doing is hanging around the house."))
                .noneMatch(l -> l.contains("hanging around the house"));
    }

    @Test
    void whatWasTakenHowItHappenedAndWhatHelpsStay() {
        assertThat(hpi("my back hurts.", "my wife made me push a refrigerator out through the other room, and when i "
                + "was helping to move it, i felt something in my back on the lower right side.",
                "i have been taking ibuprofen every six hours i think, but it's not helping."))
                .anyMatch(l -> l.contains("push a refrigerator") && l.contains("lower right side"))
                .anyMatch(l -> l.contains("ibuprofen every 6 hours") && l.contains("not helping"));
    }

    @Test
    void profanityIsNeverWritten() {
        assertThat(hpi("my foot hurts.", "it was a little sore and i called it a few names god damn why is this in my "
                + "foot.")).noneMatch(l -> l.toLowerCase(java.util.Locale.ROOT).contains("damn"));
    }

    @Test
    void aLeadInUnderFiveWordsJoinsItsClause() {
        assertThat(StoryClauses.clauses("The only other thing he wants to mention is a nodule"))
                .containsExactly("The only other thing", "he wants to mention is a nodule");
        assertThat(StoryClauses.clauses("It came on slowly the patient was at work")).containsExactly(
                "It came on slowly", "the patient was at work");
    }

    @Test
    void aWordLeftBeforeTheSpeakersIIsNotTheSentencesFirstWord() {
        assertThat(hpi("my right knee hurts.", "very i'm a big runner, i run about five to six miles a day but with "
                + "this knee pain i can barely do half a mile."))
                .noneMatch(l -> l.startsWith("Very")).anyMatch(l -> l.startsWith("The patient is a big runner"));
    }

    @Test
    void whereItIsAndWhatItIsLikeSaidWithoutAVerbAreNoSentencesOfTheStory() {
        assertThat(hpi("a headache since this morning.", "left side, behind my eye and my temple.",
                "like someone hitting a drum inside my head."))
                .noneMatch(l -> l.toLowerCase().startsWith("left side")).noneMatch(l -> l.contains("drum"));
    }

    @Test
    void theGamesScoreIsNotPartOfTheInjury() {
        assertThat(hpi("i hurt my knee playing pickleball.", "we were up ten to seven, i lunged for a drop shot, planted "
                + "my foot and twisted, and felt a pop on the inside of my knee."))
                .noneMatch(l -> l.contains("10") || l.contains("7"))
                .anyMatch(l -> l.contains("lunged for a drop shot"));
        assertThat(hpi("i hurt my knee at basketball.", "i was up twenty-one nineteen, last point, and i planted my "
                + "left foot and spun, and i felt something give on the inside of the knee."))
                .noneMatch(l -> l.contains("21") || l.contains("19") || l.contains("nineteen"))
                .anyMatch(l -> l.contains("planted"));
    }

    @Test
    void theDateOfBirthSaidToConfirmWhoIsCallingIsNoPartOfTheStory() {
        assertThat(hpi("i've had diarrhoea since saturday.", "my date of birth, fourth october, nineteen eighty four."))
                .noneMatch(l -> l.toLowerCase().contains("date of birth") || l.toLowerCase().contains("october"));
    }
}
