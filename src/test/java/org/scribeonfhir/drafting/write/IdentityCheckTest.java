package org.scribeonfhir.drafting.write;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/** The identity check at the start of a call (the date of birth) is not history; a birth history still is. */
class IdentityCheckTest {

    @Test
    void theDateOfBirthSaidForTheIdentityCheckIsNotInTheHistory() {
        var note = Visits.draft("[doctor] Can you confirm your full name and date of birth?",
                "[patient] Yes, I was born in nineteen ninety one, seventeenth of November.",
                "[patient] I've had a rash on my arm since this morning and my lip is swelling.");
        assertThat(Visits.lines(note, "HISTORY OF PRESENT ILLNESS")).noneMatch(l -> l.matches("(?i).*\\bborn\\b.*"));
    }

    @Test
    void aBirthHistoryStays() {
        assertThat(SpeechResidue.clean("He was born at 32 weeks and spent 3 weeks in the neonatal unit."))
                .contains("He was born at 32 weeks and spent 3 weeks in the neonatal unit.");
        assertThat(SpeechResidue.clean("The patient was born in 1991, 17th of November.")).isEmpty();
    }
}
