package org.scribeonfhir.drafting.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Evidence;
import org.scribeonfhir.drafting.NoteHeaders;
import org.scribeonfhir.drafting.Statement;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.speech.Dialogue;

/** The check compares what a statement says with what its evidence says, and can fail. */
class FaithfulnessTest {

    static final Dialogue VISIT = Visits.dialogue(
            "[doctor] any chest pain?",
            "[patient] no. but my left knee hurts, and my mother has diabetes.",
            "[doctor] let's start atorvastatin 20 — no, sorry, 40 milligrams at night.",
            "[patient] okay.");

    static List<Faithfulness.Problem> check(String text, Integer... turns) {
        Statement s = new Statement(text, 0.9, List.of(Evidence.transcript(List.of(turns))));
        return Faithfulness.check(NoteHeaders.HPI, s, VISIT, null);
    }

    @Test
    void aFaithfulStatementPasses() {
        assertThat(check("She denies chest pain.", 1, 2)).isEmpty();
        assertThat(check("She reports left knee pain.", 2)).isEmpty();
        assertThat(check("• Medical Treatment: Start atorvastatin 40 mg nightly.", 3)).isEmpty();
    }

    @Test
    void aFlippedNegationFails() {
        assertThat(check("She reports chest pain.", 1, 2)).extracting(Faithfulness.Problem::kind).contains("negation");
    }

    @Test
    void theOtherSideFails() {
        assertThat(check("She reports right knee pain.", 2)).extracting(Faithfulness.Problem::kind).contains("side");
    }

    @Test
    void aWrongOrCorrectedDoseFails() {
        assertThat(check("Start atorvastatin 80 mg nightly.", 3)).extracting(Faithfulness.Problem::kind)
                .contains("number");
        assertThat(check("Start atorvastatin 20 mg nightly.", 3)).extracting(Faithfulness.Problem::kind)
                .contains("corrected");
    }

    @Test
    void anotherDrugFails() {
        assertThat(check("Start simvastatin 40 mg nightly.", 3)).extracting(Faithfulness.Problem::kind).contains("drug");
    }

    @Test
    void aRelativesConditionWrittenAsThePatientsFails() {
        assertThat(check("Past medical history: type 2 diabetes mellitus.", 2))
                .extracting(Faithfulness.Problem::kind).contains("whose");
        assertThat(check("Family history: mother with type 2 diabetes mellitus.", 2)).isEmpty();
    }

    @Test
    void aRelativeNamedInEverydayWordsKeepsTheirConditionTheirs() {
        Dialogue family = Visits.dialogue("[doctor] any family history?",
                "[patient] my mom had lymphoma, and both my parents have high blood pressure.");
        for (String told : List.of("Her mom had lymphoma.", "Both the patient's parents have high blood pressure.")) {
            Statement s = new Statement(told, 0.9, List.of(Evidence.transcript(List.of(1, 2))));
            assertThat(Faithfulness.check(NoteHeaders.HPI, s, family, null)).isEmpty();
        }
        Statement dad = new Statement("Her dad had lymphoma.", 0.9, List.of(Evidence.transcript(List.of(1, 2))));
        assertThat(Faithfulness.check(NoteHeaders.HPI, dad, family, null)).extracting(Faithfulness.Problem::kind)
                .contains("whose");
    }

    @Test
    void boilerplateNobodySaidFails() {
        assertThat(check("The patient understands and agrees with the recommended medical treatment plan.", 4))
                .extracting(Faithfulness.Problem::kind).contains("wording");
    }

    @Test
    void aStatementWithoutReadableEvidenceFails() {
        assertThat(check("She reports fatigue.", 99)).extracting(Faithfulness.Problem::kind).contains("no-evidence");
    }

    @Test
    void aFindingBeforeWithoutIsNotDeniedButAListAfterDeniesIsRead() {
        Dialogue exam = Visits.dialogue("[doctor] your throat is mildly red without exudate.",
                "[patient] my throat hurts but no fever.");
        Statement red = new Statement("Throat is mildly red without exudate.", 0.9,
                List.of(Evidence.transcript(List.of(1))));
        assertThat(Faithfulness.check(NoteHeaders.PHYSICAL_EXAM, red, exam, null)).isEmpty();
        Statement flipped = new Statement("Denies sore throat or fever.", 0.9,
                List.of(Evidence.transcript(List.of(2))));
        assertThat(Faithfulness.check(NoteHeaders.HPI, flipped, exam, null)).extracting(Faithfulness.Problem::kind)
                .contains("negation");
    }
}
