package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/** "Is anyone else at home unwell?" asks for sick contacts; the brother's stomach bug is one, not his history. */
class UnwellAtHomeTest {

    @Test
    void aBrothersStomachBugIsASickContact() {
        String hpi = String.join("\n", Visits.lines(Visits.draft("[doctor] What's been going on?",
                "[patient] I've had diarrhoea and vomiting since Monday.", "[doctor] Is anyone else at home unwell?",
                "[patient] Yes, my brother had a stomach bug last week, he was off school with it.",
                "[doctor] This sounds like gastroenteritis. Drink plenty of fluids."), "HISTORY OF PRESENT ILLNESS"));
        assertThat(hpi).contains("Sick contacts: the patient's brother had a stomach bug last week")
                .doesNotContain("Family history");
    }
}
