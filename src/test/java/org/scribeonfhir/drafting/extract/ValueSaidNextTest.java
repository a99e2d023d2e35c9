package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * A test named in one sentence and its value said in the next ("we did the A1c. It's 6.1, which is in the
 * prediabetes range"): the value is the test's, the range names a problem, and a condition ruled out later is
 * weighed against the problem said just before it.
 */
class ValueSaidNextTest {

    private static final String[] VISIT = {
        "[patient] My big toe has been throbbing since Friday.", "[doctor] Any fever?", "[patient] No.",
        "[doctor] Okay, let me take a look at that foot.", "[doctor] Right first MTP joint red hot swollen.",
        "[doctor] And because your sugar was borderline last year, we did the finger-stick A1c when you came in. "
                + "It's 6.1, which is in the prediabetes range.",
        "[patient] Is that the sugar thing?",
        "[doctor] It means your sugar's a bit higher than it should be. As for the toe, I'm pretty confident this "
                + "is a gout flare. I don't think this is an infection in the joint."};

    @Test
    void theValueSaidAfterTheTestIsTheTestsResult() {
        assertThat(Visits.lines(Visits.draft(VISIT), "RESULTS")).contains("Hemoglobin A1c: 6.1%.");
    }

    @Test
    void aValueInTheNamedRangeIsThatProblem() {
        assertThat(Visits.lines(Visits.draft(VISIT), "ASSESSMENT AND PLAN")).anyMatch(l -> l.matches("\\d\\. "
                + "Prediabetes\\."));
    }

    @Test
    void aConditionRuledOutIsWeighedAgainstTheProblemSaidJustBefore() {
        List<String> plan = Visits.lines(Visits.draft(VISIT), "ASSESSMENT AND PLAN");
        int gout = plan.indexOf(plan.stream().filter(l -> l.contains("Gout")).findFirst().orElseThrow());
        int unlikely = plan.indexOf(plan.stream().filter(l -> l.contains("considered unlikely")).findFirst()
                .orElseThrow());
        assertThat(unlikely).isGreaterThan(gout);
    }

    @Test
    void aValueAfterAnotherSentenceIsNotTheTests() {
        assertThat(Visits.lines(Visits.draft("[patient] I've been so thirsty.",
                "[doctor] We did the finger-stick A1c when you came in. Your husband said you walk a lot. It's 7 "
                        + "miles a day, he said.", "[doctor] I think this is diabetes."), "RESULTS"))
                .noneMatch(l -> l.contains("A1c"));
    }

    @Test
    void theProblemTheVisitWasForComesFirst() {
        List<String> plan = Visits.lines(Visits.draft(VISIT), "ASSESSMENT AND PLAN");
        assertThat(plan).anyMatch(l -> l.startsWith("1. Gout")).anyMatch(l -> l.startsWith("2. Prediabetes"));
    }
}
