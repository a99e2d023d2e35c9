package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.visit.Problem;

/** A local problem named without its side takes the side of the complaint it explains, never another's. */
class ProblemSideTest {

    @Test
    void aHeelDiagnosisTakesTheSideOfTheHeelThatHurts() {
        var v = Visits.read(
                "[doctor] Good morning, Mr. Example. What brings you in?",
                "[patient] My right heel. It hurts so much in the morning, the first steps out of bed.",
                "[doctor] How long has that been going on?", "[patient] About two months.",
                "[doctor] Let me press here. Tender at the inner part of the heel, where the plantar fascia attaches.",
                "[doctor] That's plantar fasciitis. Stretch the calf twice a day and wear cushioned shoes.");
        assertThat(v.problems()).extracting(Problem::name).contains("Right plantar fasciitis");
    }

    @Test
    void arthritisNamedForTheKneeIsThatKneesArthritis() {
        var v = Visits.read(
                "[doctor] Hi, Ms. Example. Tell me about the knee.",
                "[patient] It's the right knee. It aches going down stairs, and it's stiff in the morning.",
                "[doctor] Any locking or giving way?", "[patient] No.",
                "[doctor] On exam there's crepitus and some bony enlargement.",
                "[doctor] The knee is osteoarthritis, wear and tear. Use the diclofenac gel four times a day.");
        assertThat(v.problems()).extracting(Problem::name).contains("Osteoarthritis of the right knee");
    }

    @Test
    void aShoulderDiagnosisNeverTakesTheSideOfASoreFinger() {
        var v = Visits.read(
                "[doctor] Hello, Mr. Example. What's going on?",
                "[patient] My shoulder hurts when I reach up. And my left finger hurts, it clicks in the mornings.",
                "[doctor] Let me examine you. Painful arc between 60 and 120 degrees.",
                "[doctor] The shoulder is rotator cuff tendinopathy. I'll refer you to physiotherapy.");
        assertThat(v.problems()).extracting(Problem::name).contains("Rotator cuff tendinopathy")
                .noneMatch(n -> n.toLowerCase().contains("left"));
    }

    @Test
    void aSideSaidAloneAfterTheDiagnosisIsItsSide() {
        var v = Visits.read(
                "[doctor] Good afternoon. What brings you in?",
                "[patient] My elbow hurts when I grip things, for about six weeks.",
                "[doctor] Point to the sore spot. Tender on the bony bump on the outside.",
                "[doctor] The elbow is lateral epicondylitis, tennis elbow, on the right. I'll refer you to physio.");
        assertThat(v.problems()).extracting(Problem::name).contains("Right lateral epicondylitis");
    }

    @Test
    void goutOnOneSideIsWrittenWithItsToeNotBeforeIt() {
        var v = Visits.read(
                "[doctor] Morning, Mr. Example. What happened?",
                "[patient] My right big toe. I woke up Saturday and it was red, hot and swollen.",
                "[doctor] Let me look. The joint at the base of the big toe is red, hot and very tender.",
                "[doctor] So for my assessment and plan. Right, so, I'm fairly sure this is gout. Ice it and keep "
                        + "the foot up.");
        assertThat(v.problems()).extracting(Problem::name).anyMatch(n -> n.matches("Gout of the right (?:big )?toe"))
                .noneMatch(n -> n.startsWith("Right gout"));
    }

    @Test
    void aSideWithUpperOrLowerKeepsTheLimbItNames() {
        var v = Visits.read(
                "[doctor] Hello. What brings you in?",
                "[patient] My leg is red and hot where the rose scratched it, since Tuesday.",
                "[doctor] So for my assessment and plan. This is cellulitis of the left lower leg, from the rose "
                        + "scratch. Start cephalexin.");
        assertThat(v.problems()).extracting(Problem::name).contains("Cellulitis, left lower leg");
    }
}
