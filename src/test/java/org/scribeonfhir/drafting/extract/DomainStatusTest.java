package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * How each domain of a review is, kept in the note's shorthand whether good or poor ("Appetite: normal again.",
 * "Sleep: okay, about 7 hours a night."); a hedged "low-ish" is no status.
 */
class DomainStatusTest {

    private static List<String> hpi(String... lines) {
        return Visits.lines(Visits.draft(lines), "HISTORY OF PRESENT ILLNESS");
    }

    @Test
    void aGoodAppetiteIsKept() {
        assertThat(hpi("[patient] I've been feeling better on the sertraline.", "[doctor] How's your appetite?",
                "[patient] Normal again. I'm cooking, which I wasn't before.")).contains("Appetite: normal again.");
    }

    @Test
    void sleepKeepsItsHours() {
        assertThat(hpi("[patient] i ran out of my sertraline", "[doctor] how's your sleep",
                "[patient] sleep's actually okay like seven hours maybe i just don't want to get up"))
                .contains("Sleep: okay, about 7 hours a night.");
    }

    @Test
    void sleepAskedApartFromTheSweatsIsStillAsked() {
        var note = Visits.draft("[patient] I've been having night sweats.",
                "[doctor] How's your sleep, apart from the sweats?",
                "[patient] Dreadful. I wake up soaked and then I lie there. Probably five hours a night, if I'm "
                        + "lucky.");
        assertThat(Visits.lines(note, "HISTORY OF PRESENT ILLNESS"))
                .contains("Sleep: dreadful, about 5 hours a night.");
        assertThat(Visits.lines(note, "REVIEW OF SYSTEMS")).anyMatch(l -> l.contains("insomnia"));
    }

    @Test
    void lessAppetiteIsDecreased() {
        assertThat(hpi("[patient] i ran out of my sertraline", "[doctor] and your appetite",
                "[patient] less i skip lunch a lot")).contains("Appetite: decreased.");
    }

    @Test
    void aLowishMoodIsNoStatus() {
        var v = Visits.read("[doctor] How's your mood?", "[patient] Low-ish some days, but it's the worry more than "
                + "sadness.");
        assertThat(v.history()).noneMatch(h -> h.kind().equals("status"));
    }
}
