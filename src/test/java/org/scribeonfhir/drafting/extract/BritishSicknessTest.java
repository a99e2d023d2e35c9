package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.visit.Presence;
import org.scribeonfhir.drafting.visit.Symptom;
import org.scribeonfhir.drafting.visit.VisitModel;

/**
 * "Sick" as a British visit means it: "I was sick once on the Saturday" is one episode of vomiting and "did you feel
 * sick?" asks about nausea, while an American "I was sick last week" stays being ill. An episode counted is written
 * with its count.
 */
class BritishSicknessTest {

    private static final String[] UK = {"[doctor] Hello, it's Dr Reyes from the surgery. Your mum said you've had "
            + "tummy pain?",
        "[patient] Yes, since Friday. I took some paracetamol but it didn't touch it.",
        "[doctor] Did you feel sick?",
        "[patient] Very sick, and I was sick once, on the Saturday. Not since.",
        "[doctor] Any diarrhoea?",
        "[patient] No."};

    private static Symptom symptom(VisitModel m, String name) {
        return m.symptoms().stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
    }

    @Test
    void beingSickInABritishVisitIsVomitingWithItsCount() {
        Symptom vomiting = symptom(Visits.read(UK), "vomiting");
        assertThat(vomiting).isNotNull();
        assertThat(vomiting.presence()).isEqualTo(Presence.PRESENT);
        assertThat(vomiting.timing()).isEqualTo("once");
    }

    @Test
    void feelingSickInABritishVisitIsNausea() {
        assertThat(symptom(Visits.read(UK), "nausea")).isNotNull();
        assertThat(symptom(Visits.read(UK), "malaise")).isNull();
    }

    @Test
    void theCountIsWrittenWithTheEpisode() {
        List<String> lines = Visits.lines(Visits.draft(UK));
        assertThat(lines).anyMatch(l -> l.contains("vomiting once"));
    }

    @Test
    void anAmericanWhoWasSickWasNotVomiting() {
        VisitModel m = Visits.read("[doctor] What brings you in?",
                "[patient] I was sick last week with a cold and now my ear hurts.");
        assertThat(symptom(m, "vomiting")).isNull();
    }
}
