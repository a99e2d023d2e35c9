package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/** Family history asked about: the relative in the question or in the answer, the condition in the other. */
class FamilyAnswersTest {

    @Test
    void theRelativeAskedAboutHasTheConditionTheAnswerNames() {
        var v = Visits.read("[doctor] And your mum, didn't she have something with her heart?",
                "[patient] Heart attack at seventy. She's fine now.");
        assertThat(v.history()).anyMatch(h -> h.kind().equals("family") && "mother".equals(h.relative())
                && h.text().equals("myocardial infarction"));
    }

    @Test
    void theConditionAskedAboutBelongsToTheRelativeTheAnswerNames() {
        var v = Visits.read("[doctor] Anyone in the family with diabetes?", "[patient] My dad.");
        assertThat(v.history()).anyMatch(h -> h.kind().equals("family") && "father".equals(h.relative()));
    }

    @Test
    void theirOwnHeartAttackIsNotTheRelatives() {
        var v = Visits.read("[doctor] And your dad, how is he?", "[patient] I had a heart attack myself last year.");
        assertThat(v.history()).noneMatch(h -> h.kind().equals("family"));
    }
}
