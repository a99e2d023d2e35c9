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

    @Test
    void theRelativeNamedInTheSentenceBeforeOwnsTheCondition() {
        VisitModel v = Visits.read("[doctor] any times where you've felt the opposite, really high energy?",
                "[patient] no, never. that's more my mom. she's bipolar, you know that.");
        assertThat(v.history()).filteredOn(h -> h.kind().equals("family"))
                .extracting(h -> h.relative() + " " + h.text()).containsExactly("mother bipolar disorder");
        assertThat(v.history()).noneMatch(h -> h.kind().equals("medical"));
    }

    @Test
    void theClinicianRestatingARelativesDiagnosisIsFamilyHistoryButTheirOwnFamilyIsNot() {
        VisitModel v = Visits.read("[doctor] and last time you told me your sister has bipolar disorder.",
                "[patient] yes.", "[doctor] my dad has diabetes too, so i know how it goes.", "[patient] ha.");
        assertThat(v.history()).extracting(h -> h.kind() + " " + h.relative() + " " + h.text())
                .containsExactly("family sister bipolar disorder");
    }

    @Test
    void aHabitGivenUpIsSocialHistoryAndAnInterpreterAnswersAsThePatient() {
        VisitModel v = Visits.read("[doctor] does he smoke or drink?",
                "[interpreter] i quit smoking twenty years ago. one beer on sunday.");
        assertThat(v.history()).noneMatch(h -> h.kind().equals("medical"));
        assertThat(v.history()).filteredOn(h -> h.kind().equals("social")).extracting(HistoryItem::text)
                .anyMatch(t -> t.contains("quit smoking 20 years ago"));
    }
}
