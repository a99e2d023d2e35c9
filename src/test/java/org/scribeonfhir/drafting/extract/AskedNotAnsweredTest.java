package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.visit.Presence;

/** What a question names is not the patient's answer about it: a trigger, a question cut off, a past score. */
class AskedNotAnsweredTest {

    @Test
    void aCoughThatMightWorsenTheHeadacheIsNotDenied() {
        var v = Visits.read("[patient] It's my headaches, on the left, throbbing.",
                "[doctor] Do they wake you from sleep, or get worse when you cough or strain?",
                "[patient] No, they never wake me.");
        assertThat(v.symptoms()).noneMatch(s -> s.name().equals("cough"));
    }

    @Test
    void aQuestionCutOffBySmallTalkIsNotAnsweredByTheSmallTalk() {
        var v = Visits.read("[patient] so i've had this cough for like five days and it's getting worse",
                "[doctor] okay any coughing up blood or um hey is that your kid's basketball game on your phone",
                "[patient] oh yeah sorry um my son's team they won fifty one to forty seven last night");
        assertThat(v.symptoms()).noneMatch(s -> s.name().equals("hemoptysis") && s.presence() == Presence.PRESENT);
    }

    @Test
    void theScoreOfTheFirstWeekIsNotTodaysSeverity() {
        var v = Visits.read("[doctor] Tell me about the shoulder.",
                "[patient] In March I felt something pull at the top of my arm. That first week the pain was a nine "
                        + "out of ten. Today it's about a four.");
        assertThat(v.symptoms()).noneMatch(s -> "9/10".equals(s.severity()));
    }
}
