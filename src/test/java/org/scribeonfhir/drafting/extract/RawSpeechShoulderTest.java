package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.visit.Presence;

/** Raw speech recognition of a shoulder visit: no apostrophes, no question marks, a drug name misheard. */
class RawSpeechShoulderTest {

    @Test
    void notBadSaidAsAGreetingDoesNotDenyTheSorenessAfterIt() {
        var visit = Visits.read("[doctor] morning mister example how are you",
                "[patient] not bad not bad bit sore to be honest its this knee");
        assertThat(visit.symptoms()).anyMatch(s -> s.name().contains("knee") && s.presence() == Presence.PRESENT);
        assertThat(visit.symptoms()).noneMatch(s -> s.presence() == Presence.DENIED);
    }

    @Test
    void howLongSaidAfterTheClinicianAsksWhichSideBelongsToTheComplaint() {
        var visit = Visits.read("[doctor] come in how are you", "[patient] my shoulder has been really painful",
                "[doctor] the left one", "[patient] yeah the left been going on about five weeks now");
        assertThat(visit.symptoms()).anyMatch(s -> s.name().contains("shoulder") && "5 weeks".equals(s.duration()));
    }

    @Test
    void anUnpunctuatedOutOfTenHowBadIsItRatesThePain() {
        var visit = Visits.read("[patient] its my shoulder it aches all the time", "[doctor] out of ten how bad is it",
                "[patient] about a six");
        assertThat(visit.symptoms()).anyMatch(s -> s.name().contains("shoulder") && "6/10".equals(s.severity()));
    }

    @Test
    void myDadsStrokeWithoutTheApostropheIsTheFathersNotHisHistory() {
        var note = Visits.draft("[patient] my shoulder is sore", "[doctor] any problems in the family",
                "[patient] not really", "[doctor] well look after yourself", "[patient] my dads stroke did scare me");
        assertThat(Visits.lines(note)).noneMatch(l -> l.startsWith("Past medical history") && l.contains("stroke"));
    }

    @Test
    void aDrugStoppedTwoSentencesOnIsNotCurrent() {
        var note = Visits.draft("[doctor] what have you been taking for it",
                "[patient] i had some codeine from when i did my back. but it bunged me right up. so i stopped them.");
        assertThat(Visits.lines(note)).noneMatch(l -> l.startsWith("Current medications") && l.contains("odeine"));
    }

    @Test
    void aDoseAfterAMisheardDrugNameIsNotGivenToTheDrugBefore() {
        var visit = Visits.read("[patient] my shoulder hurts", "[doctor] i think its a tendinopathy",
                "[doctor] ill prescribe naproxen two hundred and fifty milligrams no sorry five hundred milligrams "
                        + "twice a day with food for two weeks and because it can be hard on the stomach ill put you "
                        + "on lands a prazzle fifteen milligrams once a day");
        assertThat(visit.medications()).filteredOn(m -> m.drug().equals("naproxen"))
                .singleElement().satisfies(m -> {
                    assertThat(m.dose()).isEqualTo("500 mg");
                    assertThat(m.frequency()).startsWith("twice daily");
                });
    }

    @Test
    void aDoseWeGiveYouIsTheDoseOfTheDrugJustNamed() {
        var visit = Visits.read("[patient] i hurt my finger skiing", "[doctor] i think you've got a little contusion",
                "[doctor] we'll get you a splint and we'll get you some motrin . we'll give you 600 milligrams every six "
                        + "hours and we'll take that for about a week .");
        assertThat(visit.medications()).anyMatch(m -> m.drug().equals("ibuprofen") && "600 mg".equals(m.dose()));
    }
}
