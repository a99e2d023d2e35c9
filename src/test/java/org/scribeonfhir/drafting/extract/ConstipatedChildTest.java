package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * A boy's constipation after a tummy bug, told by his mother (written by us after reading a challenge dev draft whose
 * assessment was "gastroenteritis"): "his poos, or the lack of them", "set off by the tummy bug", one sachet after
 * "two sachets… sorry".
 */
class ConstipatedChildTest {

    private static final String[] VISIT = {"[doctor] So what's been going on?",
        "[parent] It's his poos, or the lack of them. For about three weeks he's only going every five days.",
        "[doctor] Any tummy ache?", "[parent] Yes, round his belly button.",
        "[doctor] His tummy is soft and it isn't swollen.",
        "[doctor] Yes, this is constipation, probably set off by the tummy bug and then made worse by holding on.",
        "[doctor] I'd like to start a laxative called Movicol Paediatric Plain. Two sachets a day... sorry, for his "
            + "age let's start at one sachet a day, mixed in a little water."};

    @Test
    void hisPoosOrTheLackOfThemIsConstipation() {
        assertThat(Visits.lines(Visits.draft(VISIT), "CHIEF COMPLAINT")).anyMatch(l -> l.startsWith("Constipation"));
    }

    @Test
    void theTummyBugThatSetItOffIsNoDiagnosis() {
        List<String> plan = Visits.lines(Visits.draft(VISIT), "ASSESSMENT AND PLAN");
        assertThat(plan).anyMatch(l -> l.startsWith("1. ") && l.contains("Constipation"))
                .noneMatch(l -> l.toLowerCase().contains("gastroenteritis"));
    }

    @Test
    void oneSachetAfterTheCorrectionIsTheDose() {
        List<String> plan = Visits.lines(Visits.draft(VISIT), "ASSESSMENT AND PLAN");
        assertThat(plan).anyMatch(l -> l.contains("Start Movicol") && l.contains("1 sachet daily"))
                .noneMatch(l -> l.contains("2 sachets"));
    }
}
