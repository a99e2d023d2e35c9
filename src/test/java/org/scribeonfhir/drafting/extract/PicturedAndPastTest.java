package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * Symptom words that are no complaint where they are said: a picture of the pain ("like toothache down my arm"),
 * what sets it off ("eight when I cough"), a twinge ("it catches me"), everyday speech ("the head chef", "nosebleed
 * seats", "lump it", "I ran up the stairs"), an illness that has cleared, a childhood reaction; and "passing water"
 * is urinating.
 */
class PicturedAndPastTest {

    private static String ros(String... visit) {
        return String.join("\n", Visits.lines(Visits.draft(visit), "REVIEW OF SYSTEMS"));
    }

    @Test
    void aPictureOfThePainIsNoOtherComplaint() {
        assertThat(ros("[doctor] What's the pain like?",
                "[patient] It's like toothache down my arm. Six most days, eight when I cough.",
                "[doctor] Does it wake you?", "[patient] Only when I roll over, it catches me.",
                "[doctor] I think this is a trapped nerve in the neck."))
                .doesNotContain("toothache", "cough", "catching");
    }

    @Test
    void everydaySpeechIsNoComplaint() {
        assertThat(ros("[patient] Sorry I'm late, I ran up the stairs, I'm all sweaty.",
                "[doctor] No problem. What's been going on?",
                "[patient] My ankle. The head chef wants me back Friday, he'll have to lump it. "
                        + "I'd got nosebleed seats for the match too.",
                "[doctor] I think it's a sprain."))
                .doesNotContain("diaphoresis", "headache", "lump", "epistaxis");
    }

    @Test
    void anIllnessThatClearedIsPast() {
        List<String> note = Visits.lines(Visits.draft("[doctor] Any colds recently?",
                "[patient] I had a horrible cold last month, blocked nose and a sore throat. That's all cleared up now.",
                "[doctor] And the ear?", "[patient] It's been aching since Sunday.",
                "[doctor] I think it's an ear infection."));
        assertThat(note).anyMatch(l -> l.contains("since resolved") && l.contains("sore throat"))
                .noneMatch(l -> l.startsWith("• Ears/Nose/Mouth/Throat: Endorses") && l.contains("sore throat"));
    }

    @Test
    void aChildhoodReactionIsNoRashToday() {
        assertThat(ros("[doctor] Has she had a rash like this before?",
                "[parent] Only once. She came out in hives all over when she was three.",
                "[doctor] And today?", "[parent] Her ear's been hurting since yesterday.",
                "[doctor] I think it's an ear infection."))
                .doesNotContain("hives", "urticaria");
    }

    @Test
    void whatIsFearedOrHasPassedIsNotToday() {
        assertThat(ros("[doctor] Why do you want to stay on the HRT?",
                "[patient] If I stop, my hot flashes are going to be unbearable.",
                "[doctor] Any palpitations since the last visit?",
                "[patient] A few days of feeling dizzy in June, then fine. The palpitations did settle.",
                "[doctor] And your hands?", "[patient] Itchy.",
                "[doctor] What makes your hands worse?", "[patient] Being wet all day at work, and sneezing.",
                "[doctor] I think this is hand eczema."))
                .doesNotContain("hot flash", "dizziness", "palpitations", "sneezing")
                .contains("Endorses pruritus");
    }

    @Test
    void passingWaterIsUrinating() {
        assertThat(ros("[doctor] Any trouble passing water?", "[patient] No.",
                "[doctor] And the back pain?", "[patient] Worse when I bend.",
                "[doctor] I think it's a muscular strain."))
                .contains("Denies difficulty urinating");
    }
}
