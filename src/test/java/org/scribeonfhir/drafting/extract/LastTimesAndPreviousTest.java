package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * A tummy bug told over the phone: when the patient last vomited and when her last period was are not when anything
 * began, "no previous abdominal pains" is no denial of today's cramps, "weak and shaky" is no tremor, "No, well, I have
 * a pint from time to time" is no teetotaller, and "This sounds like gastroenteritis" is the impression.
 */
class LastTimesAndPreviousTest {

    private static final String[] VISIT = {"[doctor] What's been going on?",
        "[patient] I've had diarrhoea since yesterday and cramps around my belly button.",
        "[doctor] Any vomiting? When was the last time you vomited?", "[patient] This morning.",
        "[doctor] When was your last period?", "[patient] Two weeks ago.",
        "[doctor] Have you had anything like this before?", "[patient] No, no previous abdominal pains before this.",
        "[doctor] How are you feeling in yourself?", "[patient] I feel a bit weak and shaky.",
        "[doctor] Do you drink alcohol?", "[patient] No, well, I have a pint from time to time.",
        "[doctor] This sounds like gastroenteritis. Drink plenty of fluids and rest."};

    @Test
    void theLastVomitAndTheLastPeriodAreNotOnsets() {
        String hpi = String.join("\n", Visits.lines(Visits.draft(VISIT), "HISTORY OF PRESENT ILLNESS"));
        assertThat(hpi).contains("vomiting").doesNotContain("started this morning").doesNotContain("2 weeks");
    }

    @Test
    void noPreviousPainsDoNotDenyTodaysCramps() {
        String ros = String.join("\n", Visits.lines(Visits.draft(VISIT), "REVIEW OF SYSTEMS"));
        assertThat(ros).contains("periumbilical pain").doesNotContain("Denies abdominal pain");
    }

    @Test
    void weakAndShakyIsWeaknessNotATremor() {
        String ros = String.join("\n", Visits.lines(Visits.draft(VISIT), "REVIEW OF SYSTEMS"));
        assertThat(ros).contains("generalized weakness").doesNotContain("tremor");
    }

    @Test
    void aPintFromTimeToTimeIsNotNoAlcohol() {
        assertThat(String.join("\n", Visits.lines(Visits.draft(VISIT), "HISTORY OF PRESENT ILLNESS")))
                .doesNotContain("does not drink alcohol");
    }

    @Test
    void thisSoundsLikeGastroenteritisIsTheImpression() {
        assertThat(Visits.lines(Visits.draft(VISIT), "ASSESSMENT AND PLAN")).contains("1. Likely gastroenteritis.");
    }
}
