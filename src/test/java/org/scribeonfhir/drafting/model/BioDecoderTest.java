package org.scribeonfhir.drafting.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** BIO tags → character spans, and the rule layer's attributes on top (negation, history, family). */
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

    @Test
    void anInsideTagAfterOutsideStartsASpanAndATypeChangeEndsOne() {
        float[][] probs = {p("O"), p("I-MEDICATION"), p("I-MEDICATION"), p("I-MEDICATION"), p("O"), p("I-PROBLEM"),
                p("I-MEDICATION")};
        List<Span> spans = BioDecoder.decode(PIECES, probs, Labels.BIO);
        assertThat(spans).extracting(Span::type).containsExactly("MEDICATION", "PROBLEM", "MEDICATION");
        assertThat(spans.get(1).end()).isEqualTo(21);
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
