package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.visit.Symptom;
import org.scribeonfhir.drafting.visit.VisitModel;

/** What is said about a symptom belongs to it only when it describes the symptom, not an activity or a remedy. */
class SymptomAttributesTest {

    private static Symptom symptom(VisitModel v, String name) {
        return v.symptoms().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void howLongAnActivityLastsAndWhenARemedyIsUsedAreNotTheSymptomsDurationOrTiming() {
        VisitModel v = Visits.read("[doctor] hi marcus. i hear your back is bothering you?",
                "[patient] yeah, i felt something pull in my lower back on saturday.",
                "[doctor] where exactly is the pain?",
                "[patient] right here, low on the right side of my lower back.",
                "[doctor] how bad is it on a scale of zero to ten?",
                "[patient] right now maybe a 6. it was more like an 8 on sunday.",
                "[doctor] what makes it worse?",
                "[patient] bending over, like putting on my socks, and sitting at my desk for a long time.",
                "[doctor] and what helps?",
                "[patient] lying down flat helps, and a heating pad at night helps a lot.");
        Symptom pain = symptom(v, "low back pain");
        assertThat(pain.duration()).isNull();
        assertThat(pain.timing()).isNull();
        assertThat(pain.severity()).isEqualTo("6/10 right now, 8/10 on Sunday");
        assertThat(pain.aggravating()).contains("bending over", "sitting at my desk for a long time");
        assertThat(pain.relieving()).contains("lying down flat", "a heating pad at night");
    }

    @Test
    void tinglingInTheLegsStaysUnderNeurological() {
        VisitModel v = Visits.read("[doctor] any numbness or tingling in your legs or feet?", "[patient] no.");
        assertThat(v.symptoms()).filteredOn(s -> s.name().contains("tingling"))
                .isNotEmpty().allSatisfy(s -> assertThat(s.system()).isEqualTo("Neurological"));
    }

    @Test
    void stoppingAnEveningWalkIsNoLimp() {
        VisitModel v = Visits.read("[doctor] how has your eating been lately?",
                "[patient] i've been snacking at night. and i stopped walking after dinner once it started getting "
                        + "dark early.");
        assertThat(v.symptoms()).extracting(Symptom::name).doesNotContain("limping");
    }

    @Test
    void tiredAsTheReasonADoseIsForgottenIsNoFatigue() {
        VisitModel v = Visits.read("[doctor] and the atorvastatin 20 milligrams at bedtime, how is that going?",
                "[patient] i'll be honest, i forget that one a lot.",
                "[doctor] any muscle aches on the nights you do take it?",
                "[patient] no aches. i just forget because it's at night and i'm tired.");
        assertThat(v.symptoms()).extracting(Symptom::name).doesNotContain("fatigue");
    }

    @Test
    void aSwellingDeniedBesideTheFingersSwellingIsNotWrittenAsBoth() {
        VisitModel v = Visits.read("[doctor] any swelling anywhere?", "[patient] no.",
                "[doctor] and your hands?", "[patient] actually my fingers are swelling a bit since this morning.");
        assertThat(v.symptoms()).filteredOn(s -> s.name().equals("swelling")).allMatch(Symptom::present);
    }

    @Test
    void aComplaintSaidWithoutItsSideTakesTheOneSideTheVisitGivesItsSiteButNotWhenBothAreSaid() {
        VisitModel v = Visits.read(
                "[doctor] so i see here that you hurt your right ankle can you tell me what happened",
                "[patient] i missed a step and my ankle rolled, and now my ankle hurts and my foot is tingling.");
        assertThat(symptom(v, "ankle pain").laterality()).isEqualTo("right");
        assertThat(Visits.lines(Visits.draft(
                "[doctor] so i see here that you hurt your right foot can you tell me what happened",
                "[patient] something fell on my foot and now my foot is tingling all the time.")))
                .anyMatch(l -> l.contains("tingling of the right foot")).noneMatch(l -> l.contains("right tingling"));
        VisitModel both = Visits.read("[doctor] so you hurt your left foot playing soccer?",
                "[patient] yes, she fell onto my right foot.", "[doctor] okay.", "[patient] and now my foot hurts.");
        assertThat(symptom(both, "foot pain").laterality()).isNull();
    }

    @Test
    void coughingAtTwoOrThreeInTheMorningIsAtNight() {
        var v = Visits.read("[doctor] when did the cough start?", "[patient] about six days now.",
                "[doctor] has the cough been waking you up?",
                "[patient] yes, the last three nights i've been up coughing around two or three in the morning.");
        assertThat(v.symptoms()).filteredOn(s -> s.name().equals("cough")).isNotEmpty()
                .allMatch(s -> s.timing() == null || !s.timing().contains("morning"));
    }
}
