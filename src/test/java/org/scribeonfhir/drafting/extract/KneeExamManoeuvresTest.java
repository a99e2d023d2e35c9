package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.visit.ExamFinding;

/**
 * A knee examined while the clinician explains each step: the result said after "that's called a valgus stress"
 * or "now the Lachman test, I'm pulling the shin forward" is written with the manoeuvre's name, and the findings
 * said after "lie back for me" are the exam.
 */
class KneeExamManoeuvresTest {

    private static final String[] VISIT = {"[doctor] So what happened to your knee?",
        "[patient] I twisted it running on a trail yesterday.",
        "[doctor] Let's see what we're dealing with. Lie back for me. There's a mild swelling, a small effusion. "
                + "I'm pressing along the inside, here over the ligament...",
        "[patient] Ow, yes, there.",
        "[doctor] Tender along the MCL, the ligament on the inside. No bony tenderness.",
        "[doctor] Now I'm going to bend the knee a little and push it inward. That's called a valgus stress.",
        "[patient] That hurts.",
        "[doctor] Painful, but it feels firm, no gapping, so there's no laxity. Now the Lachman test, I'm pulling "
                + "the shin forward... nice firm endpoint. Anterior drawer is negative too.",
        "[doctor] So I think you've sprained your MCL, a grade one sprain."};

    private static List<String> exam() {
        return Visits.read(VISIT).exam().stream().map(ExamFinding::text).toList();
    }

    @Test
    void aResultSaidAfterItsManoeuvreCarriesTheManoeuvresName() {
        assertThat(exam()).contains("Valgus stress test: painful, but firm, no gapping, no laxity.",
                "Lachman test: nice firm endpoint.");
    }

    @Test
    void aResultThatNamesItsOwnTestIsLeftAlone() {
        assertThat(exam()).contains("Anterior drawer is negative.");
    }

    @Test
    void findingsAfterLieBackForMeAreTheExam() {
        assertThat(exam()).anyMatch(f -> f.contains("small effusion"));
    }
}
