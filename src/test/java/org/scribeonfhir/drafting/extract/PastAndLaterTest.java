package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.visit.Presence;
import org.scribeonfhir.drafting.visit.Symptom;
import org.scribeonfhir.drafting.visit.VisitModel;

/**
 * What happened before and what may come later are not today's: the rash a child had on amoxicillin "at two" is no
 * 2 mg dose and no order, a drug restarted "once the flare has settled" is not restarted today, "not on metformin
 * alone" stops nothing, a wrist broken "when I was twelve" gives no side, a red stool explained by beets and asked
 * again is no melena.
 */
class PastAndLaterTest {

    @Test
    void anAllergensPastRashIsNotAnOrderAndTheDrugItAllowsIsStarted() {
        var plan = Visits.lines(Visits.draft("[doctor] i see amoxicillin listed as an allergy what happened with that",
                "[parent] she got a rash all over when she was two",
                "[doctor] this looks like a bladder infection",
                "[doctor] the rash she had on amoxicillin at two doesn't stop us using cephalexin it's a "
                        + "different family",
                "[doctor] the dose is five hundred milligrams twice a day"), "ASSESSMENT AND PLAN");
        assertThat(plan).noneMatch(l -> l.contains("amoxicillin")).noneMatch(l -> l.contains("Stop cephalexin"))
                .anyMatch(l -> l.startsWith("• Medical Treatment: Start cephalexin 500 mg twice daily"));
    }

    @Test
    void aDrugToRestartOnceTheFlareSettlesIsNotRestartedToday() {
        var plan = Visits.lines(Visits.draft("[doctor] this is a gout flare.",
                "[doctor] Once this flare has completely settled, we'll restart the allopurinol, but not "
                        + "while the toe is "
                        + "hot."), "ASSESSMENT AND PLAN");
        assertThat(plan).noneMatch(l -> l.contains("Restart allopurinol"));
    }

    @Test
    void notOnDietOrMetforminAloneStopsNothing() {
        var lines = Visits.lines(Visits.draft("[patient] Will I get hypos on it?",
                "[doctor] Not on diet or metformin alone, no."));
        assertThat(lines).noneMatch(l -> l.contains("Stop metformin"));
    }

    @Test
    void aWristBrokenInChildhoodGivesNoSideAndTheHandLandedOnDoes() {
        VisitModel v = Visits.read("[doctor] What happened to your wrist?",
                "[patient] I went down hard and landed on my hand. My right hand, stretched out in front of me.",
                "[doctor] Where does it hurt?", "[patient] Here, on the thumb side of the wrist. It hurts a lot.",
                "[doctor] Ever hurt it before?",
                "[patient] Not this one. I broke my left wrist when I was twelve.");
        assertThat(v.symptoms()).filteredOn(s -> s.name().contains("wrist")).extracting(Symptom::laterality)
                .containsOnly("right");
    }

    @Test
    void aRedStoolFromBeetsAskedAgainIsDeniedMelena() {
        VisitModel v = Visits.read("[doctor] any black or tarry stools",
                "[patient] so funny thing two weeks ago i had a beet salad and the next morning everything was red but "
                        + "my wife said that's the beets",
                "[doctor] the beets will do that so apart from the beets has your stool ever been black like tar",
                "[patient] no never black");
        assertThat(v.symptoms()).filteredOn(s -> s.name().equals("melena")).extracting(Symptom::presence)
                .containsOnly(Presence.DENIED);
    }

    @Test
    void aFlareSetOffByStoppingADrugOrdersNoStop() {
        var lines = Visits.lines(Visits.draft("[patient] I stopped the allopurinol in the summer. My toe was fine.",
                "[doctor] I'm pretty confident this is a gout flare, set off by the beer and the rich food, and by "
                        + "stopping the allopurinol."));
        assertThat(lines).noneMatch(l -> l.contains("Stop allopurinol"))
                .contains("The patient is no longer taking allopurinol.");
    }
}
