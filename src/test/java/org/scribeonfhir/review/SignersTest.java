package org.scribeonfhir.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.drafting.DraftNote;
import org.scribeonfhir.ehr.EncounterContext;
import org.scribeonfhir.ehr.EncounterFacts;
import org.scribeonfhir.ehr.PatientFacts;
import org.scribeonfhir.launch.LaunchConfig;
import org.scribeonfhir.launch.LaunchSession;

class SignersTest {

    static final Draft DRAFT = new Draft(UUID.randomUUID(), "https://ehr/fhir", "p1", "e1", DraftState.EDITED, 2,
            new DraftNote(List.of(), "test"), new LinkedHashMap<>(),
            new EncounterContext(new PatientFacts("p1", "Pat", null, null, null),
                    new EncounterFacts("e1", "in-progress", null, null, null, List.of("Practitioner/att-1")),
                    List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, null, List.of()),
            null, null, Instant.now(), null, Instant.now(), null, null, null, null, null, null, List.of(), null, List.of(), null);

    static LaunchSession user(String fhirUser, LaunchConfig.Signers policy) {
        return new LaunchSession("h", "i", "https://ehr/fhir", LaunchConfig.Vendor.GENERIC, policy, "p1", "e1", fhirUser,
                false, null, null, "csrf", null);
    }

    @Test
    void attendingPractitionerMaySignWhetherTheReferenceIsRelativeOrAbsolute() {
        assertThat(Signers.whyNot(user("Practitioner/att-1", LaunchConfig.Signers.ATTENDING), DRAFT)).isNull();
        assertThat(Signers.whyNot(user("https://ehr/fhir/Practitioner/att-1", LaunchConfig.Signers.ATTENDING), DRAFT))
                .isNull();
    }

    @Test
    void anotherPractitionerMaySignOnlyWhereTheIssuerAllowsAnyPractitioner() {
        assertThat(Signers.whyNot(user("Practitioner/scribe-9", LaunchConfig.Signers.ATTENDING), DRAFT))
                .contains("attending clinician");
        assertThat(Signers.whyNot(user("Practitioner/scribe-9", LaunchConfig.Signers.ANY_PRACTITIONER), DRAFT)).isNull();
    }

    @Test
    void patientsRelatedPersonsAndUnknownUsersNeverSign() {
        assertThat(Signers.whyNot(user("Patient/p1", LaunchConfig.Signers.ANY_PRACTITIONER), DRAFT))
                .contains("signed in as a Patient");
        assertThat(Signers.whyNot(user(null, LaunchConfig.Signers.ANY_PRACTITIONER), DRAFT))
                .contains("did not tell Scribe who you are");
    }
}
