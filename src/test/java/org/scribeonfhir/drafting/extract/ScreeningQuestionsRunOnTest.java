package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.visit.Allergy;
import org.scribeonfhir.drafting.visit.Presence;
import org.scribeonfhir.drafting.visit.Symptom;
import org.scribeonfhir.drafting.visit.VisitModel;

/**
 * Red flags and allergies asked without punctuation, after "I'm gonna ask a few important ones" or a remark, are
 * questions; "nope nope and nope" denies each; a "private area" is no vagina in a man; "my whole face swelled up"
 * is facial swelling.
 */
class ScreeningQuestionsRunOnTest {

    @Test
    void redFlagsAnnouncedAndRunTogetherAreEachDenied() {
        VisitModel v = Visits.read("[patient] i hurt my back lifting a case at work he said",
                "[doctor] okay i'm gonna ask a few important ones any numbness around your private area like where "
                        + "you'd sit on a saddle any trouble starting your pee or holding your pee any accidents with "
                        + "your bowels",
                "[patient] nope nope and nope none of that");
        assertThat(v.symptoms()).filteredOn(s -> s.name().matches("saddle anesthesia|urinary hesitancy|"
                + "urinary incontinence|fecal incontinence")).hasSize(4).allMatch(s -> s.presence() == Presence.DENIED);
        assertThat(v.symptoms()).extracting(Symptom::name).noneMatch(n -> n.contains("vagina"));
    }

    @Test
    void allergiesAskedAfterARemarkGetTheirReaction() {
        VisitModel v = Visits.read("[doctor] okay i'd rather you not take other people's pills but i appreciate you "
                        + "telling me any allergies to medicines",
                "[patient] sulfa the bactrim one my whole face swelled up when i was like twenty");
        assertThat(v.allergies()).extracting(Allergy::reaction).contains("facial swelling");
    }

    @Test
    void aStatementBeforeAnAllergyProbeIsNotAsked() {
        VisitModel v = Visits.read("[patient] the gp gave me naproxen in the summer but i never picked it up",
                "[doctor] okay so you're not taking naproxen any allergies",
                "[patient] no");
        assertThat(Visits.lines(Visits.draft("[patient] the gp gave me naproxen in the summer but i never picked it up",
                "[doctor] okay so you're not taking naproxen any allergies", "[patient] no")))
                .noneMatch(l -> l.startsWith("Current medications") && l.contains("naproxen"));
        assertThat(v.medications()).noneMatch(m -> m.drug().equals("naproxen") && "current".equals(m.action()));
    }

    @Test
    void aDoseCorrectedWhileSaidIsTheSumAndNotRestated() {
        var note = Visits.draft("[doctor] what have you taken for it",
                "[patient] ibuprofen um i been taking four hundred so two of the two hundreds three times a day wait "
                        + "no it was three of them so six hundred three times a day and it takes the edge "
                        + "off a little");
        assertThat(Visits.lines(note)).contains("Current medications: ibuprofen 600 mg three times daily.")
                .noneMatch(l -> l.contains("603") || l.contains("wait no"));
    }
}
