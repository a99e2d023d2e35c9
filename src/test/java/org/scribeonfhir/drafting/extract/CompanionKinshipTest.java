package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.visit.HistoryItem;

/**
 * A companion's "my …" named from the patient's side: a mother's sister's daughter is the patient's cousin, her own
 * mother the patient's grandmother; a wife's mother is no blood relative of the patient's.
 */
class CompanionKinshipTest {

    @Test
    void aMothersSistersDaughterIsTheCousin() {
        var v = Visits.read("[doctor] anything in the family with kidneys",
                "[parent] my sister's daughter had kidney reflux and needed surgery when she was a baby");
        assertThat(v.history()).filteredOn(h -> h.kind().equals("family")).extracting(HistoryItem::relative)
                .containsOnly("cousin");
    }

    @Test
    void aParentsOwnMotherIsTheGrandmother() {
        var v = Visits.read("[doctor] any diabetes in the family", "[parent] my mother has type 2 diabetes");
        assertThat(v.history()).filteredOn(h -> h.kind().equals("family")).extracting(HistoryItem::relative)
                .containsOnly("grandmother");
    }

    @Test
    void aSpousesMotherIsNoFamilyHistory() {
        var v = Visits.read("[doctor] does anything run in the family", "[spouse] my mother had breast cancer");
        assertThat(v.history()).noneMatch(h -> h.kind().equals("family"));
    }

    @Test
    void herBrotherSaidByTheParentStaysTheBrother() {
        var v = Visits.read("[doctor] anything in the family",
                "[parent] her brother has asthma");
        assertThat(v.history()).filteredOn(h -> h.kind().equals("family")).extracting(HistoryItem::relative)
                .containsOnly("brother");
    }
}
