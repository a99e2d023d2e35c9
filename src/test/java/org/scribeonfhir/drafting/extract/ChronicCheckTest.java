package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * A chronic-disease review the physician's read of 2.5.60 found headed by an old side effect
 * (`src/challenge/reads/2.5.60/v2`), written again in our own words: the visit the clinician names is the complaint.
 */
class ChronicCheckTest {

    @Test
    void aCheckOnThreeConditionsIsTheirFollowUpNotAnOldAche() {
        var note = Visits.draft("[doctor] Good to see you again, Mrs Pell.",
                "[doctor] So this is your six-month check on the diabetes, blood pressure and cholesterol, and your "
                        + "bloods are back. How have things been?",
                "[patient] Fine mostly. I stopped the simvastatin in the spring, my thighs ached all the time.",
                "[doctor] Your diabetes is at goal. I'd like to try pravastatin twenty milligrams at night.");
        assertThat(Visits.lines(note, "CHIEF COMPLAINT"))
                .containsExactly("Follow-up of diabetes, hypertension and hyperlipidemia.");
    }
}
