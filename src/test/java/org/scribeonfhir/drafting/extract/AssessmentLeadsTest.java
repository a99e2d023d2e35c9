package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.visit.Problem;

/**
 * The diagnosis said after a denial in one breath ("this isn't bipolar … what you have is…"), or as "almost
 * certainly" in the middle of the results; "did you hurt the toe?" asks of an injury, so its no denies no pain.
 */
class AssessmentLeadsTest {

    @Test
    void whatYouHaveIsEndsTheDenialBeforeIt() {
        var v = Visits.read("[patient] i ran out of my sertraline and i feel low",
                "[doctor] okay so from everything you're telling me this isn't bipolar what you have is major "
                        + "depressive disorder",
                "[doctor] so here's the plan i'm going to restart the sertraline 50 mg daily");
        assertThat(v.problems()).extracting(Problem::name).contains("Major depressive disorder");
    }

    @Test
    void almostCertainlySaidInTheResultsIsTheDiagnosis() {
        var v = Visits.read("[patient] my big toe hurts so much",
                "[doctor] okay let me look at that foot the right first toe joint is red hot and swollen",
                "[doctor] your labs from last week uric acid was eight point nine and your a one c was five point nine",
                "[patient] is that bad the five point nine",
                "[doctor] it's in the prediabetes range so not diabetes but heading that way so the toe is almost "
                        + "certainly gout a gout flare in your right big toe");
        List<String> names = v.problems().stream().map(Problem::name).toList();
        assertThat(names).anyMatch(n -> n.startsWith("Gout"));
    }

    @Test
    void didYouHurtTheToeAnsweredNoDeniesNoPain() {
        var v = Visits.read("[patient] my big toe blew up on me sunday night",
                "[doctor] did you hurt the toe at all stub it drop anything on it", "[patient] no nothing like that");
        assertThat(v.symptoms()).noneMatch(s -> s.name().endsWith("pain") && !s.present());
    }
}
