package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * A sign the clinician explains before asking ("sometimes you get something called stridor… have you had that?" "no")
 * is denied, never reported; a son's EpiPen is no allergy of the patient's; a run-on dictated exam keeps each finding.
 */
class ExplainedThenAskedTest {

    private static final String[] VISIT = {"[doctor] so what happened",
        "[patient] my lips blew up and my throat feels tight",
        "[doctor] ok now sometimes with swelling in the throat you get something called stridor it's a noisy high "
                + "pitched sound when you breathe in have you had that", "[patient] no",
        "[doctor] anybody in the family with allergies",
        "[patient] my son he's six he has eczema and he's allergic to eggs we carry his epipen everywhere",
        "[doctor] ok let me take a look open your mouth for me and say ah",
        "[doctor] so your lips are clearly swollen especially the upper lip your tongue looks normal not swollen the "
                + "back of the throat looks ok and i don't hear any stridor you've got raised hives on the neck and "
                + "the upper chest",
        "[doctor] ok so putting this together it looks like an allergic reaction anaphylaxis"};

    @Test
    void theSignExplainedAndThenDeniedIsDenied() {
        List<String> hpi = Visits.lines(Visits.draft(VISIT), "HISTORY OF PRESENT ILLNESS");
        assertThat(hpi).anyMatch(l -> l.startsWith("The patient denies stridor"))
                .noneMatch(l -> l.contains("reports") && l.contains("stridor"));
    }

    @Test
    void theSonsEpiPenIsNoAllergy() {
        assertThat(Visits.read(VISIT).allergies()).noneMatch(a -> "epinephrine".equals(a.substance()));
    }

    @Test
    void eachFindingOfARunOnDictationIsKept() {
        assertThat(String.join(" ", Visits.lines(Visits.draft(VISIT), "PHYSICAL EXAM")))
                .contains("Lips are clearly swollen especially the upper lip.").contains("Tongue normal not swollen.")
                .contains("No stridor.").contains("Raised hives on the neck and the upper chest.");
    }
}
