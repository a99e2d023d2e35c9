package org.scribeonfhir.drafting.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.NoteDrafter;
import org.scribeonfhir.drafting.Turn;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The glue between text, WordPiece tokens, packed encoder windows and per-turn token states. Runs on the
 * app's own model instance: the tokenizer's native library can be loaded by one class loader only.
 */
@QuarkusTest
class EncoderTest {

    @Inject
    NoteDrafter drafter;

    ClinicalModel model;

    @BeforeEach
    void model() {
        model = drafter.clinicalModel();
    }

    @Test
    void tokensCarryTheirCharacterSpansInTheOriginalText() {
        String text = "Metformin 500 mg BID, i'm fine.";
        Encoder.Pieces p = model.encoder().tokenize(text);
        assertThat(p.tokens()).startsWith("met", "##form", "##in", "500", "mg", "bid");
        for (int i = 0; i < p.size(); i++) {
            String surface = text.substring(p.start()[i], p.end()[i]).toLowerCase();
            assertThat(surface).isEqualTo(p.tokens()[i].replace("##", ""));
        }
    }

    static Encoder.Pieces fake(int n) {
        return new Encoder.Pieces(new long[n], new String[n], new int[n], new int[n]);
    }

    @Test
    void turnsArePackedWholeIntoWindowsAndOnlyALongTurnIsSplit() {
        List<Encoder.Window> w = Encoder.pack(List.of(fake(100), fake(20), fake(30), fake(300), fake(0), fake(5)));
        // 100+20 fit in 126; 30 does not fit after them; 300 is cut at 126 tokens; the empty turn takes no room.
        assertThat(w).extracting(x -> x.ids().length).containsExactly(120, 30, 126, 126, 53);
        assertThat(w.get(0).text()[119]).isEqualTo(1);
        assertThat(w.get(2).text()[0]).isEqualTo(3);
        assertThat(w.get(4).token()[47]).isEqualTo(299);
        assertThat(w.get(4).text()[48]).isEqualTo(5);
        assertThat(w).allMatch(x -> x.ids().length <= Encoder.WINDOW - 2);
    }

    @Test
    void everyTokenOfEveryTurnGetsAStateAndEachTurnItsSectionProbabilities() {
        List<Turn> turns = new ArrayList<>();
        turns.add(new Turn(1, "doctor", "any chest pain or shortness of breath?"));
        turns.add(new Turn(2, "patient", "no."));
        turns.add(new Turn(3, "patient", ""));
        List<ClinicalModel.TurnAnalysis> a = model.analyse(turns);
        assertThat(a).hasSize(3);
        assertThat(a.get(2).pieces().size()).isZero();
        for (ClinicalModel.TurnAnalysis t : a) {
            float sum = 0;
            for (float p : t.sections()) {
                sum += p;
            }
            assertThat(sum).isBetween(0.99f, 1.01f);
        }
        float[][][] states = model.encoder().encode(List.of(model.encoder().tokenize("chest pain"), fake(0)));
        assertThat(states[0]).hasNumberOfRows(2);
        assertThat(states[0][0]).hasSize(Encoder.TOKEN_DIM);
        assertThat(states[1]).isEmpty();
    }
}
