package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scribeonfhir.drafting.extract.SymptomReaderTest.symptom;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.visit.Presence;
import org.scribeonfhir.drafting.visit.VisitModel;

/** What the patient's answer to a clinician's symptom question establishes, in unpunctuated recorder speech. */
class SymptomQuestionsTest {

    @Test
    void aQuestionRunOnFromAStatementIsStillAQuestionSoItsSymptomsAreNotReported() {
        VisitModel v = Visits.read("[patient] i'm having trouble breathing at night",
                "[doctor] so i'll examine you in a second so it's been a couple of weeks are you coughing up anything "
                        + "any fevers with this at all",
                "[patient] no no fever kinda feel like i'm just bringing a whole bunch of yuck up once in a while");
        assertThat(symptom(v, "fever").presence()).isEqualTo(Presence.DENIED);
        assertThat(symptom(v, "cough")).isNull(); // the no was the fever's; the yuck answers the cough
    }

    @Test
    void aNoThatNamesOneSymptomStillDeniesBothWhenNothingElseIsSaid() {
        VisitModel v = Visits.read("[doctor] any fevers or chills?", "[patient] no, no fever.");
        assertThat(symptom(v, "fever").presence()).isEqualTo(Presence.DENIED);
        assertThat(symptom(v, "chills").presence()).isEqualTo(Presence.DENIED);
    }

    @Test
    void aStutteredSymptomAnsweredNoIsDenied() {
        VisitModel v = Visits.read("[patient] my right foot hurts since the tennis game",
                "[doctor] okay and then have you experienced any numb numbness or tingling",
                "[patient] no no numbness");
        assertThat(symptom(v, "numbness").presence()).isEqualTo(Presence.DENIED);
        assertThat(symptom(v, "tingling").presence()).isEqualTo(Presence.DENIED);
    }
}
