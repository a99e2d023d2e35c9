package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * A hairdresser's hands examined in the room and treated item by item (written by us after reading a challenge dev
 * draft with an empty exam and no creams in its plan): "let me have a proper look", the place said before the
 * finding, cracks "on the right index and middle fingers", a new emollient beside the one used, "Third, a course of a
 * stronger steroid ointment, mometasone".
 */
class HandEczemaAtTheSalonTest {

    private static final String[] VISIT = {"[doctor] What can I do for you?",
        "[patient] It's my hands. They're all red and cracked, and they itch like mad at night.",
        "[doctor] Have you tried anything on it?",
        "[patient] I've been using E45 cream twice a day. It hasn't really touched it.",
        "[doctor] Let me have a proper look. Can you put both hands on the desk? Right. On the backs of both hands "
            + "and between the fingers, the skin is red, dry and scaly. There are some cracks, fissures, on the right "
            + "index and middle fingers. No blisters. The palms are clear.",
        "[doctor] I suspect it's an irritant contact dermatitis from the wet work.",
        "[doctor] First, gloves for shampooing. Second, I'm going to pop a prescription through for an emollient, "
            + "Hydromol ointment. Put it on at least four times a day.",
        "[doctor] Third, a course of a stronger steroid ointment, mometasone. Put a thin layer on the red areas once a "
            + "day, at night, for two weeks, then stop."};

    @Test
    void aProperLookOpensTheExamWithEachFindingsPlace() {
        List<String> exam = Visits.lines(Visits.draft(VISIT), "PHYSICAL EXAM");
        assertThat(String.join("\n", exam))
                .contains("red, dry and scaly on the backs of both hands and between the fingers")
                .contains("fissures, on the right index and middle fingers");
    }

    @Test
    void anEmollientStartedBesideTheOneUsedIsAnotherMedication() {
        var note = Visits.draft(VISIT);
        assertThat(Visits.lines(note, "HISTORY OF PRESENT ILLNESS")).anyMatch(l -> l.startsWith("Current medications:")
                && l.contains("E45"));
        assertThat(Visits.lines(note, "ASSESSMENT AND PLAN")).anyMatch(l -> l.contains("Start Hydromol"));
    }

    @Test
    void aCourseOfSteroidOintmentNamedAfterACommaIsStarted() {
        assertThat(Visits.lines(Visits.draft(VISIT), "ASSESSMENT AND PLAN"))
                .anyMatch(l -> l.contains("Start mometasone") && l.contains("for 2 weeks"));
    }
}
