package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * An exam dictated without punctuation is written as a clinician writes it: one line per body system, no copulas
 * after the part examined, the patient not the subject of a tenderness, no hand pointing "right up here"; an
 * ECG done in the office reads its result, not why it was done.
 */
class DictatedExamRegisterTest {

    @Test
    void heartAndLungsSaidInOneBreathAreTwoSystemsInTheExamsRegister() {
        var exam = Visits.lines(Visits.draft("[doctor] okay let me examine you",
                "[doctor] heart is regular no murmurs lungs are clear"), "PHYSICAL EXAM");
        assertThat(exam).contains("• Cardiovascular: Heart regular, no murmurs.", "• Respiratory: Lungs clear.");
    }

    @Test
    void aTenderBellyPointedAtIsAnAbdomenTenderInTheEpigastrium() {
        var exam = Visits.lines(Visits.draft("[doctor] okay let me examine you",
                "[doctor] belly is soft you're a little tender right up here in the epigastric area but no guarding no "
                        + "masses and bowel sounds are normal"), "PHYSICAL EXAM");
        assertThat(exam).contains("• Gastrointestinal: Abdomen soft, slightly tender in the epigastric area, no "
                + "guarding, no masses, bowel sounds normal.");
    }

    @Test
    void aPartNamedBeforeItsFindingKeepsItsQualifier() {
        var exam = Visits.lines(Visits.draft("[doctor] let me examine you",
                "[doctor] vibration is reduced at both big toes ankle reflexes are decreased"), "PHYSICAL EXAM");
        assertThat(String.join(" ", exam)).contains("ankle reflexes").doesNotContain("Reflexes decreased");
    }

    @Test
    void anEcgDoneOnArrivalReadsItsResultNotWhyItWasDone() {
        var results = Visits.lines(Visits.draft("[doctor] let me examine you",
                "[doctor] heart is regular",
                "[doctor] and because you mentioned that chest pain we did an ekg when you came in it's normal sinus "
                        + "rhythm with no st changes so nothing to suggest your heart"), "RESULTS");
        assertThat(results).containsExactly("EKG: normal sinus rhythm with no ST changes.");
    }
}
