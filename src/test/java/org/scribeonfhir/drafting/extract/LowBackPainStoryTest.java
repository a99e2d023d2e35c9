package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * A back-pain visit told the way patients tell it: "my back's killing me", an episode of "before" years ago, the
 * red flags asked in lay words, tablets counted by strength, a wife's own back, two symptoms with their own times.
 */
class LowBackPainStoryTest {

    private static final String[] VISIT = {"[doctor] Morning Wilbur, how was the fishing trip?",
        "[patient] Wet. And my back's killing me, I can barely sit.",
        "[doctor] Tell me what happened.",
        "[patient] Five days ago I lifted the outboard motor off the trailer and felt something go low down.",
        "[doctor] Have you had back pain before?", "[patient] Once, eight years ago, after a house move.",
        "[doctor] Any numbness or tingling between your legs, where you'd sit on a saddle?", "[patient] No, none.",
        "[doctor] What have you taken for it?", "[patient] Tylenol, two extra strength, three times a day.",
        "[doctor] Let me examine you. Tender over the lower back muscles on the left, with spasm.",
        "[doctor] This is a muscle strain. Keep moving and use heat."};

    @Test
    void aBackThatIsKillingHimIsTheComplaintAndTheEpisodeBeforeIsNotItsOnset() {
        var note = Visits.draft(VISIT);
        assertThat(Visits.lines(note, "CHIEF COMPLAINT")).containsExactly("Low back pain.");
        assertThat(String.join("\n", Visits.lines(note, "HISTORY OF PRESENT ILLNESS")))
                .contains("started 5 days ago").doesNotContain("8 years ago");
    }

    @Test
    void numbnessBetweenTheLegsDeniedIsSaddleAnesthesiaNotANumbKnee() {
        assertThat(String.join("\n", Visits.lines(Visits.draft(VISIT), "REVIEW OF SYSTEMS")))
                .contains("Denies saddle anesthesia").doesNotContain("numbness of");
    }

    @Test
    void tabletsCountedByTheirStrengthAreNotMilligrams() {
        assertThat(String.join("\n", Visits.lines(Visits.draft(VISIT), "HISTORY OF PRESENT ILLNESS")))
                .contains("Tylenol (acetaminophen) three times daily").doesNotContain("2 mg");
    }

    @Test
    void aWifesOwnBackIsNotThePatients() {
        List<String> hpi = Visits.lines(Visits.draft("[doctor] What brings you in, Mr Pratt?",
                "[patient] This cough, three weeks now.", "[doctor] And how are you keeping, Mrs Pratt?",
                "[spouse] Oh, I'm fine. My back's been killing me from the gardening, but that's me, not him."),
                "HISTORY OF PRESENT ILLNESS");
        assertThat(String.join("\n", hpi)).contains("cough").doesNotContain("back pain");
    }

    @Test
    void eachSymptomKeepsItsOwnTimeWhenBothAreSaidTogether() {
        String said = "okay so diarrhea for 4 days and the vomiting since yesterday how many times";
        assertThat(Attributes.duration(Attributes.clause(said, said.indexOf("diarrhea")))).isEqualTo("4 days");
        assertThat(Attributes.duration(Attributes.clause(said, said.indexOf("vomiting")))).isNull();
        assertThat(Attributes.onset(Attributes.clause(said, said.indexOf("vomiting")))).isEqualTo("since yesterday");
    }
}
