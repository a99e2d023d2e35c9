package org.scribeonfhir.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.client.interceptor.BearerTokenAuthInterceptor;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import io.quarkus.test.junit.QuarkusTest;

/** The sandbox as the app's own HAPI generic client sees it (the ehr package reads it this way). */
@QuarkusTest
class HapiClientCompatibilityTest {

    private IGenericClient client;

    @BeforeEach
    void connect() {
        FhirContext ctx = FhirContext.forR4Cached();
        ctx.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
        client = ctx.newRestfulGenericClient(SandboxFlow.FHIR);
        client.registerInterceptor(new BearerTokenAuthInterceptor(SandboxFlow.accessToken(
                "launch openid fhirUser patient/*.rs user/DocumentReference.c", "sbx-prac-01", "sbx-pat-01",
                "sbx-enc-01")));
    }

    @Test
    void encounterReaderQueriesFindVitalsAndTheTranscript() {
        Patient patient = client.read().resource(Patient.class).withId("sbx-pat-01").execute();
        assertEquals("1", patient.getMeta().getVersionId());

        Bundle vitals = client.search().forResource(Observation.class)
                .where(Observation.PATIENT.hasId("sbx-pat-01"))
                .and(Observation.CATEGORY.exactly().code("vital-signs"))
                .sort().descending(Observation.DATE).count(50)
                .returnBundle(Bundle.class).execute();
        assertEquals(6, vitals.getTotal());

        Bundle transcripts = client.search().forResource(DocumentReference.class)
                .where(DocumentReference.PATIENT.hasId("sbx-pat-01"))
                .and(DocumentReference.ENCOUNTER.hasId("sbx-enc-01"))
                .and(DocumentReference.TYPE.exactly().systemAndCode(SandboxSeed.TRANSCRIPT_TYPE_SYSTEM,
                        "visit-transcript"))
                .returnBundle(Bundle.class).execute();
        assertEquals(1, transcripts.getTotal());
        String text = new String(((DocumentReference) transcripts.getEntryFirstRep().getResource())
                .getContentFirstRep().getAttachment().getData(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("[doctor] good morning jordan"));
    }

    @Test
    void conditionalCreateThroughHapiCreatesOnce() {
        String identifier = "hapi-" + UUID.randomUUID();
        DocumentReference note = (DocumentReference) FhirContext.forR4Cached().newJsonParser()
                .parseResource(SandboxFlow.note("sbx-pat-01", "sbx-enc-01", "Written through HAPI.", identifier));
        MethodOutcome first = client.create().resource(note).conditional()
                .where(DocumentReference.IDENTIFIER.exactly().systemAndIdentifier("urn:scribe-on-fhir:test:draft",
                        identifier)).execute();
        MethodOutcome second = client.create().resource(note).conditional()
                .where(DocumentReference.IDENTIFIER.exactly().systemAndIdentifier("urn:scribe-on-fhir:test:draft",
                        identifier)).execute();
        assertTrue(first.getCreated());
        assertNull(second.getCreated(), "HAPI reports no creation for a 200 answer");
        assertEquals(first.getId().getIdPart(), second.getId().getIdPart());
        assertEquals("1", first.getId().getVersionIdPart());
    }

    @Test
    void forbiddenReadSurfacesAsHapiForbiddenException() {
        assertThrows(ForbiddenOperationException.class,
                () -> client.read().resource(Patient.class).withId("sbx-pat-02").execute());
    }
}
