package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * What the clinician weighed and set aside or still has to exclude: "to rule out an abscess or a perforation", "an
 * ectopic pregnancy is very unlikely", "I don't think this is anything like meningitis or a stroke"; a patient's fear
 * ("I was convinced it was a brain tumor") is no history; a thunderclap onset asked and denied is a pertinent negative.
 */
class WeighedAndSetAsideTest {

    @Test
    void aScanToRuleOutAnAbscessSaysWhatIsExcludedInTheWordsSaid() {
        var plan = Visits.lines(Visits.draft(
                "[patient] The pain low on the left is back, and I had a fever last night.",
                "[doctor] I think this is diverticulitis again.",
                "[doctor] Because of the fever, I want a CT scan today to rule out an abscess or a perforation."),
                "ASSESSMENT AND PLAN");
        assertThat(plan).contains("• Medical Reasoning: Abscess to be ruled out.")
                .noneMatch(l -> l.contains("Skin abscess"));
    }

    @Test
    void conditionsSaidUnlikelyAfterTheirNameOrInAListAreConsideredUnlikely() {
        var plan = Visits.lines(Visits.draft(
                "[patient] I get these zigzag lines and then a bad headache.",
                "[doctor] I think these are migraines, specifically migraine with aura. I don't think this is "
                        + "anything like meningitis or a stroke, your exam is completely normal.",
                "[doctor] And since your pregnancy test is negative an ectopic pregnancy is very unlikely."),
                "ASSESSMENT AND PLAN");
        assertThat(plan).contains("• Medical Reasoning: Ectopic pregnancy considered unlikely.")
                .contains("• Medical Reasoning: Meningitis considered unlikely.")
                .contains("• Medical Reasoning: Stroke considered unlikely.");
    }

    @Test
    void aFearReadOnlineIsNoPastHistory() {
        var hpi = Visits.lines(Visits.draft(
                "[patient] I've had these headaches for two weeks.",
                "[doctor] I think these are migraines. I don't think this is anything serious.",
                "[patient] Oh thank goodness. I was convinced it was a brain tumor, I'd been reading stuff online."),
                "HISTORY OF PRESENT ILLNESS");
        assertThat(hpi).noneMatch(l -> l.toLowerCase(java.util.Locale.ROOT).contains("brain tumor"));
    }

    @Test
    void aThunderclapOnsetAskedAndDeniedIsAPertinentNegative() {
        var v = Visits.read(
                "[patient] I've had a headache on and off for a month.",
                "[doctor] Has any headache come on suddenly, like a thunderclap, the worst pain of your life within "
                        + "seconds?",
                "[patient] No, never like that. They build up over about an hour.");
        assertThat(v.symptoms()).anyMatch(s -> s.name().equals("thunderclap onset") && !s.present());
    }

    @Test
    void aBitOfSpottingToldForADischargeQuestionIsNoDischarge() {
        var v = Visits.read(
                "[doctor] any unusual vaginal discharge",
                "[patient] a little bit of spotting on monday but that's probably the pill");
        assertThat(v.symptoms()).noneMatch(s -> s.name().equals("vaginal discharge"))
                .anyMatch(s -> s.name().equals("abnormal vaginal bleeding") && s.present());
    }
}
