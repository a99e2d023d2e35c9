package org.scribeonfhir.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PastedTranscriptTest {

    @Test
    void labelledLinesReadAsTheSameTurnsAsTaggedOnes() {
        List<Turn> labelled = Transcript.parse("""
                Doctor: What brings you in?
                Patient: A headache, two weeks now.
                It's on the left.
                Dr. Patel: Any nausea?
                Mum: She was sick on Tuesday.
                Nurse Kim: Her temperature is 37.2.
                """);
        List<Turn> tagged = Transcript.parse("""
                [doctor] What brings you in?
                [patient] A headache, two weeks now. It's on the left.
                [doctor] Any nausea?
                [mum] She was sick on Tuesday.
                [nurse] Her temperature is 37.2.
                """);
        assertThat(labelled).isEqualTo(tagged);
    }

    @Test
    void aColonAfterAnythingButARoleStaysInTheTurn() {
        List<Turn> turns = Transcript.parse("""
                [doctor] Let me read the results out.
                Cholesterol: 5.2, and the sugar was fine.
                Patient Smith said: nothing else
                """);
        assertThat(turns).hasSize(1);
        assertThat(turns.get(0).text()).isEqualTo(
                "Let me read the results out. Cholesterol: 5.2, and the sugar was fine. "
                        + "Patient Smith said: nothing else");
    }
}
