package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * The impression said beside a disease to rule out ("most likely a viral illness, but the thing we have to rule out is
 * meningitis"), a viral cough named as such, and a review offered only if things are no better.
 */
class ImpressionBesideRuleOutTest {

    private static List<String> plan(String... visit) {
        return Visits.lines(Visits.draft(visit), "ASSESSMENT AND PLAN");
    }

    @Test
    void theVirusStaysTheDiagnosisBesideARuleOut() {
        assertThat(plan("[doctor] Hello, what brings you in today?",
                "[patient] I've had a terrible headache since yesterday and my neck feels stiff.",
                "[doctor] Okay, let me examine you. No rash on your skin.",
                "[doctor] So for my assessment and plan. I think this is most likely a viral illness, but the thing we "
                        + "have to rule out is meningitis. I'd like to see you again in two days."))
                .contains("1. Likely viral syndrome.").noneMatch(l -> l.equals("1. Meningitis."));
    }

    @Test
    void aViralCoughIsTheProblemNotTheCough() {
        assertThat(plan("[doctor] Hello, what brings you in today?", "[patient] I've had a cough for a week.",
                "[doctor] Okay, let me examine you. Your chest is clear.",
                "[doctor] So for my assessment and plan. This is a viral cough."))
                .contains("1. Acute viral cough.").noneMatch(l -> l.equals("1. Cough."));
    }

    @Test
    void aReviewOnlyIfNoBetter() {
        assertThat(plan("[doctor] Hi there, what can I do for you today?",
                "[patient] I've been getting a burning feeling when I pee for about three days.",
                "[doctor] Let me have a feel of your tummy. It's soft.",
                "[doctor] So for my assessment and plan. This sounds like a urine infection. I'd like to see you again "
                        + "if it's not better in a week."))
                .contains("Follow-up if no better in 1 week.").doesNotContain("Follow-up in 1 week.");
    }

    @Test
    void aLateHedgedDiagnosisExplainsTheSymptomTreatedBeforeIt() {
        assertThat(plan("[doctor] what brings you in today",
                "[patient] i started throwing up last night and my belly hurts around the middle",
                "[doctor] okay let me examine you belly is soft theres mild tenderness around the belly button",
                "[doctor] So for my assessment and plan. I just want to make sure this isn't appendicitis, that's the "
                        + "big one with pain around the belly button.",
                "[doctor] for the nausea im going to give you ondansetron four milligrams every eight hours as needed",
                "[doctor] i want you back here thursday morning so we can recheck your belly",
                "[patient] got it can you do a note for work",
                "[doctor] sure stay home until youve gone forty eight hours without vomiting or diarrhea ill print the "
                        + "note oh and what you have is most likely viral gastroenteritis from your roommate"))
                .contains("• Medical Reasoning: Appendicitis considered.", "1. Likely gastroenteritis.",
                        "• Medical Treatment: Start ondansetron 4 mg every 8 hours as needed.")
                .noneMatch(l -> l.contains("Nausea.")).noneMatch(l -> l.contains("make sure"));
    }
}
