package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/** A telephone or video consultation says in the exam that there was none, instead of an empty section. */
class RemoteConsultationTest {

    @Test
    void aCallReturnedIsATelephoneConsultationWithoutAnExam() {
        var note = Visits.draft("[doctor] Hello, it's Dr Example from the surgery, returning your call.",
                "[patient] Thanks for ringing back. I've had a sore throat for three days.",
                "[doctor] That sounds like a viral sore throat. Paracetamol and fluids, and ring us if you can't swallow.");
        assertThat(Visits.lines(note, "PHYSICAL EXAM")).containsExactly("Telephone consultation: not examined.");
        assertThat(Visits.read("[doctor] Hello, you asked for a call back?", "[patient] Yes, it's my cough.")
                .consultation().mode()).isEqualTo("telephone");
    }

    @Test
    void ringingWithTheResultsLaterIsNoTelephoneConsultation() {
        var note = Visits.draft("[doctor] Hi, come on in. What brings you here today?",
                "[patient] My knee has been sore for a week.", "[doctor] Okay.", "[patient] It's worse on stairs.",
                "[doctor] Any swelling?", "[patient] No.", "[doctor] I'll get an x-ray and ring you with the results "
                        + "over the phone today.");
        assertThat(Visits.lines(note, "PHYSICAL EXAM")).isEmpty();
    }

    @Test
    void aVideoVisitWithACameraExamKeepsItsFindings() {
        var note = Visits.draft("[doctor] Hi, can you hear me okay? Perfect, I can see you now.",
                "[patient] Yes. My throat has been sore for four days.",
                "[doctor] Let's do a video exam. Can you open wide towards the camera? Your tonsils are red and swollen.");
        assertThat(Visits.lines(note, "PHYSICAL EXAM")).noneMatch(l -> l.contains("consultation"));
        var none = Visits.draft("[doctor] Hi, can you hear me? Great, I can see you now.",
                "[patient] My mood has been low for a month.", "[doctor] I think this is depression.");
        assertThat(Visits.lines(none, "PHYSICAL EXAM")).containsExactly("Video consultation: no examination described.");
    }

    @Test
    void aCallInWhichTheClinicianSpeaksOfAnExamDoesNotSayNotExamined() {
        var note = Visits.draft("[doctor] Hello, it's Dr Example returning your call.",
                "[patient] I've been more breathless for two weeks.",
                "[doctor] Having examined you, your chest, your saturations and blood pressure are all OK. I think this "
                        + "is a flare-up of your heart failure.");
        assertThat(Visits.lines(note, "PHYSICAL EXAM")).noneMatch(l -> l.contains("not examined"));
    }

    @Test
    void anXrayOnTheScreenOrSeeingThePatientLimpIsNoVideoVisit() {
        var v = Visits.read("[doctor] Hi, come on in. I can see you're limping.", "[patient] My knee gave way on Sunday.",
                "[doctor] Let's look at your x-ray on the screen here. No fracture.");
        assertThat(v.consultation().remote()).isFalse();
    }
}
