package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;
import org.scribeonfhir.drafting.visit.Presence;

/** A yes to a list of symptoms, then each asked on its own: the patient's own words about each one win. */
class ListQuestionTest {

    private static final String[] VISIT = {
        "[doctor] Did you have any other symptoms? Any chest pain, temperature, cold symptoms, anything like that?",
        "[patient] Yeah, so I have a cough and I have a fever. I used to walk to work but recently I can't because I "
                + "feel very short of breath.",
        "[doctor] OK. And any chest pain?", "[patient] No chest pain, no."};

    @Test
    void aChestPainDeniedOnItsOwnIsNotTakenFromAYesToTheList() {
        assertThat(Visits.read(VISIT).symptoms()).anyMatch(s -> s.name().equals("chest pain")
                && s.presence() == Presence.DENIED);
    }

    @Test
    void shortOfBreathAfterICantBecauseIsPresent() {
        assertThat(Visits.read(VISIT).symptoms()).anyMatch(s -> s.name().equals("shortness of breath")
                && s.presence() == Presence.PRESENT);
    }

    @Test
    void aComplaintSaidOutrightIsNotWeakenedByAYesToAListThatRepeatsIt() {
        var v = Visits.read("[patient] I've had chest pain since Sunday.",
                "[doctor] Any chest pain, temperature, cold symptoms, anything like that?", "[patient] Yeah.",
                "[doctor] Any chest pain when you lie flat?", "[patient] No chest pain then, no.");
        assertThat(v.symptoms()).anyMatch(s -> s.name().equals("chest pain") && s.presence() == Presence.PRESENT);
    }
}
