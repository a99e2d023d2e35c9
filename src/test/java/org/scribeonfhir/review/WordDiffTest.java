package org.scribeonfhir.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordDiffTest {

    private static String render(String before, String after) {
        StringBuilder out = new StringBuilder();
        for (WordDiff.Segment s : WordDiff.of(before, after)) {
            out.append(switch (s.kind()) {
                case SAME -> s.text();
                case DELETED -> "[-" + s.text() + "-]";
                case INSERTED -> "{+" + s.text() + "+}";
            });
        }
        return out.toString();
    }

    @Test
    void aChangedDoseShowsOnlyTheWordsThatChanged() {
        assertThat(render("Continue atorvastatin 20 mg at night.", "Continue atorvastatin 40 mg at night."))
                .isEqualTo("Continue atorvastatin [-20-]{+40+} mg at night.");
    }

    @Test
    void addedAndRemovedLinesKeepTheTextAroundThem() {
        assertThat(render("Cough.\nNo fever.", "Cough for two weeks.\nNo fever."))
                .isEqualTo("Cough{+ for two weeks+}.\nNo fever.");
    }

    @Test
    void aRewrittenLineReadsAsRemovedThenAddedNotInterleavedOnAChanceCommonWord() {
        assertThat(render("Problem list: Type 2 diabetes mellitus; Essential hypertension.",
                "First editor: diabetes follow-up, sugars 150s."))
                .isEqualTo("[-Problem list: Type 2 diabetes mellitus; Essential hypertension.-]"
                        + "{+First editor: diabetes follow-up, sugars 150s.+}");
    }

    @Test
    void eachChangedLineIsComparedWithTheLineItReplacedNotAcrossLines() {
        assertThat(render("She has wheezing at night.\nNo fever.\nCough worse when climbing stairs.",
                "She has wheezing at night and when climbing stairs.\nNo fever.\nCough."))
                .isEqualTo("She has wheezing at night{+ and when climbing stairs+}.\nNo fever.\n"
                        + "Cough[- worse when climbing stairs-].");
    }

    @Test
    void identicalTextsHaveNoChangeAndEmptyTextsNoSegments() {
        assertThat(WordDiff.of("Same text.", "Same text.")).allMatch(WordDiff.Segment::same);
        assertThat(WordDiff.of("", "")).isEmpty();
        assertThat(render("", "New.")).isEqualTo("{+New.+}");
    }
}
