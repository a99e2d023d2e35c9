package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.visit.Presence;
import org.scribeonfhir.drafting.visit.Symptom;
import org.scribeonfhir.drafting.visit.VisitModel;

/**
 * A list of symptoms asked in one breath and answered item by item ("Ice! … Legs, no."; "The brain fog, yes…
 * Dryness, a bit. Joints are fine. Waterworks fine."): each item takes its own answer, also when the list is said
 * as examples after the question.
 */
class ItemByItemAnswersTest {

    private static final String[] VISIT = {"[doctor] What brings you in today?",
        "[patient] I'm so tired, since about Easter.",
        "[doctor] Any craving to chew ice, or restless legs at night?",
        "[patient] Ice! How did you know? I crunch the ice from the drinks machine all day. Legs, no.",
        "[doctor] Any other changes? Some women notice aching joints, vaginal dryness, trouble with their "
                + "waterworks, or brain fog.",
        "[patient] The brain fog, yes, I walked into the cupboard and couldn't remember why. Dryness, a bit, if "
                + "I'm honest. Joints are fine. Waterworks fine.",
        "[doctor] Any chest pain, fevers, coloured phlegm?",
        "[patient] No fevers, no phlegm. My chest feels tight sometimes, but it's not a pain."};

    private static Presence presence(VisitModel m, String name) {
        return m.symptoms().stream().filter(s -> s.name().equals(name)).map(Symptom::presence).findFirst()
                .orElse(null);
    }

    @Test
    void eachItemOfTheListTakesTheAnswerSaidWithItsWord() {
        VisitModel m = Visits.read(VISIT);
        assertThat(presence(m, "pica")).isEqualTo(Presence.PRESENT);
        assertThat(presence(m, "restless legs")).isEqualTo(Presence.DENIED);
        assertThat(presence(m, "fever")).isEqualTo(Presence.DENIED);
    }

    @Test
    void examplesSaidAfterTheQuestionAreAskedToo() {
        VisitModel m = Visits.read(VISIT);
        assertThat(presence(m, "vaginal dryness")).isEqualTo(Presence.PRESENT);
        assertThat(presence(m, "arthralgia")).isEqualTo(Presence.DENIED);
        assertThat(presence(m, "urinary symptoms")).isEqualTo(Presence.DENIED);
    }

    @Test
    void anItemWhoseAnswerNamesSomethingElseIsNotAnsweredByIt() {
        VisitModel m = Visits.read(VISIT);
        // "My chest feels tight sometimes": the tightness, not a yes to chest pain
        assertThat(presence(m, "chest pain")).isNotEqualTo(Presence.PRESENT);
        assertThat(presence(m, "chest tightness")).isEqualTo(Presence.PRESENT);
    }
}
