package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * A gout visit read as a physician signs it: no "Ha, fingers crossed." or "You're not a pain." as counselling, no
 * "Advised to no more hydrochlorothiazide." beside the stop order, one problem for "gout, an acute gout flare", no
 * family history from a nephew's wedding's shrimp boil, no social history from a dog's insulin, a signpost or a
 * time said first ("For the toe:", "The important thing:") put where it belongs.
 */
class DoorTalkAndDuplicatesTest {

    private static final String[] VISIT = {"[doctor] Hi, come on in. What happened?",
        "[patient] My big toe, the right one. Two nights ago. It started the day after my nephew's wedding. Big "
                + "party, open bar, and a shrimp boil.",
        "[doctor] Any fever or chills?",
        "[patient] I had to rush home to give the dog his insulin, two shots a day, so I didn't drink as much as "
                + "some. Sorry, fever? No, no fever.",
        "[doctor] And what's your job?",
        "[patient] HVAC tech.",
        "[doctor] So that fits with gout, an acute gout flare in your right big toe.",
        "[patient] Figures.",
        "[doctor] Stop the hydrochlorothiazide, and I'll start you on losartan fifty milligrams once a day.",
        "[patient] So no more water pill.",
        "[doctor] Right, no more hydrochlorothiazide. Keep the atorvastatin. For the toe: ice it, twenty minutes "
                + "at a time. The important thing: if you get a fever or red streaks, that could be an infection.",
        "[patient] Thanks. Sorry to be a pain. And the Brewers better win tonight.",
        "[doctor] You're not a pain at all. Ha, fingers crossed."};

    private static List<String> lines() {
        return Visits.lines(Visits.draft(VISIT));
    }

    @Test
    void pleasantriesAtTheDoorAreNotCounselling() {
        assertThat(lines()).noneMatch(l -> l.contains("fingers crossed") || l.contains("not a pain"));
    }

    @Test
    void aDrugKeptOrStoppedIsToldOnceAsItsOrder() {
        assertThat(lines()).noneMatch(l -> l.contains("Advised to no more") || l.contains("Advised to keep the"));
        assertThat(lines()).contains("• Medical Treatment: Stop hydrochlorothiazide.",
                "• Medical Treatment: Continue atorvastatin.");
    }

    @Test
    void aConditionSaidAgainWithItsCourseIsOneProblem() {
        assertThat(lines()).contains("1. Acute gout exacerbation, right big toe.");
        assertThat(lines()).noneMatch(l -> l.startsWith("2. "));
    }

    @Test
    void aRelativesPartyAndItsFoodAreNoHistory() {
        assertThat(lines()).noneMatch(l -> l.contains("abscess") || l.contains("nephew"));
    }

    @Test
    void aHabitNeedsItsAmountInItsOwnClause() {
        assertThat(lines()).noneMatch(l -> l.contains("insulin"));
    }

    @Test
    void anAcronymKeepsItsCapitals() {
        assertThat(lines()).contains("Occupation: HVAC tech.");
    }

    @Test
    void aTopicOrSignpostSaidFirstIsPutWhereItBelongs() {
        assertThat(lines()).anyMatch(l -> l.contains("Advised to ice the toe, 20 minutes at a time."));
        assertThat(lines()).noneMatch(l -> l.contains("important thing"));
    }
}
