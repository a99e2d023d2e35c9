package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.visit.Presence;
import org.scribeonfhir.drafting.visit.Symptom;
import org.scribeonfhir.drafting.visit.VisitModel;

/** What the patient had and has no more is neither a complaint of this visit nor denied. */
class ResolvedSymptomsTest {

    private static Presence presence(VisitModel v, String name) {
        return v.symptoms().stream().filter(s -> s.name().equals(name)).map(Symptom::presence).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + v.symptoms()));
    }

    @Test
    void aBlurryWeekThatWentAwayIsResolvedAndWrittenSo() {
        String[] visit = {"[doctor] any blurry vision",
                "[patient] well back in august i had about a week where reading the paper was blurry i thought i "
                        + "needed new glasses but then it went away on its own and it's been fine since",
                "[doctor] okay so that cleared up any numbness tingling burning in your feet",
                "[patient] no feet are fine"};
        assertThat(presence(Visits.read(visit), "blurred vision")).isEqualTo(Presence.RESOLVED);
        assertThat(presence(Visits.read(visit), "numbness")).isEqualTo(Presence.DENIED);
        assertThat(Visits.lines(Visits.draft(visit))).contains("The patient previously had blurred vision, since "
                + "resolved.").noneMatch(l -> l.contains("Endorses blurred vision"));
    }

    @Test
    void aKneeThatHurtLastWeekButWentAwayStaysGoneWhenThePainIsAskedAboutLater() {
        VisitModel v = Visits.read("[patient] my right big toe is killing me since saturday",
                "[doctor] Any other joints painful? Knees, ankles, hands?",
                "[interpreter] He says his left knee was hurting last week after laying tiles, but that went away, "
                        + "it's fine now.",
                "[doctor] What has he taken for the pain?", "[interpreter] Only acetaminophen, twice yesterday.");
        assertThat(presence(v, "knee pain")).isEqualTo(Presence.RESOLVED);
    }

    @Test
    void aRashTheClinicianRecallsThatFadedIsResolved() {
        VisitModel v = Visits.read("[doctor] and the rash you had on your shin last time",
                "[patient] oh that went away last week it just faded on its own");
        assertThat(presence(v, "rash")).isEqualTo(Presence.RESOLVED);
    }

    @Test
    void anUnpunctuatedQuestionAnsweredNoIsADenial() {
        VisitModel v = Visits.read("[doctor] pain in your jaw when you chew or tenderness at your temples",
                "[patient] no no not when i chew hair's fine");
        assertThat(presence(v, "jaw pain")).isEqualTo(Presence.DENIED);
    }

    @Test
    void aHedgeOnWhenItStartedDoesNotMakeTheThirstUncertainButANearFallIsNoFall() {
        VisitModel v = Visits.read("[doctor] how long has that been going on",
                "[patient] uh since the summer maybe so three months ish and i'm thirsty all the time",
                "[doctor] does the knee give out",
                "[patient] it kind of gives out and i think here i'm going to fall but i usually catch myself");
        assertThat(presence(v, "polydipsia")).isEqualTo(Presence.PRESENT);
        assertThat(v.symptoms()).noneMatch(s -> s.name().equals("falls") && s.present());
    }
}
