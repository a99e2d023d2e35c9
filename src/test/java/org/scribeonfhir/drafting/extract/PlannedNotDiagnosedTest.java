package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.visit.PlanItem;
import org.scribeonfhir.drafting.visit.Problem;

/** Conditions the plan names as a plan, a test or a risk are not the patient's problems. */
class PlannedNotDiagnosedTest {

    @Test
    void pregnancyPlanningAndAFuturePositiveTestAreNotAPregnancy() {
        var v = Visits.read(
                "[doctor] So we're following up your thyroid today. How have you been?",
                "[patient] Tired. We're thinking of trying for a baby next spring.",
                "[doctor] So for my assessment and plan. Your hypothyroidism is undertreated.",
                "[doctor] For the pregnancy planning: we want your TSH under two point five before you try to "
                        + "conceive. As soon as you have a positive pregnancy test, take two extra tablets a week, and "
                        + "call us that same day. And start a prenatal vitamin with folic acid now.");
        assertThat(v.problems()).extracting(Problem::name).noneMatch(n -> n.equals("Pregnancy"));
        assertThat(v.plan()).extracting(PlanItem::text)
                .anyMatch(t -> t != null && t.equals("Goal TSH under 2.5 before the patient tries to conceive."))
                .anyMatch(t -> t != null && t.startsWith("As soon as") && t.contains("positive pregnancy test"));
    }

    @Test
    void theChanceOfAStrokeAfterATiaIsNotAStroke() {
        var v = Visits.read(
                "[doctor] What happened yesterday?",
                "[patient] My right hand went weak for about twenty minutes and my face drooped, then it came back.",
                "[doctor] Let me examine you. Strength is normal in both hands and the face is symmetrical.",
                "[doctor] So for my assessment and plan. This was most likely a TIA, a transient ischaemic attack. "
                        + "No lasting harm, but it's a warning sign, and the chance of a full stroke is highest in the "
                        + "next few days, so we move quickly.",
                "[doctor] I'm referring you to the TIA clinic today and starting aspirin three hundred milligrams.");
        assertThat(v.problems()).extracting(Problem::name)
                .anyMatch(n -> n.toLowerCase().contains("transient ischemic attack"))
                .noneMatch(n -> n.equals("Stroke"));
        assertThat(v.plan()).extracting(PlanItem::text)
                .noneMatch(t -> t != null && t.startsWith("Advised no lasting"));
    }

    @Test
    void aFeverGivenAsAnExampleIsNoProblemButASoundsLikeDiagnosisIs() {
        String[] history = {"[doctor] What brings you in?", "[patient] I feel dizzy, like the room is spinning.",
            "[doctor] Do you have a temperature at all?", "[patient] No."};
        var example = Visits.read(history[0], history[1], history[2], history[3], "[doctor] So for my assessment and "
                + "plan. So this is like just symptomatic relief like you have a fever we just give paracetamol.");
        assertThat(example.problems()).extracting(Problem::name).doesNotContain("Fever");
        var said = Visits.read(history[0], history[1], history[2], history[3], "[doctor] So for my assessment and "
                + "plan. Sounds like you have a sinus infection, so we will give amoxicillin.");
        assertThat(said.problems()).extracting(Problem::name).contains("Sinusitis");
    }
}
