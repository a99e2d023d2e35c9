package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/** "so mom this looks like a tummy bug", said without commas: the mother is spoken to, the diagnosis is the child's. */
class ParentSpokenToTest {

    @Test
    void theDiagnosisSaidToMomUnpunctuatedIsTheChilds() {
        var note = Visits.draft("[doctor] hi there what's been going on",
                "[parent] she started throwing up saturday night", "[doctor] any diarrhea",
                "[parent] yes five watery ones today", "[doctor] let me feel your tummy it's soft",
                "[doctor] so mom this looks like a tummy bug gastroenteritis most likely a virus like the one going "
                        + "round the daycare and she's mildly dehydrated at most");
        assertThat(Visits.lines(note, "ASSESSMENT AND PLAN")).contains("1. Likely gastroenteritis.",
                "2. Likely mild dehydration.");
    }

    @Test
    void mumsOwnConditionStaysHers() {
        var v = Visits.read("[doctor] any family history of diabetes", "[parent] mom has type 2 diabetes");
        assertThat(v.problems()).noneMatch(p -> p.name().toLowerCase().contains("diabetes")
                && "patient".equals(p.whose()));
    }
}
