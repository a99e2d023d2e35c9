package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/** Words that look clinical and are not: a trigger asked about, where a student lives, an idiom. */
class WordsThatAreNotSymptomsTest {

    private static final String[] VISIT = {"[patient] I've had a headache on the left for three days.",
        "[doctor] Does coughing or sneezing make it worse?", "[patient] No.", "[doctor] Where are you living?",
        "[patient] I am living in halls at the university, it's a bloody nightmare."};

    @Test
    void aTriggerAskedAfterTheSymptomIsNotDenied() {
        assertThat(Visits.read(VISIT).symptoms()).noneMatch(s -> s.name().equals("cough") || s.name().equals("sneezing"));
    }

    @Test
    void livingInHallsIsNoLozengeAndABloodyNightmareNoNightmares() {
        var v = Visits.read(VISIT);
        assertThat(v.medications()).isEmpty();
        assertThat(v.symptoms()).noneMatch(s -> s.name().equals("nightmares"));
    }

    @Test
    void breathLostRunningForThePhoneIsNoComplaint() {
        var v = Visits.read("[doctor] Hello, it's the surgery returning your call.",
                "[patient] Oh hello. Sorry, I'm all out of breath, I've just run in from the garden to get the phone.",
                "[doctor] No rush. What's been going on?", "[patient] I've been weeing all the time since Thursday.");
        assertThat(v.symptoms()).noneMatch(s -> s.name().matches("(?i).*(?:dyspn|breath).*"));
        var winded = Visits.read("[doctor] What brings you in?",
                "[patient] I get short of breath when I climb the stairs at work, since last month.");
        assertThat(winded.symptoms()).anyMatch(s -> s.name().matches("(?i).*(?:dyspn|breath).*"));
    }

    @Test
    void aPersonOrAPlaceNamedLikeAConditionIsNeither() {
        var lines = Visits.lines(Visits.draft("[doctor] Hello, can you talk?",
                "[patient] Yes, I'm in the car park at Mumps Lane Primary. My manager, Mrs Hives, let me out.",
                "[doctor] What's been happening?", "[patient] My hands are red and itchy since I started the new job."));
        assertThat(lines).noneMatch(l -> l.matches("(?i).*\\b(?:mumps|hives|urticaria)\\b.*"));
        var itchy = Visits.read("[doctor] What's been happening?", "[patient] I came out in hives all over my arms.");
        assertThat(itchy.symptoms()).anyMatch(s -> s.present() && s.name().matches("(?i).*(?:hives|urticaria).*"));
    }

    @Test
    void aStrokeOfLuckIsNoStroke() {
        var lines = Visits.lines(Visits.draft("[doctor] when was the last one",
                "[patient] sunday it was a stroke of luck i was at home and not out driving"));
        assertThat(lines).noneMatch(l -> l.matches("(?i).*\\bstroke\\b.*"));
    }
}
