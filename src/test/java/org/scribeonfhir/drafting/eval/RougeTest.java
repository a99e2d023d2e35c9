package org.scribeonfhir.drafting.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Hand-computed cases with rouge-score's semantics (tokenizer, n-gram counts, union LCS per line). */
class RougeTest {

    @Test
    void tokenizerLowercasesAndSplitsOnEverythingButLettersAndDigits() {
        assertThat(Rouge.tokenize("Blood-pressure: 120/80 mmHg, réal")).containsExactly("blood", "pressure", "120", "80",
                "mmhg", "r", "al");
    }

    @Test
    void unigramAndBigramFMeasureOfATruncatedSentence() {
        Rouge.Scores s = Rouge.score("the cat sat on the mat", "the cat sat");
        // R1: 3 of 3 predicted, 3 of 6 reference -> P 1, R .5, F 2/3. R2: 2 of 2, 2 of 5 -> F 4/7.
        assertThat(s.rouge1()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(s.rouge2()).isCloseTo(4.0 / 7, within(1e-9));
        assertThat(s.rougeLsum()).isCloseTo(2.0 / 3, within(1e-9));
    }

    @Test
    void repeatedWordsCountOnlyAsOftenAsOnBothSides() {
        // reference "the the cat" vs "the the the": overlap 2 of 3 each way.
        assertThat(Rouge.score("the the cat", "the the the").rouge1()).isCloseTo(2.0 / 3, within(1e-9));
    }

    @Test
    void rougeLsumTakesTheUnionLcsOfEachReferenceLineOverAllPredictedLines() {
        // ref lines [a b c] [d e]; pred lines [a c] [d x e]: hits a, c (line 1) + d, e (line 2) = 4 of 5 and 5.
        assertThat(Rouge.score("a b c\nd e", "a c\nd x e").rougeLsum()).isCloseTo(0.8, within(1e-9));
        // The same words on one line lose the line structure: LCS of [a b c d e] and [a c d x e] is a c d e = 4.
        assertThat(Rouge.score("a b c d e", "a c d x e").rougeLsum()).isCloseTo(0.8, within(1e-9));
        // Lines in the other order: LCS per reference line still finds them.
        assertThat(Rouge.score("a b c\nd e", "d x e\na c").rougeLsum()).isCloseTo(0.8, within(1e-9));
    }

    @Test
    void emptyPredictionScoresZero() {
        assertThat(Rouge.score("some reference", "")).isEqualTo(new Rouge.Scores(0, 0, 0));
        assertThat(Rouge.lcsIndices(List.of("a", "b"), List.of())).isEmpty();
    }
}
