package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.lexicon.Vocabulary;
import org.scribeonfhir.drafting.visit.Problem;
import org.scribeonfhir.drafting.visit.Pronouns;
import org.scribeonfhir.drafting.visit.VisitModel;

/** Impressions, referrals and follow-ups said the way GPs say them, not in the words of a note. */
class ImpressionsSaidLooselyTest {

    private static final String EXAM = "[doctor] Let's have a look at this mole, then. On the left shoulder blade "
            + "there's a pigmented mole, nine millimetres by seven, with an irregular border.";

    @Test
    void aDoubtActedOnIsAPossibleDiagnosisAndALookIsNone() {
        VisitModel v = Visits.read(EXAM, "[patient] Well?",
                "[doctor] It's probably nothing, but with it growing and the bleeding, I can't be sure it isn't a "
                        + "melanoma. So I'll get you seen by the skin people on the urgent pathway, within two weeks.");
        assertThat(v.problems()).extracting(Problem::name, Problem::certainty)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Melanoma", "possible"));
    }

    @Test
    void aDoubtNobodyActsOnIsNoProblem() {
        VisitModel v = Visits.read(EXAM, "[patient] Well?",
                "[doctor] I can't be sure it isn't a melanoma, but honestly it looks like an ordinary mole to me.",
                "[patient] Okay.", "[doctor] How's the knee been?");
        assertThat(v.problems()).extracting(Problem::name).doesNotContain("Melanoma");
    }

    @Test
    void whatTheClinicianWouldCallItIsTheDiagnosis() {
        VisitModel v = Visits.read("[doctor] On examination your lips look normal now, no swelling.", "[patient] So what was it?",
                "[doctor] This looks to me like it was an allergic reaction, quite a severe one, and with your lips "
                        + "and throat swelling I'd call it anaphylaxis.");
        assertThat(v.problems()).extracting(Problem::name).anyMatch(n -> n.toLowerCase().contains("anaphylaxis"));
    }

    @Test
    void aBloodCountForAnaemiaLooksForAnaemiaAndDoesNotDiagnoseIt() {
        VisitModel v = Visits.read("[patient] I've been awfully tired the last couple of months.",
                "[doctor] Your chest sounds clear.",
                "[doctor] As for the tiredness, it's most likely something simple, but we'll check your thyroid with "
                        + "a blood test, and a blood count for anaemia.");
        assertThat(v.problems()).extracting(Problem::name).doesNotContain("Anemia");
    }

    @Test
    void theSkinPeopleAreDermatologyAndComeAndSeeOneOfUsIsAFollowUp() {
        assertThat(PlanLines.of("So I'll get you seen by the skin people on the urgent pathway, within two weeks.",
                false, Pronouns.MALE, Vocabulary.get())).extracting(PlanLines.Line::text)
                .containsExactly("Urgent referral to dermatology.");
        assertThat(PlanLines.of("I'll get you over to the eye doctor for a diabetic eye check.", false, Pronouns.MALE,
                Vocabulary.get())).extracting(PlanLines.Line::text).contains("Referral to ophthalmology.");
        assertThat(PlanLines.of("Then come and see one of us in the clinic in two weeks to go through the results.",
                false, Pronouns.MALE, Vocabulary.get())).extracting(PlanLines.Line::text)
                .containsExactly("Follow-up in 2 weeks.");
    }
}
