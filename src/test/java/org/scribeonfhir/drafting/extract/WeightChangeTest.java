package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/** A weight change said with its amount is a symptom with that amount, in raw speech and in clinic speech. */
class WeightChangeTest {

    @Test
    void weightLostWithoutTryingIsReportedWithItsAmount() {
        var note = Visits.draft(
                "[doctor] how's your appetite and weight",
                "[patient] um not really hungry um i've lost like 8 pounds since christmas without trying",
                "[doctor] okay and your sleep", "[patient] bad i wake up at four every morning");
        assertThat(Visits.lines(note, "HISTORY OF PRESENT ILLNESS"))
                .anyMatch(l -> l.contains("unintentional weight loss of 8 lb"))
                .noneMatch(l -> l.contains("denies unintentional weight loss"));
    }

    @Test
    void weightUpOnTheHomeScaleIsWeightGain() {
        var note = Visits.draft(
                "[doctor] Have you been weighing yourself?",
                "[patient] Every morning like you said. The home scale says I'm up about seven pounds in two weeks.",
                "[doctor] Any trouble breathing lying flat?", "[patient] I need two pillows now.");
        assertThat(Visits.lines(note, "HISTORY OF PRESENT ILLNESS")).anyMatch(l -> l.contains("weight gain of 7 lb"));
    }

    @Test
    void aDenialStillReachesAWeightLossItNames() {
        var v = Visits.read("[doctor] Any weight loss?", "[patient] No, I don't think I've lost weight.");
        assertThat(v.symptoms()).noneMatch(s -> s.name().equals("unintentional weight loss") && s.present());
    }

    @Test
    void aChangeOfWeightIsNeverWrittenAsTheWeight() {
        var note = Visits.draft(
                "[doctor] Any change in your weight?",
                "[patient] Up about eight kilos since the menopause. It's all gone on round the middle.",
                "[doctor] And before that?", "[patient] I'd lost weight before, I've put about two kilos back on.");
        assertThat(Visits.lines(note)).noneMatch(l -> l.matches(".*\\b[Ww]eight (?:8|2) kg.*"))
                .anyMatch(l -> l.contains("weight gain of 8 kg"));
    }

    @Test
    void aWeightInStoneKeepsItsUnitAndAWeightUpFromLastTimeIsStillTheWeight() {
        var note = Visits.draft(
                "[doctor] How's your weight?", "[patient] Weight's the same, thirteen stone or so.",
                "[doctor] Let me check you over. Your blood pressure today is one thirty-two over eighty-four and your "
                        + "weight is two hundred twelve pounds, up four from last time.");
        assertThat(Visits.lines(note)).anyMatch(l -> l.contains("weight 13 stone"))
                .anyMatch(l -> l.contains("Weight 212 lb"));
    }
}
