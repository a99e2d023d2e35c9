package org.scribeonfhir.drafting.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.Visits;

/**
 * Crushing chest pain on a call: the clinician's worry that the symptoms "indicate the possibility of a heart attack"
 * is the assessment, the ambulance is the disposition, and the ECG the crew will do is theirs, not an order of ours.
 */
class AmbulanceCalledTest {

    private static final String[] VISIT = {"[doctor] What's been going on?",
        "[patient] I've had this crushing pain in my chest for an hour, going down my left arm.",
        "[doctor] I'm worried these symptoms indicate the possibility of a heart attack. I'm going to call an "
                + "ambulance for you now.",
        "[doctor] When they come, they're going to do an ECG and take you to hospital."};

    @Test
    void theWorryIsAPossibleHeartAttackNotAnExacerbation() {
        assertThat(Visits.lines(Visits.draft(VISIT), "ASSESSMENT AND PLAN"))
                .contains("1. Possible myocardial infarction.");
    }

    @Test
    void theCrewsEcgIsNotOrderedHere() {
        List<String> plan = Visits.lines(Visits.draft(VISIT), "ASSESSMENT AND PLAN");
        assertThat(plan).noneMatch(l -> l.contains("Order an EKG"))
                .anyMatch(l -> l.contains("EKG to be done by the receiving team."));
    }
}
