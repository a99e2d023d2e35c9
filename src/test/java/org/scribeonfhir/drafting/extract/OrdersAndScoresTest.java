package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * Blood tests ordered in a run of unpunctuated speech, each named as the lab names it; questionnaire scores read
 * out (spelled letter by letter, as a recorder writes them) kept as results; a visit and a call both followed up.
 */
class OrdersAndScoresTest {

    private static List<String> plan(String... lines) {
        return Visits.lines(Visits.draft(lines), "ASSESSMENT AND PLAN");
    }

    @Test
    void theThyroidABloodCountAndTheLiverAreEachATest() {
        assertThat(plan("[patient] i've been so tired for months", "[doctor] i think this is depression",
                "[doctor] and i'll ask your gp to check your thyroid a blood count and your liver"))
                .contains("• Additional Testing: Order TSH and CBC.");
    }

    @Test
    void bloodWorkAfterAnEchosPurposeIsOrderedToo() {
        assertThat(plan("[patient] my heart races for no reason", "[doctor] i think this is svt",
                "[doctor] i'm also getting an echo an ultrasound of your heart to check the structure and blood work "
                        + "thyroid tsh a basic metabolic panel and a cbc"))
                .anyMatch(l -> l.startsWith("• Additional Testing: Order echocardiogram") && l.contains("TSH")
                        && l.contains("BMP") && l.contains("CBC"));
    }

    @Test
    void checkingTheLiverIsNamedLiverFunctionTests() {
        assertThat(plan("[patient] I get pain under my ribs after fatty food.", "[doctor] I think this is gallstones.",
                "[doctor] We'll also check your liver with a blood test this week."))
                .anyMatch(l -> l.contains("liver function tests")).noneMatch(l -> l.contains("check your liver"));
    }

    @Test
    void anOrderSaidWithAlsoIsNoResult() {
        var note = Visits.draft("[patient] I've been low and tired.", "[doctor] I think this is depression.",
                "[doctor] I'd also like to check your thyroid levels and your blood count with a blood test.");
        assertThat(Visits.lines(note, "RESULTS")).isEmpty();
        assertThat(Visits.lines(note, "ASSESSMENT AND PLAN")).anyMatch(l -> l.startsWith("• Additional Testing: Order")
                && l.contains("TSH") && l.contains("CBC"));
    }

    @Test
    void spelledQuestionnaireScoresAreResults() {
        var note = Visits.draft("[patient] i ran out of my sertraline ten days ago",
                "[doctor] okay let's look at the questionnaires you filled out um your p h q nine today is sixteen "
                        + "and the g a d seven is twelve",
                "[doctor] your stop bang score is six out of eight and your chads vasc score is three");
        assertThat(Visits.lines(note, "RESULTS")).contains("PHQ-9 score: 16.", "GAD-7 score: 12.",
                "STOP-BANG score: 6.", "CHA2DS2-VASc score: 3.");
    }

    @Test
    void aVisitAndANursesCallAreTwoFollowUps() {
        assertThat(plan("[patient] i ran out of my sertraline", "[doctor] what you have is major depressive disorder",
                "[doctor] i want to see you back in two weeks and my nurse will call you in one week to see how the "
                        + "restart is going"))
                .contains("Follow-up in 2 weeks.", "Telephone follow-up in 1 week.");
    }
}
