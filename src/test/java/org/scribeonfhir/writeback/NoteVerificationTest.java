package org.scribeonfhir.writeback;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Provenance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scribeonfhir.testsupport.ChartFixtures;
import org.scribeonfhir.testsupport.FakeEhr;
import org.scribeonfhir.testsupport.Pane;

import ca.uhn.fhir.context.FhirContext;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** A signed note verified later: the text in the chart against the JWS of its Provenance (the EHR's or ours). */
@QuarkusTest
@WithTestResource(FakeEhr.class)
class NoteVerificationTest {

    static final FhirContext FHIR = FhirContext.forR4Cached();

    Pane pane;

    @BeforeEach
    void signedANote() {
        ChartFixtures.freshLaunchableEncounter();
        FakeEhr.server().stubFor(post(urlPathEqualTo("/fhir/DocumentReference")).willReturn(aResponse()
                .withStatus(201).withHeader("Location", FakeEhr.iss() + "/DocumentReference/note-5/_history/1")));
        pane = Pane.open();
    }

    private void sign() {
        pane.form(1, java.util.Map.of(0, "Dry cough.", 5, "Acute bronchitis.\nRest and fluids."))
                .formParam("attest", "yes").formParam("unreviewed", "confirmed").post(pane.draft + "/sign")
                .then().statusCode(303);
    }

    private DocumentReference written() {
        DocumentReference doc = FHIR.newJsonParser().parseResource(DocumentReference.class, FakeEhr.server()
                .findAll(postRequestedFor(urlPathEqualTo("/fhir/DocumentReference"))).get(0).getBodyAsString());
        doc.setId("note-5");
        return doc;
    }

    private void ehrHolds(DocumentReference doc, Provenance... provenances) {
        ehrHolds("note-5", doc, provenances);
    }

    private void ehrHolds(String id, DocumentReference doc, Provenance... provenances) {
        FakeEhr.server().stubFor(get(urlPathEqualTo("/fhir/DocumentReference/" + id)).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/fhir+json")
                .withBody(FHIR.newJsonParser().encodeResourceToString(doc))));
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET);
        for (Provenance p : provenances) {
            bundle.addEntry().setResource(p);
        }
        FakeEhr.server().stubFor(get(urlPathEqualTo("/fhir/Provenance")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/fhir+json")
                .withBody(FHIR.newJsonParser().encodeResourceToString(bundle))));
    }

    private RequestSpecification verify() {
        return pane.browser().accept("application/json").queryParam("documentReference", "DocumentReference/note-5");
    }

    @Test
    void theNoteAsSignedVerifiesAndAChangedNoteDoesNot() {
        FakeEhr.server().stubFor(post(urlPathEqualTo("/fhir/Provenance")).willReturn(aResponse()
                .withStatus(201).withHeader("Location", FakeEhr.iss() + "/Provenance/prov-5/_history/1")));
        sign();
        Provenance provenance = FHIR.newJsonParser().parseResource(Provenance.class, FakeEhr.server()
                .findAll(postRequestedFor(urlPathEqualTo("/fhir/Provenance"))).get(0).getBodyAsString());
        DocumentReference doc = written();
        ehrHolds(doc, provenance);
        verify().get("/api/notes/verify").then().statusCode(200).header("Cache-Control", "no-store")
                .body("verified", equalTo(true))
                .body("provenance", equalTo("the EHR's Provenance"))
                .body("signedBy", equalTo(ChartFixtures.PRACTITIONER));

        doc.getContentFirstRep().getAttachment().setData(new String(doc.getContentFirstRep().getAttachment().getData(),
                StandardCharsets.UTF_8).replace("Rest and fluids.", "Start azithromycin.").getBytes(StandardCharsets.UTF_8));
        ehrHolds(doc, provenance);
        verify().get("/api/notes/verify").then().statusCode(200)
                .body("verified", equalTo(false))
                .body("reason", containsString("changed after signing"));
    }

    @Test
    void whenTheEhrDidNotKeepTheProvenanceOurSignedCopyVerifiesTheNote() {
        sign(); // the fake EHR answers 404 to the Provenance write
        ehrHolds(written());
        verify().get("/api/notes/verify").then().statusCode(200)
                .body("verified", equalTo(true))
                .body("provenance", containsString("Scribe keeps"));
    }

    @Test
    void aNoteNeverSignedInScribeIsNotVerifiedAndABadReferenceIsRefused() {
        ehrHolds("never-signed", new DocumentReference().addContent(new DocumentReference
                .DocumentReferenceContentComponent().setAttachment(new org.hl7.fhir.r4.model.Attachment()
                        .setData("x".getBytes(StandardCharsets.UTF_8)))));
        pane.browser().accept("application/json").queryParam("documentReference", "DocumentReference/never-signed")
                .get("/api/notes/verify").then().statusCode(200)
                .body("verified", equalTo(false))
                .body("reason", containsString("no signed Provenance"));
        pane.browser().accept("application/json").queryParam("documentReference", "Patient/1")
                .get("/api/notes/verify").then().statusCode(400)
                .body("type", equalTo("urn:scribe-on-fhir:problem:not-a-note-reference"));
        given().accept("application/json").queryParam("documentReference", "DocumentReference/note-5")
                .get("/api/notes/verify").then().statusCode(401);
    }
}
