package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.visit.Symptom;

/** Chest pain told as a cardiologist asks about it: where it spreads, what rest does, whether it comes at rest. */
class ExertionalChestPainTest {

    @Test
    void spreadRestAndExertionAreAttributesOfTheChestTightness() {
        var v = Visits.read("[doctor] Your GP mentioned some chest discomfort. Tell me about it.",
                "[patient] When I climb the stairs at work I get a tightness right across my chest.",
                "[doctor] Does it spread anywhere?", "[patient] Down my left arm sometimes.",
                "[doctor] What happens when you rest?", "[patient] It eases off in a couple of minutes.",
                "[doctor] Does it ever come on at rest?", "[patient] No, only when I'm walking fast or climbing.");
        Symptom s = v.symptoms().stream().filter(x -> x.name().equals("chest tightness")).findFirst().orElseThrow();
        assertThat(s.radiation()).isEqualTo("to the left arm");
        assertThat(s.relieving()).contains("rest");
        assertThat(s.aggravating()).contains("exertion");
        assertThat(s.laterality()).isNull();
        assertThat(v.symptoms()).noneMatch(x -> x.name().equals("chest pain") && x.present());
    }

    @Test
    void rawSpeechQuestionsWithoutMarksStillAsk() {
        var v = Visits.read("[doctor] so tell me about the chest pain",
                "[patient] i get this pressure right in the middle of my chest when i walk the dog",
                "[doctor] does it go anywhere like your jaw or your arm",
                "[patient] sometimes up into my jaw not the arm");
        assertThat(v.symptoms()).filteredOn(x -> x.name().equals("chest pain")).extracting(Symptom::radiation)
                .containsExactly("to the jaw");
    }

    @Test
    void theHpiSaysWhereItSpreads() {
        var note = Visits.draft("[doctor] What brings you in?",
                "[patient] I've had pain in my chest for two weeks.",
                "[doctor] Does it radiate anywhere?", "[patient] Into my back, between the shoulder blades.");
        assertThat(Visits.lines(note, "HISTORY OF PRESENT ILLNESS")).anyMatch(l -> l.contains("radiating to the back"));
    }

    @Test
    void aPainThatStaysPutDoesNotRadiateWhereverTheReplyNamesTheLeg() {
        var v = Visits.read("[doctor] What brings you in?", "[patient] My lower back has been hurting for a week.",
                "[doctor] Does it go down your leg at all?", "[patient] No, it stays up here. It doesn't go down the leg.");
        assertThat(v.symptoms()).extracting(Symptom::radiation).containsOnlyNulls();
    }

    @Test
    void rightHereThenOnTheLeftSideIsTheLeftSide() {
        var v = Visits.read("[doctor] I hear your back is bothering you?",
                "[patient] Yeah. I lifted a box on Sunday and felt something pull in my lower back.",
                "[doctor] Where exactly is the pain?",
                "[patient] right here, low on the left side, kind of above my belt line.");
        assertThat(v.symptoms()).filteredOn(Symptom::present).extracting(Symptom::laterality).containsOnly("left");
    }
}
