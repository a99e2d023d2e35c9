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

    @Test
    void theRelativeNamedBeforeSheHasTheClotAndNotTheOperationItFollowed() {
        var v = Visits.read("[doctor] Has anyone in the family had clots?",
                "[patient] Yes, my mum. She had a clot in her leg after her hip replacement and was on warfarin.");
        assertThat(v.history()).filteredOn(h -> h.kind().equals("family"))
                .extracting(h -> h.relative() + " with " + h.text())
                .containsExactly("mother with deep vein thrombosis");
    }

    @Test
    void beingPregnantOrOnThePillIsNoFamilyHistory() {
        var v = Visits.read("[doctor] Any family history of blood conditions?",
                "[patient] My mum has thalassemia trait. She found out when she was pregnant.",
                "[patient] And my sister had a clot in her leg when she was on the pill.");
        assertThat(v.history()).filteredOn(h -> h.kind().equals("family")).extracting(h -> h.relative() + " with "
                + h.text()).containsExactly("mother with thalassemia trait", "sister with deep vein thrombosis");
    }

    @Test
    void neverDiagnosedButMumHasThemIsTheMothersMigraine() {
        var v = Visits.read("[doctor] Have you had migraines before?",
                "[patient] I've never been diagnosed with migraines, my mum has them.");
        assertThat(v.history()).extracting(h -> h.kind() + ": " + h.relative() + " with " + h.text())
                .containsExactly("family: mother with migraine");
    }
}
