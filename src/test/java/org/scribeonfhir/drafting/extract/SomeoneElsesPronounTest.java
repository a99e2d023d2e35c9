package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/** Without a chart, the patient's sex is never taken from the pronoun of someone else the visit talks about. */
class SomeoneElsesPronounTest {

    @Test
    void theBoyfriendTheClinicianAsksAboutDoesNotMakeThePatientMale() {
        var v = Visits.read(
                "[doctor] Hello, what can I do for you today?",
                "[patient] I've had diarrhoea and shivers since Tuesday. I was next to my boyfriend and he was totally "
                        + "fine and warm, and I couldn't stop shivering.",
                "[doctor] Is anyone else at home unwell?",
                "[patient] No, he has none of this.",
                "[doctor] Right. So he's got away with it. And he's not had any diarrhoea at all?",
                "[patient] No, nothing.");
        assertThat(v.patient().sex()).isNotEqualTo("male");
    }

    @Test
    void theDoctorWhoSentThePatientIsNotThePatient() {
        var v = Visits.read(
                "[doctor] Hi there. Your GP looks like he sent you over for a sore on your foot. How long has it been?",
                "[patient] About six weeks. It started as a blister from tight shoes.",
                "[doctor] And your GP said he started you on an antibiotic?", "[patient] Yes, ten days of it.");
        assertThat(v.patient().sex()).isNotEqualTo("male");
    }
}
