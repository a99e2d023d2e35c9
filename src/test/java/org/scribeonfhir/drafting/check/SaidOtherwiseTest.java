package org.scribeonfhir.drafting.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Evidence;
import org.scribeonfhir.drafting.NoteHeaders;
import org.scribeonfhir.drafting.Statement;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.speech.Dialogue;

/**
 * A statement may say in other words what its evidence says ("itching" for "they make my skin itch", 1000 mg for "two
 * 500-milligram tablets"); the check accepts those and still fails a number nobody said.
 */
class SaidOtherwiseTest {

    static final Dialogue VISIT = Visits.dialogue(
            "[doctor] Any allergies?",
            "[patient] Not to medicines, I'm allergic to plasters though, they make my skin itch.",
            "[doctor] For the pain, keep going with the paracetamol, two 500-milligram tablets up to four times a "
                    + "day.");

    static List<Faithfulness.Problem> check(String text, Integer... turns) {
        Statement s = new Statement(text, 0.9, List.of(Evidence.transcript(List.of(turns))));
        return Faithfulness.check(NoteHeaders.HPI, s, VISIT, null);
    }

    @Test
    void aWordsOtherFormIsItsEvidence() {
        assertThat(check("Allergies: plaster (itching).", 1, 2)).isEmpty();
    }

    @Test
    void tabletsOfAStrengthAreTheirSum() {
        assertThat(check("• Medical Treatment: Continue paracetamol 1000 mg four times daily.", 3)).isEmpty();
        assertThat(check("• Medical Treatment: Continue paracetamol 1500 mg four times daily.", 3))
                .extracting(Faithfulness.Problem::kind).contains("number");
    }
}
