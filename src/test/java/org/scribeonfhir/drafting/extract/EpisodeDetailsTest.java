package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.NoteHeaders;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.visit.Symptom;
import org.scribeonfhir.drafting.visit.VisitModel;

/**
 * What characterises a complaint that comes in episodes (how often, how long each lasts, what sets it off), asked
 * about with "them" and "these", also by a recorder that writes no question marks; and a symptom of an episode
 * years ago, which is that episode's history.
 */
class EpisodeDetailsTest {

    @Test
    void howOftenHowLongEachLastsAndWhatSetsThemOffDescribeTheComplaint() {
        VisitModel v = Visits.read("[doctor] What brings you in?",
                "[patient] I get palpitations, out of nowhere.",
                "[doctor] When did these start?", "[patient] About four months ago.",
                "[doctor] How often are you getting them?", "[patient] Two or three times a week now.",
                "[doctor] And how long do they last?", "[patient] Usually ten to twenty minutes.",
                "[doctor] Is there anything that seems to set them off?", "[patient] Bending over.",
                "[doctor] And how do they stop?", "[patient] They just stop, suddenly.");
        Symptom s = v.symptoms().get(0);
        assertThat(s.name()).isEqualTo("palpitations");
        assertThat(s.onset()).isEqualTo("4 months ago");
        assertThat(s.timing()).isEqualTo("2 or 3 times a week, lasting 10 to 20 minutes");
        assertThat(s.aggravating()).containsExactly("bending over");
        assertThat(s.relieving()).isEmpty();
    }

    @Test
    void aRecorderWithoutQuestionMarksStillAsksWhenAndHowOften() {
        VisitModel v = Visits.read("[doctor] okay tell me about that",
                "[patient] i've been getting this pressure in my chest when i go up the stairs",
                "[doctor] and when did you first notice that", "[patient] about three weeks ago i guess",
                "[doctor] how often is it happening", "[patient] most days four or five times a week i'd say");
        Symptom s = v.symptoms().get(0);
        assertThat(s.onset()).isEqualTo("3 weeks ago");
        assertThat(s.timing()).isEqualTo("4 or 5 times a week");
    }

    @Test
    void theChestPainOfAHeartAttackYearsAgoIsNoComplaintOfThisVisit() {
        List<String> lines = Visits.lines(Visits.draft("[doctor] What can I do for you today?",
                "[patient] I've been getting headaches for about two weeks now.",
                "[doctor] Any other medical problems?",
                "[patient] Well, I had a heart attack five years ago. I had chest pain at work and they put a stent in.",
                "[doctor] And any chest pain since then?", "[patient] No, none at all."));
        assertThat(lines).noneMatch(l -> l.contains("reports chest pain") || l.contains("Endorses chest pain"))
                .contains("Past medical history: myocardial infarction.");
    }

    @Test
    void thePainOfAnIllnessYearsAgoDoesNotUndoTheComplaintOfToday() {
        VisitModel v = Visits.read("[doctor] What brings you in?",
                "[patient] I've been getting this pressure in my chest for three weeks when I climb the stairs.",
                "[doctor] How does it compare to your heart attack?",
                "[patient] Oh, the heart attack was way worse, that was five years ago, and that was like an elephant "
                        + "on my chest.");
        assertThat(v.symptoms()).filteredOn(s -> s.name().equals("chest pain")).singleElement()
                .satisfies(s -> assertThat(s.present()).isTrue());
    }

    @Test
    void iWillIWillIsOneWord() {
        List<String> plan = Visits.lines(Visits.draft("[doctor] What brings you in?", "[patient] A cough for a week.",
                "[doctor] I think this is a chest infection.",
                "[doctor] I'll, I'll send you a prescription for amoxicillin 500 mg three times a day."),
                NoteHeaders.ASSESSMENT_AND_PLAN);
        assertThat(plan).contains("• Medical Treatment: Start amoxicillin 500 mg three times daily.");
    }

    @Test
    void howHighTheFeverWentAtHomeAndWhatBringsItDownForAFewHoursIsNoDuration() {
        VisitModel v = Visits.read("[doctor] What's going on with her?",
                "[parent] She's had a fever since Sunday night, and she keeps pulling at her right ear.",
                "[doctor] How high has the fever been?", "[parent] The highest was thirty-nine point four.",
                "[doctor] Have you given her anything for it?", "[parent] The children's Tylenol.",
                "[doctor] Does it help?", "[parent] It brings the fever down for a few hours, then it comes back.");
        assertThat(v.symptoms()).filteredOn(s -> s.name().equals("fever")).singleElement().satisfies(s -> {
            assertThat(s.onset()).isEqualTo("since Sunday");
            assertThat(s.severity()).isEqualTo("to 39.4");
            assertThat(s.duration()).isNull();
        });
    }

    @Test
    void anAllergyQuestionAfterASympathyIsStillTheQuestion() {
        VisitModel v = Visits.read("[doctor] what's brought you in", "[patient] a cough for nine days",
                "[doctor] i'm sorry to hear that and are you allergic to any medicines",
                "[patient] um yeah erythromycin makes me really sick like proper vomiting i had it years ago");
        assertThat(v.allergies()).singleElement().satisfies(a -> assertThat(a.substance()).isEqualTo("erythromycin"));
        assertThat(v.medications()).noneMatch(m -> m.current());
    }
}
