package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.visit.HistoryItem;
import org.scribeonfhir.drafting.visit.VisitModel;

/** Past, family and social history, and whose each item is. */
class HistoryReaderTest {

    @Test
    void aFriendsMotherIsNotFamilyHistory() {
        VisitModel v = Visits.read("[doctor] any illnesses that run in the family?",
                "[patient] my dad has high blood pressure. and my friend's mum recently died of a brain tumor.");
        assertThat(v.history()).filteredOn(h -> h.kind().equals("family")).extracting(HistoryItem::relative)
                .containsExactly("father");
    }

    @Test
    void contactDetailsSaidAloudStayOutOfTheNote() {
        var note = Visits.draft("[doctor] what's the best way to reach you?",
                "[patient] my email address is peter dot pumpernickel at example dot com, and my cough is worse at night.");
        assertThat(String.join("\n", Visits.lines(note))).doesNotContainIgnoringCase("pumpernickel");
    }
}
