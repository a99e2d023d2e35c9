package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * How much the patient drinks, asked by a topic alone ("and alcohol or drugs") or answered with amounts only
 * ("Four pints on a Friday, four pints on a Saturday."), is in the social history; a price is not an amount drunk.
 */
class HowMuchIsDrunkTest {

    private static List<String> lines(String... visit) {
        return Visits.lines(Visits.draft(visit));
    }

    @Test
    void aTopicNamedWithoutAQuestionMarkIsAsked() {
        assertThat(lines("[patient] I can't sleep and I feel low.", "[doctor] okay and alcohol or drugs",
                "[patient] more wine than i should like half a bottle most nights no drugs",
                "[doctor] I think this is depression."))
                .anyMatch(l -> l.startsWith("Social history:") && l.contains("half a bottle most nights"))
                .contains("Social history: denies recreational drug use.");
    }

    @Test
    void amountsOnlyAreWhatIsDrunk() {
        assertThat(lines("[patient] My heart keeps racing.", "[doctor] How much do you drink in a week, roughly?",
                "[patient] Four pints on a Friday, four pints on a Saturday. Bitter.",
                "[doctor] I think this is atrial fibrillation."))
                .contains("Social history: drinks 4 pints on a Friday, 4 pints on a Saturday.");
    }

    @Test
    void howMuchNowAfterHowMuchThen() {
        assertThat(lines("[patient] I can't sleep and I feel low.", "[doctor] How about alcohol?",
                "[patient] I've cut down. It was most nights in the summer, now it's about three pints on a Friday.",
                "[doctor] I think this is depression."))
                .contains("Social history: drinks about 3 pints on a Friday.");
    }

    @Test
    void aPriceAPintIsNotHowMuchIsDrunk() {
        assertThat(lines("[patient] I'm thirsty all the time.", "[doctor] Do you drink?",
                "[patient] Three or four pints on a Sunday at the club, four pounds twenty a pint now, it's daylight "
                        + "robbery. A whisky at Christmas.", "[doctor] I think this is diabetes."))
                .contains("Social history: drinks 3 or 4 pints on a Sunday.")
                .noneMatch(l -> l.contains("a pint."));
    }
}
