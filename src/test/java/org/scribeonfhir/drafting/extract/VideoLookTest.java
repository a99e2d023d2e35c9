package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * A look on video asked as a question ("Can we have a look? Could you hold your arm up to the camera?") opens the
 * exam, and an instruction inside it ("Now I'd like you to take a big breath in and count…") is no plan line; a drug
 * named only to compare ("less greasy than Epaderm") is not started; "how've you been" opens the story; a nurse's
 * "here with vomiting and diarrhea temp ninety nine point nine" gives the complaint without the vitals.
 */
class VideoLookTest {

    private static final String[] ECZEMA = {"[doctor] Hello, can you see me? What's been going on?",
        "[patient] My eczema's gone mad. It's been flaring for about ten days, the insides of my elbows and my hands.",
        "[doctor] And the Epaderm ointment on your list?",
        "[patient] I stopped using that back in the summer. It's so greasy.",
        "[doctor] Okay. Can we have a look? Could you hold your arm up to the camera with the inside of the elbow "
                + "towards me?", "[patient] Is this all right?",
        "[doctor] That's great. I can see red, dry patches on the inside of both elbows with scratch marks.",
        "[doctor] This looks like a flare-up of your eczema.",
        "[doctor] I'll prescribe Epimax ointment, it's lanolin-free and less greasy than Epaderm. Use it four times "
                + "a day."};

    @Test
    void theLookAskedForOnVideoIsTheExam() {
        List<String> exam = Visits.lines(Visits.draft(ECZEMA), "PHYSICAL EXAM");
        assertThat(exam).anyMatch(l -> l.contains("Red, dry patches on the inside of both elbows with scratch marks."));
    }

    @Test
    void theDrugComparedWithIsNotStarted() {
        assertThat(Visits.lines(Visits.draft(ECZEMA), "ASSESSMENT AND PLAN")).noneMatch(l -> l.contains("Epaderm"));
    }

    @Test
    void anInstructionDuringTheLookIsNoPlanLine() {
        List<String> plan = Visits.lines(Visits.draft("[doctor] What's been going on?",
                "[patient] A cough for a week and I coughed up some blood.",
                "[doctor] Let's have a look at you. Can you hold your finger up to the camera so I can read the "
                        + "numbers?",
                "[patient] It says ninety-six.",
                "[doctor] Thank you. Now I'd like you to take a big breath in and count out loud from one, as far as "
                        + "you can get in one breath.", "[patient] One, two, three… seventeen.",
                "[doctor] Seventeen, that's fine. You're speaking in full sentences.",
                "[doctor] So for my assessment and plan. This sounds like a chest infection."), "ASSESSMENT AND PLAN");
        assertThat(plan).noneMatch(l -> l.contains("count out loud"));
    }

    @Test
    void howveYouBeenOpensTheStory() {
        assertThat(Visits.lines(Visits.draft("[doctor] hey mister quill good to see you again how've you been",
                "[patient] not great that's why i'm here i've got this cough that won't quit",
                "[doctor] ok and how are you feeling overall",
                "[patient] honestly i'm not feeling great just run down tired all the time",
                "[doctor] let me examine you your lungs are clear",
                "[doctor] so for my assessment and plan this is a viral cough"), "CHIEF COMPLAINT"))
                .singleElement().asString().startsWith("Cough");
    }

    @Test
    void theNursesHandoverGivesTheComplaintWithoutItsVitals() {
        assertThat(Visits.lines(Visits.draft("[nurse] doc this is anselm twenty eight here with vomiting and diarrhea "
                        + "temp ninety nine point nine heart rate one hundred and four",
                "[doctor] thanks tell me what's going on",
                "[patient] so the diarrhea started three days ago and then yesterday morning i started throwing up",
                "[doctor] let me examine you your belly is soft",
                "[doctor] so for my assessment and plan this is gastroenteritis"), "CHIEF COMPLAINT"))
                .containsExactly("Vomiting and diarrhea.");
    }
}
