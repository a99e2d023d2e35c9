package org.scribeonfhir.launch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a launch session can tell from the scopes the EHR granted. */
class LaunchSessionTest {

    private static LaunchSession granted(String scope) {
        return new LaunchSession("h", "i", "https://ehr.example/fhir", LaunchConfig.Vendor.GENERIC, null, "p", "e",
                "Practitioner/1", false, null, scope, "csrf", null);
    }

    @Test
    void v2CreateScopesOnNotesOrEverythingAllowWritingNotes() {
        assertThat(granted("launch openid fhirUser patient/*.rs user/DocumentReference.c").mayWriteNotes()).isTrue();
        assertThat(granted("patient/DocumentReference.cruds").mayWriteNotes()).isTrue();
        assertThat(granted("user/*.cud").mayWriteNotes()).isTrue();
        assertThat(granted("patient/DocumentReference.c?category=clinical-note").mayWriteNotes()).isTrue();
    }

    @Test
    void v1WriteScopesAllowWritingNotes() {
        assertThat(granted("launch user/DocumentReference.write").mayWriteNotes()).isTrue();
        assertThat(granted("user/*.*").mayWriteNotes()).isTrue();
    }

    @Test
    void readOnlyOrOtherResourceScopesDoNot() {
        assertThat(granted("launch openid fhirUser patient/*.rs").mayWriteNotes()).isFalse();
        assertThat(granted("user/DocumentReference.rs user/Observation.c").mayWriteNotes()).isFalse();
        assertThat(granted("user/DocumentReference.read").mayWriteNotes()).isFalse();
    }

    @Test
    void anEhrThatDoesNotSayWhatItGrantedIsNotJudged() {
        assertThat(granted(null).mayWriteNotes()).isNull();
        assertThat(granted(" ").mayWriteNotes()).isNull();
    }
}
