package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.visit.Presence;
import org.scribeonfhir.drafting.visit.Symptom;
import org.scribeonfhir.drafting.visit.VisitModel;

/**
 * Questions a recorder left unpunctuated and answers that say no without "no": "does food ever get stuck" asked
 * again after a story, "the opposite, I've gained", chest pain "when you walk or climb stairs", and "has your knee
 * been okay without it" "it aches" — the knee's ache, not the stomach named a turn before.
 */
class AnswersAfterADetourTest {

    private static Symptom named(VisitModel v, String name) {
        return v.symptoms().stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
    }

    @Test
    void swallowingAskedAgainAfterAStoryIsDenied() {
        VisitModel v = Visits.read("[doctor] have you had any trouble swallowing or feel like food gets stuck",
                "[patient] honestly the worst was last tuesday i had a big pizza and i thought i was having "
                        + "a heart attack",
                "[doctor] that sounds scary and the swallowing does food ever get stuck on the way down",
                "[patient] oh no food goes down fine no sticking");
        assertThat(named(v, "dysphagia")).extracting(Symptom::presence).isEqualTo(Presence.DENIED);
    }

    @Test
    void theOppositeOfWeightLossDeniesItAndKeepsTheGain() {
        VisitModel v = Visits.read("[doctor] any weight loss without trying",
                "[patient] the opposite i've gained twelve pounds since the holidays");
        assertThat(v.symptoms()).anyMatch(s -> s.name().contains("weight loss") && s.presence() == Presence.DENIED)
                .anyMatch(s -> s.name().equals("weight gain") && s.presence() == Presence.PRESENT);
    }

    @Test
    void chestPainOnlyOnWalkingAskedIsDeniedAsExertional() {
        VisitModel v = Visits.read("[doctor] do you ever get chest pain when you walk or climb stairs",
                "[patient] no i walk the dog every night no problem it's only after food or lying down");
        assertThat(named(v, "exertional chest pain")).extracting(Symptom::presence).isEqualTo(Presence.DENIED);
    }

    @Test
    void anAcheAnsweredAboutTheKneeIsTheKneesNotTheStomachSaidBefore() {
        VisitModel v = Visits.read("[doctor] and are you still taking the naproxen for your knee",
                "[patient] no i stopped that about two weeks ago i read that it's bad for your stomach",
                "[doctor] good call has your knee been okay without it",
                "[patient] it aches but i'm managing");
        assertThat(v.symptoms()).extracting(Symptom::name).contains("knee pain").doesNotContain("abdominal pain");
    }

    @Test
    void whatMakesItWorseEndsWhereTheNextClauseBegins() {
        VisitModel v = Visits.read("[doctor] tell me what it feels like",
                "[patient] it's like a burning behind my breastbone it's way worse when i lie down at night "
                        + "sometimes i get this sour taste");
        assertThat(v.symptoms()).anyMatch(s -> s.aggravating().contains("lying down at night"));
    }

    @Test
    void aNosebleedToldWhenAskedAboutBleedingBetweenPeriodsAnswersNothingOfIt() {
        VisitModel v = Visits.read("[doctor] Have you had any bleeding in between periods?",
                "[patient] Well, I had a terrible nosebleed last month at the garden centre, all over the poinsettias. "
                        + "But that's not what you mean, is it?");
        assertThat(v.symptoms()).noneMatch(s -> s.name().contains("vaginal bleeding")
                && s.presence() == Presence.PRESENT);
    }

    @Test
    void notABitDeniesWhatWasAsked() {
        VisitModel v = Visits.read("[doctor] Any dryness or discomfort down below?",
                "[patient] Not a bit, that's one thing that's fine.");
        assertThat(named(v, "vaginal dryness")).extracting(Symptom::presence).isEqualTo(Presence.DENIED);
    }
}
