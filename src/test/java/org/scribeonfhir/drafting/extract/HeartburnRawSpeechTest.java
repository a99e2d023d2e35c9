package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/** Heartburn told in raw speech: when it comes, what was asked last, what was chewed. */
class HeartburnRawSpeechTest {

    private static final String[] VISIT = {
        "[patient] so um it's the heartburn it's been like two months maybe a little more it's a burning right here in "
                + "the middle of my chest",
        "[doctor] okay and when does it happen",
        "[patient] mostly at night when i lie down um and after i eat a big dinner and after spicy stuff",
        "[doctor] okay um any nausea or um does food ever get stuck when you swallow",
        "[patient] no food goes down fine it doesn't get stuck", "[doctor] what have you tried so far",
        "[patient] so they had me on the famotidine twice a day but i stopped that like a month ago and now i just "
                + "chew tums like candy"};

    @Test
    void whenItHappensIsItsTimingAndWhatBringsItOn() {
        assertThat(Visits.read(VISIT).symptoms()).anyMatch(s -> s.name().equals("heartburn")
                && "at night".equals(s.timing()) && s.aggravating().contains("spicy stuff"));
    }

    @Test
    void aNoThatTakesUpTheLastQuestionDeniesOnlyThat() {
        var v = Visits.read(VISIT);
        assertThat(v.symptoms()).anyMatch(s -> s.name().equals("dysphagia") && !s.present())
                .noneMatch(s -> s.name().equals("nausea"));
    }

    @Test
    void chewingAntacidsIsNoTobaccoAndARunOnOfItsIsNotCopied() {
        assertThat(Visits.lines(Visits.draft(VISIT))).noneMatch(l -> l.startsWith("Social history"))
                .noneMatch(l -> l.contains("it's a burning"));
    }
}
