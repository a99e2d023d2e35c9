package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.visit.Presence;

/** Answers that come after an aside: the question asked back ("Sorry, fever?") and the real reply after it. */
class InterruptedAnswersTest {

    @Test
    void theReplyAfterTheQuestionAskedBackIsTheAnswer() {
        var v = Visits.read("[doctor] What brings you in?", "[patient] My big toe is swollen and red.",
                "[doctor] Any fever or chills?",
                "[patient] I had to rush home from the wedding to give the dog his insulin. Sorry, fever? No, no fever, "
                        + "no chills.");
        assertThat(v.symptoms()).anyMatch(s -> s.name().equals("fever") && s.presence() == Presence.DENIED)
                .noneMatch(s -> s.name().equals("fever") && s.present());
    }

    @Test
    void aToddlersAsideThenTheParentsEchoedNoDeniesIt() {
        var v = Visits.read("[doctor] What's going on with Ezra?", "[parent] He's had a barking cough for two nights.",
                "[doctor] Is he drooling, or having trouble swallowing?", "[patient] Mommy, dinosaur says roar.",
                "[parent] Yes, roar. Sorry, drooling? No, he's swallowing fine.",
                "[doctor] This is croup. If his lips look blue, he's drooling or very sleepy, call 911.",
                "[parent] Blue lips, drooling, really sleepy, 911.");
        assertThat(v.symptoms().stream().filter(s -> s.present()).map(s -> s.name()).toList())
                .doesNotContain("drooling", "cyanosis", "dysphagia");
    }

    @Test
    void anUnsureAnswerWithAQuestionMarkStillCounts() {
        var v = Visits.read("[doctor] What brings you in?", "[patient] Pins and needles in both feet.",
                "[doctor] How long has that been going on?", "[patient] About three months?");
        assertThat(v.symptoms()).anyMatch(s -> s.present() && s.duration() != null && s.duration().contains("3 months"));
    }

    @Test
    void aListAskedAgainAfterARelativesStoryIsDeniedAsAWhole() {
        var v = Visits.read("[doctor] what's been happening", "[patient] i've been getting these headaches with zigzag lines first",
                "[doctor] during the attacks have you had any weakness in an arm or a leg any numbness or your face "
                        + "dropping or trouble getting your words out",
                "[patient] my mum gets migraines actually she used to get them really badly when i was little",
                "[doctor] that's useful to know and what about the weakness or trouble with words",
                "[patient] oh sorry no none of that just the eyes and then the headache");
        assertThat(v.symptoms()).anyMatch(s -> s.name().equals("slurred speech") && s.presence() == Presence.DENIED)
                .anyMatch(s -> s.name().equals("arm weakness") && s.presence() == Presence.DENIED)
                .noneMatch(s -> s.present() && s.name().matches("arm weakness|facial droop|slurred speech"));
    }

    @Test
    void aListAskedAgainAfterTriggersOnlyIsReadWithoutFailing() {
        var v = Visits.read("[doctor] What brings you in?", "[patient] Headaches, for a month.",
                "[doctor] Does it get worse when you cough or sneeze?", "[patient] My dad gets headaches too, actually.",
                "[doctor] Okay. What about the nausea?", "[patient] No, none of that.");
        assertThat(v.symptoms()).anyMatch(s -> s.name().equals("headache") && s.present())
                .anyMatch(s -> s.name().equals("nausea") && s.presence() == Presence.DENIED);
    }
}
