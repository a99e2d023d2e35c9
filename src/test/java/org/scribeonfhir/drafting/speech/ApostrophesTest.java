package org.scribeonfhir.drafting.speech;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/** A recogniser that writes "dont", "ive" and "ill put you on" without the apostrophe. */
class ApostrophesTest {

    @Test
    void contractionsWithoutTheirApostropheAreReadAsContractions() {
        Dialogue d = Visits.dialogue("[doctor] any chest pain", "[patient] no i havent and ive never smoked",
                "[doctor] ill put you on something and its nothing serious");
        assertThat(d.utterances().get(1).text()).isEqualTo("no i haven't and i've never smoked");
        assertThat(d.utterances().get(2).text()).isEqualTo("i'll put you on something and it's nothing serious");
    }

    @Test
    void itsAndIllStayWordsInATranscriptThatHasApostrophes() {
        Dialogue d = Visits.dialogue("[doctor] I'm sorry you've been ill. The rash and its itch will settle.",
                "[patient] I dont think so.");
        assertThat(d.utterances()).extracting(Utterance::text).containsExactly("I'm sorry you've been ill.",
                "The rash and its itch will settle.", "I don't think so.");
    }

    @Test
    void aDenialSaidWithoutItsApostropheIsStillADenial() {
        var visit = Visits.read("[doctor] any chest pain or shortness of breath",
                "[patient] no i havent had any chest pain and i dont get short of breath");
        assertThat(visit.symptoms()).isNotEmpty()
                .allMatch(s -> s.presence() == org.scribeonfhir.drafting.visit.Presence.DENIED);
    }
}
