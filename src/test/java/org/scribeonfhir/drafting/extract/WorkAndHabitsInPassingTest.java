package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * A job said while answering something else ("I teach third grade, so…", "I'm a paralegal, so I'm reading all
 * day", "I was in the merchant navy, everyone smoked"), an ex-smoker's past amount written in the past, a heart that
 * "goes off racing, like a drum kit falling down the stairs" (palpitations, not falls) and a heel whose first steps
 * are "agony".
 */
class WorkAndHabitsInPassingTest {

    private static List<String> lines(String... visit) {
        return Visits.lines(Visits.draft(visit));
    }

    @Test
    void aJobToldAsItsWorkIsTheOccupation() {
        assertThat(lines("[doctor] Any change in your voice?",
                "[patient] Well, my voice gets tired by the end of the day, but I teach third grade, so...",
                "[doctor] And your energy?", "[patient] Low. I'm a paralegal, so I'm reading all day."))
                .contains("Occupation: teaches third grade.");
        assertThat(lines("[doctor] How's the concentration?", "[patient] Poor. I'm a paralegal, so I'm reading all "
                + "day, and I'll read the same paragraph four times.")).contains("Occupation: a paralegal.");
    }

    @Test
    void anExSmokersAmountIsWhatHeSmoked() {
        List<String> l = lines("[doctor] What brings you in?", "[patient] My ankles are swollen.",
                "[doctor] Do you smoke?", "[patient] I gave up the year my granddaughter was born. Forty a day "
                        + "before that. I was in the merchant navy, everyone smoked.");
        assertThat(l).contains("Social history: former smoker, quit.", "Social history: smoked 40 a day before that.",
                "Occupation: formerly in the merchant navy.");
        assertThat(l).noneMatch(x -> x.contains("smokes 40"));
    }

    @Test
    void aPictureOfTheHeartRacingIsPalpitationsNotFalls() {
        List<String> l = lines("[doctor] Tell me about the palpitations.",
                "[patient] My heart suddenly goes off racing, like a drum kit falling down the stairs.");
        assertThat(l).anyMatch(x -> x.contains("Endorses palpitations"));
        assertThat(l).noneMatch(x -> x.toLowerCase(java.util.Locale.ROOT).contains("falls"));
    }

    @Test
    void firstStepsThatAreAgonyArePain() {
        assertThat(lines("[doctor] And the heel?", "[patient] My right heel, first thing in the morning the first "
                + "few steps are agony. About two months now.")).anyMatch(x -> x.contains("right heel pain"));
    }
}
