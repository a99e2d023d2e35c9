package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * An exam dictated as a list without a pause — vitals first, then "general … neck … heart … lungs …", or a mental
 * status exam item by item — is written system by system; "good pulses" stays one finding, "shifting weight" is no
 * vital sign.
 */
class TelegraphicExamTest {

    @Test
    void aWholeExamAfterTheVitalsIsWrittenSystemBySystem() {
        var exam = Visits.lines(Visits.draft("[doctor] alright let me have a listen",
                "[doctor] blood pressure one twenty eight over seventy six pulse sixty eight oxygen ninety "
                        + "seven percent "
                        + "general pleasant in no distress neck supple no jvd heart regular rate and rhythm no murmurs "
                        + "lungs clear to auscultation bilaterally abdomen soft nontender extremities no edema"),
                "PHYSICAL EXAM");
        assertThat(exam).contains("• Neck: Neck supple, no JVD.", "• Respiratory: Lungs clear to auscultation "
                + "bilaterally.", "• Gastrointestinal: Abdomen soft nontender.")
                .anyMatch(l -> l.startsWith("• Cardiovascular: Heart regular rate and rhythm, no murmurs."))
                .anyMatch(l -> l.startsWith("• Vitals: Blood pressure 128/76 mmHg"));
    }

    @Test
    void aMentalStatusExamDictatedItemByItemKeepsEveryItem() {
        var exam = String.join(" ", Visits.lines(Visits.draft("[doctor] okay let me note the mental status exam",
                "[doctor] Appearance neat and casually dressed behavior calm and cooperative speech normal rate mood "
                        + "okay affect mildly anxious thought process linear and goal directed thought content no "
                        + "suicidal ideation perception no hallucinations insight and judgment fair."),
                "PHYSICAL EXAM"));
        assertThat(exam).contains("Behavior calm and cooperative.", "Thought process linear and goal directed.",
                "no suicidal ideation", "Perception, no hallucinations.", "Insight and judgment fair.");
    }

    @Test
    void aSpinalExamInOneBreathKeepsTheSideOfItsStraightLegRaise() {
        var exam = String.join(" ", Visits.lines(Visits.draft("[doctor] let me examine your back",
                "[doctor] Back no midline tenderness right paraspinal spasm flexion limited by pain straight leg raise "
                        + "positive on the right at fifty degrees negative on the left sensation intact to light "
                        + "touch."), "PHYSICAL EXAM"));
        assertThat(exam).contains("Flexion limited by pain.", "Straight leg raise positive on the right at 50 degrees "
                + "negative on the left.", "Sensation intact to light touch.").doesNotContain("Vitals");
    }

    @Test
    void goodPulsesInTheFeetStayOneFinding() {
        var exam = String.join(" ", Visits.lines(Visits.draft("[doctor] let me look at the foot",
                "[doctor] the left ankle is swollen and tender over the lateral ligament good pulses in the foot no "
                        + "open skin and the right ankle is normal"), "PHYSICAL EXAM"));
        assertThat(exam).contains("Good pulses in the foot.").containsIgnoringCase("right ankle normal");
    }

    @Test
    void aClearChestAnkleOedemaAndOpticDiscsGoUnderTheirOwnSystems() {
        var exam = Visits.lines(Visits.draft("[doctor] Let me examine you.",
                "[doctor] Heart sounds are regular, no murmur. Chest clear. Mild pitting oedema at both ankles.",
                "[doctor] Let me look in your eyes with the light. Optic discs completely normal on both sides."),
                "PHYSICAL EXAM");
        assertThat(exam).contains("• Respiratory: Chest clear.", "• Eyes: Optic discs completely normal on both sides.")
                .anyMatch(l -> l.startsWith("• Cardiovascular:") && l.contains("Mild pitting oedema at both ankles."));
    }

    @Test
    void aJointFindingDictatedRightAfterTheReadingsIsKept() {
        var exam = Visits.lines(Visits.draft("[patient] My big toe has been throbbing since Friday.",
                "[doctor] Okay, let me take a look at that foot.",
                "[doctor] Blood pressure one fifty-two over eighty-eight pulse seventy-six weight two twenty-eight "
                        + "pounds right first MTP joint red hot swollen exquisitely tender range of motion limited by "
                        + "pain heart regular lungs clear."), "PHYSICAL EXAM");
        assertThat(exam).anyMatch(l -> l.startsWith("• Vitals: Blood pressure 152/88 mmHg"))
                .anyMatch(l -> l.contains("Right first MTP joint red hot swollen exquisitely tender. Range of motion "
                        + "limited by pain."));
    }

    @Test
    void theRhythmOfAPulseStaysWithItsReading() {
        var exam = Visits.lines(Visits.draft("[patient] My heart keeps fluttering.",
                "[doctor] Let me examine you.", "[doctor] Pulse eighty-eight it's irregularly irregular."),
                "PHYSICAL EXAM");
        assertThat(exam).noneMatch(l -> l.contains("It's irregularly"));
    }

    @Test
    void qualitiesSaidOneAfterAnotherAreOneFindingAfterWhatWasSeen() {
        var exam = Visits.lines(Visits.draft("[patient] my shin went red and hot two days ago",
                "[doctor] okay let me examine your leg",
                "[doctor] so let me have a look there's a big patch of redness on the front of the left shin about um "
                        + "about the size of my hand it's warm it's tender it's a bit swollen no blisters no pus no "
                        + "collection that i can feel and the calf is soft and not tender"), "PHYSICAL EXAM");
        assertThat(String.join("\n", exam)).contains("Big patch of redness on the front of the left shin about the "
                + "size of the hand.", "Warm, tender, a bit swollen, no blisters, no pus, no collection.")
                .doesNotContain("let me");
    }
}
