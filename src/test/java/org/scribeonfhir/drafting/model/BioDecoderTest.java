package org.scribeonfhir.drafting.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** BIO tags → character spans (Viterbi, BIO-constrained), and the rule layer's attributes on top. */
class BioDecoderTest {

    // "no metformin or chest pain" tokenised by hand: no, met, ##form, ##in, or, chest, pain
    static final String TEXT = "no metformin or chest pain";
    static final Encoder.Pieces PIECES = new Encoder.Pieces(new long[7],
            new String[] {"no", "met", "##form", "##in", "or", "chest", "pain"},
            new int[] {0, 3, 6, 10, 13, 16, 22}, new int[] {2, 6, 10, 12, 15, 21, 26});

    static float[] p(String label) {
        float[] p = new float[Labels.BIO.size()];
        p[Labels.BIO.indexOf(label)] = 0.9f;
        for (int i = 0; i < p.length; i++) {
            if (p[i] == 0) {
                p[i] = 0.025f;
            }
        }
        return p;
    }

    @Test
    void wordPieceContinuationsJoinTheirWordEvenWhenTaggedOutside() {
        float[][] probs = {p("O"), p("B-MEDICATION"), p("O"), p("I-MEDICATION"), p("O"), p("B-PROBLEM"),
                p("I-PROBLEM")};
        List<Span> spans = BioDecoder.decode(PIECES, probs, Labels.BIO);
        assertThat(spans).extracting(Span::type, Span::start, Span::end)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("MEDICATION", 3, 12),
                        org.assertj.core.groups.Tuple.tuple("PROBLEM", 16, 26));
        assertThat(TEXT.substring(3, 12)).isEqualTo("metformin");
    }

    static float[] p(float outside, float bMed, float iMed, float bProb, float iProb) {
        return new float[] {outside, bMed, iMed, bProb, iProb};
    }

    @Test
    void anInsideTagNeverFollowsOutsideOrAnotherType() {
        // Token by token the arg-max would read O, I-MED, I-MED, I-MED, O, I-PROB, I-MED: no valid BIO sequence.
        float[][] probs = {p("O"), p(0.2f, 0.3f, 0.5f, 0f, 0f), p("I-MEDICATION"), p("I-MEDICATION"), p("O"),
            p(0.1f, 0f, 0f, 0.4f, 0.5f), p(0.1f, 0f, 0.5f, 0f, 0.4f)};
        int[] tags = BioDecoder.viterbi(probs, Labels.BIO, 1.0, null);
        for (int i = 0; i < tags.length; i++) {
            assertThat(BioDecoder.allowed(Labels.BIO, i == 0 ? -1 : tags[i - 1], tags[i])).isTrue();
        }
        List<Span> spans = BioDecoder.decode(PIECES, probs, Labels.BIO);
        assertThat(spans).extracting(Span::type, Span::start, Span::end).containsExactly(
                org.assertj.core.groups.Tuple.tuple("MEDICATION", 3, 12),
                org.assertj.core.groups.Tuple.tuple("PROBLEM", 16, 26));
    }

    @Test
    void learnedTransitionsAndTheOutsideBoostDecideCloseCalls() {
        // "chest" is a toss-up between O and B-PROBLEM; "pain" leans I-PROBLEM.
        float[][] probs = {p("O"), p("O"), p("O"), p("O"), p("O"), p(0.5f, 0f, 0f, 0.5f, 0f),
            p(0.45f, 0f, 0f, 0f, 0.55f)};
        assertThat(BioDecoder.decode(PIECES, probs, Labels.BIO)).extracting(Span::start, Span::end)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(16, 26));
        float[][] outsideSticks = new float[Labels.BIO.size() + 1][Labels.BIO.size()];
        outsideSticks[0][3] = -2f; // O → B-PROBLEM is rare
        assertThat(BioDecoder.decode(PIECES, probs, Labels.BIO, 1.0, outsideSticks)).isEmpty();
        assertThat(BioDecoder.decode(PIECES, probs, Labels.BIO, 3.0, null)).isEmpty();
    }

    @Test
    void negationCueBeforeTheEntityMarksItNegated() {
        float[][] probs = {p("O"), p("B-MEDICATION"), p("I-MEDICATION"), p("I-MEDICATION"), p("O"), p("B-PROBLEM"),
                p("I-PROBLEM")};
        List<ClinicalEntity> entities = EntityRules.annotate(TEXT, BioDecoder.decode(PIECES, probs, Labels.BIO));
        assertThat(entities).extracting(ClinicalEntity::type).containsExactly("MEDICATION", "SYMPTOM");
        assertThat(entities).allMatch(e -> e.is(ClinicalEntity.NEGATED));
    }

    @Test
    void butEndsTheNegationScope() {
        List<ClinicalEntity> e = EntityRules.annotate("no fever but a bad cough", List.of());
        assertThat(e).extracting(ClinicalEntity::text, x -> x.is(ClinicalEntity.NEGATED))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("fever", true),
                        org.assertj.core.groups.Tuple.tuple("cough", false));
    }

    @Test
    void rulesFindDoseFrequencyRouteValuesAndHistoryAndFamily() {
        String s = "i take lisinopril 20 mg by mouth twice a day. my blood pressure was 150/90. "
                + "my mother has a history of colonoscopy.";
        List<ClinicalEntity> e = EntityRules.annotate(s, List.of(new Span("MEDICATION", 7, 17, 0.8)));
        assertThat(e).extracting(ClinicalEntity::type, ClinicalEntity::text).contains(
                org.assertj.core.groups.Tuple.tuple("MEDICATION", "lisinopril"),
                org.assertj.core.groups.Tuple.tuple("DOSE", "20 mg"),
                org.assertj.core.groups.Tuple.tuple("ROUTE", "by mouth"),
                org.assertj.core.groups.Tuple.tuple("FREQUENCY", "twice a day"),
                org.assertj.core.groups.Tuple.tuple("VALUE_UNIT", "150/90"),
                org.assertj.core.groups.Tuple.tuple("PROCEDURE", "colonoscopy"));
        ClinicalEntity colonoscopy = e.stream().filter(x -> x.text().equals("colonoscopy")).findFirst().orElseThrow();
        assertThat(colonoscopy.attributes()).containsExactlyInAnyOrder(ClinicalEntity.FAMILY, ClinicalEntity.HISTORICAL);
        assertThat(e.get(0).attributes()).isEmpty();
    }
}
