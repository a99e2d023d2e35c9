package org.scribeonfhir.review;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.hl7.fhir.r4.model.DocumentReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scribeonfhir.testsupport.ChartFixtures;
import org.scribeonfhir.testsupport.FakeEhr;
import org.scribeonfhir.testsupport.LaunchFlow;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import ca.uhn.fhir.context.FhirContext;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Editing and signing in the pane, and the exact DocumentReference that reaches the EHR. */
@QuarkusTest
@WithTestResource(FakeEhr.class)
class SignAndWriteBackTest {

    @jakarta.inject.Inject
    javax.sql.DataSource db;

    String encounter;
    LaunchFlow flow;
    String draft;
    String csrf;

    @BeforeEach
    void launched() {
        encounter = ChartFixtures.freshLaunchableEncounter();
        flow = new LaunchFlow();
        draft = flow.launchToDraft(FakeEhr.iss());
        csrf = LaunchFlow.csrf(page().body().asString());
    }

    private Response page() {
        return given().cookie("scribe_session", flow.sessionCookie).get(draft);
    }

    private RequestSpecification form(int version) {
        return form(version, "The patient reports a dry cough for two weeks without fever.", csrf);
    }

    private RequestSpecification form(int version, String hpi) {
        return form(version, hpi, csrf);
    }

    private RequestSpecification form(int version, String hpi, String csrfToken) {
        return given().redirects().follow(false).cookie("scribe_session", flow.sessionCookie)
                .contentType("application/x-www-form-urlencoded")
                .formParam("csrf", csrfToken).formParam("version", version)
                .formParam("attest", "yes").formParam("unreviewed", "confirmed")
                .formParam("section.0", "Dry cough for two weeks.")
                .formParam("section.1", hpi)
                .formParam("section.2", "Constitutional: denies fever.")
                .formParam("section.3", "Blood pressure: 128/82 mmHg.")
                .formParam("section.4", "Hemoglobin A1c: 6.1 % (high), 2026-11-02.")
                .formParam("section.5", "Essential hypertension (I10).\nContinue lisinopril 10 mg daily.");
    }

    private void ehrAcceptsNotes() {
        FakeEhr.server().stubFor(post(urlPathEqualTo("/fhir/DocumentReference")).willReturn(aResponse()
                .withStatus(201).withHeader("Location", FakeEhr.iss() + "/DocumentReference/note-77/_history/1")));
    }

    @Test
    void signingWritesExactlyTheUsCoreDocumentReferenceAndShowsItsId() {
        ehrAcceptsNotes();
        Response signed = form(1).post(draft + "/sign");
        assertThat(signed.statusCode()).as(signed.body().asString()).isEqualTo(303);

        List<LoggedRequest> writes = FakeEhr.server().findAll(postRequestedFor(urlPathEqualTo("/fhir/DocumentReference")));
        assertThat(writes).hasSize(1);
        LoggedRequest write = writes.get(0);
        assertThat(write.getHeader("Authorization")).startsWith("Bearer SECRET-at-");
        String draftId = draft.substring(draft.lastIndexOf('/') + 1);
        assertThat(write.getHeader("If-None-Exist"))
                .isEqualTo("identifier=urn%3Aietf%3Arfc%3A3986%7Curn%3Auuid%3A" + draftId);
        DocumentReference doc = FhirContext.forR4Cached().newJsonParser()
                .parseResource(DocumentReference.class, write.getBodyAsString());
        assertThat(doc.getStatus().toCode()).isEqualTo("current");
        assertThat(doc.getDocStatus().toCode()).isEqualTo("final");
        assertThat(doc.getType().getCodingFirstRep().getSystem()).isEqualTo("http://loinc.org");
        assertThat(doc.getType().getCodingFirstRep().getCode()).isEqualTo("11506-3");
        assertThat(doc.getCategoryFirstRep().getCodingFirstRep().getSystem())
                .isEqualTo("http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category");
        assertThat(doc.getCategoryFirstRep().getCodingFirstRep().getCode()).isEqualTo("clinical-note");
        assertThat(doc.getSubject().getReference()).isEqualTo("Patient/" + ChartFixtures.PATIENT);
        assertThat(doc.getContext().getEncounterFirstRep().getReference()).isEqualTo("Encounter/" + encounter);
        assertThat(doc.getAuthorFirstRep().getReference()).isEqualTo(ChartFixtures.PRACTITIONER);
        assertThat(doc.getAuthenticator().getReference()).isEqualTo(ChartFixtures.PRACTITIONER);
        assertThat(doc.hasDate()).isTrue();
        assertThat(doc.getIdentifierFirstRep().getSystem()).isEqualTo("urn:ietf:rfc:3986");
        assertThat(doc.getIdentifierFirstRep().getValue()).isEqualTo("urn:uuid:" + draftId);
        assertThat(doc.getText().getStatus().toCode()).isEqualTo("generated");
        assertThat(doc.getText().getDivAsString()).startsWith("<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Progress note, "
                + "signed ").contains("<pre>CHIEF COMPLAINT\nDry cough for two weeks.");
        assertThat(doc.getContent()).hasSize(1);
        assertThat(doc.getContentFirstRep().getAttachment().getContentType()).isEqualTo("text/plain; charset=utf-8");
        String text = new String(doc.getContentFirstRep().getAttachment().getData(), StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("""
                CHIEF COMPLAINT
                Dry cough for two weeks.

                HISTORY OF PRESENT ILLNESS
                The patient reports a dry cough for two weeks without fever.

                REVIEW OF SYSTEMS
                Constitutional: denies fever.

                PHYSICAL EXAM
                Blood pressure: 128/82 mmHg.

                RESULTS
                Hemoglobin A1c: 6.1 % (high), 2026-11-02.

                ASSESSMENT AND PLAN
                Essential hypertension (I10).
                Continue lisinopril 10 mg daily.
                """);

        assertThat(doc.getMeta().getSecurityFirstRep().getCode()).isEqualTo("AIAST");

        given().cookie("scribe_session", flow.sessionCookie).get(signed.header("Location")).then().statusCode(200)
                                .body(containsString("<code id=\"written-reference\">DocumentReference/note-77</code>"))
                .body(containsString("<span id=\"provenance-kept\">The EHR did not keep the note's signed Provenance "
                        + "(it answered HTTP 404: it does not accept Provenance); Scribe keeps it"))
                .body(org.hamcrest.Matchers.not(containsString("Sign and write to chart")));
    }

    @Test
    void theNoteGoesWithASignedProvenanceThatVerifiesWithThePublishedKeyAndNotOnceChanged() throws Exception {
        ehrAcceptsNotes();
        FakeEhr.server().stubFor(post(urlPathEqualTo("/fhir/Provenance")).willReturn(aResponse()
                .withStatus(201).withHeader("Location", FakeEhr.iss() + "/Provenance/prov-9/_history/1")));
        form(1).post(draft + "/sign").then().statusCode(303);

        DocumentReference doc = FhirContext.forR4Cached().newJsonParser().parseResource(DocumentReference.class,
                FakeEhr.server().findAll(postRequestedFor(urlPathEqualTo("/fhir/DocumentReference"))).get(0)
                        .getBodyAsString());
        List<LoggedRequest> writes = FakeEhr.server().findAll(postRequestedFor(urlPathEqualTo("/fhir/Provenance")));
        assertThat(writes).hasSize(1);
        org.hl7.fhir.r4.model.Provenance provenance = FhirContext.forR4Cached().newJsonParser()
                .parseResource(org.hl7.fhir.r4.model.Provenance.class, writes.get(0).getBodyAsString());
        assertThat(provenance.getTargetFirstRep().getReference()).isEqualTo("DocumentReference/note-77");
        assertThat(provenance.getAgent()).hasSize(2);
        assertThat(provenance.getAgent().get(0).getType().getCodingFirstRep().getCode()).isEqualTo("author");
        assertThat(provenance.getAgent().get(0).getWho().getReference()).isEqualTo("#drafting-model");
        org.hl7.fhir.r4.model.Device model = (org.hl7.fhir.r4.model.Device) provenance.getContained().get(0);
        assertThat(model.getDeviceNameFirstRep().getName()).isEqualTo("scribe-drafting");
        assertThat(model.getVersionFirstRep().getValue()).matches("\\d+\\.\\d+\\.\\d+");
        assertThat(provenance.getAgent().get(1).getType().getCodingFirstRep().getCode()).isEqualTo("verifier");
        assertThat(provenance.getAgent().get(1).getWho().getReference()).isEqualTo(ChartFixtures.PRACTITIONER);
        org.hl7.fhir.r4.model.Signature signature = provenance.getSignatureFirstRep();
        assertThat(signature.getSigFormat()).isEqualTo("application/jose");
        assertThat(signature.getTargetFormat()).isEqualTo("text/plain; charset=utf-8");
        assertThat(signature.getWho().getReference()).isEqualTo(ChartFixtures.PRACTITIONER);

        // Anyone can check it: the JWS over the attachment's exact bytes, with the key at /.well-known/jwks.json.
        String jws = new String(signature.getData(), StandardCharsets.US_ASCII);
        byte[] text = doc.getContentFirstRep().getAttachment().getData();
        com.nimbusds.jose.jwk.JWKSet published = com.nimbusds.jose.jwk.JWKSet.parse(
                given().get("/.well-known/jwks.json").then().statusCode(200).extract().asString());
        com.nimbusds.jose.JWSObject parsed = com.nimbusds.jose.JWSObject.parse(jws, new com.nimbusds.jose.Payload(text));
        com.nimbusds.jose.jwk.ECKey key = (com.nimbusds.jose.jwk.ECKey) published.getKeyByKeyId(parsed.getHeader()
                .getKeyID());
        assertThat(key.isPrivate()).isFalse();
        assertThat(parsed.verify(new com.nimbusds.jose.crypto.ECDSAVerifier(key))).isTrue();
        com.nimbusds.jose.JWSObject changed = com.nimbusds.jose.JWSObject.parse(jws, new com.nimbusds.jose.Payload(
                new String(text, StandardCharsets.UTF_8).replace("Dry cough", "Wet cough")
                        .getBytes(StandardCharsets.UTF_8)));
        assertThat(changed.verify(new com.nimbusds.jose.crypto.ECDSAVerifier(key))).isFalse();

        given().cookie("scribe_session", flow.sessionCookie).get(draft).then().statusCode(200)
                .body(containsString("<code id=\"provenance-reference\">Provenance/prov-9</code>"));
    }

    @Test
    void saveWithoutTheCsrfTokenIsRefusedAndTheTextIsShownBack() {
        given().redirects().follow(false).cookie("scribe_session", flow.sessionCookie)
                .contentType("application/x-www-form-urlencoded")
                .formParam("version", 1).formParam("section.1", "Typed by the scribe, not lost.")
                .post(draft).then().statusCode(403)
                .body(containsString("This form could not be accepted"))
                .body(containsString("Typed by the scribe, not lost."));
        form(1, "Typed by the scribe", "wrong").post(draft).then().statusCode(403);
        page().then().body(org.hamcrest.Matchers.not(containsString("Typed by the scribe")));
    }

    @Test
    void signWithoutTheCsrfTokenWritesNothing() {
        ehrAcceptsNotes();
        given().redirects().follow(false).cookie("scribe_session", flow.sessionCookie)
                .contentType("application/x-www-form-urlencoded").formParam("version", 1)
                .post(draft + "/sign").then().statusCode(403);
        FakeEhr.server().verify(0, postRequestedFor(urlPathEqualTo("/fhir/DocumentReference")));
    }

    @Test
    void failedWriteKeepsTheSignedTextAndCanBeRetriedWithTheSameIdentifier() {
        FakeEhr.server().stubFor(post(urlPathEqualTo("/fhir/DocumentReference")).willReturn(FakeEhr.fhir(500,
                "{\"resourceType\": \"OperationOutcome\"}")));
        form(1).post(draft + "/sign").then().statusCode(502)
                .body(containsString("The EHR answered HTTP 500 when we asked for saving the signed note"))
                .body(containsString("Back to the draft (your text is saved)"))
                .body(containsString("The patient reports a dry cough for two weeks without fever."));

        page().then().statusCode(200)
                .body(containsString("write-failed"))
                .body(containsString("The patient reports a dry cough for two weeks without fever."))
                .body(containsString("press Sign again to retry"));

        ehrAcceptsNotes();
        form(2).post(draft + "/sign").then().statusCode(303);
        List<LoggedRequest> writes = FakeEhr.server().findAll(postRequestedFor(urlPathEqualTo("/fhir/DocumentReference")));
        assertThat(writes).hasSize(2);
        assertThat(writes.get(1).getHeader("If-None-Exist")).isEqualTo(writes.get(0).getHeader("If-None-Exist"));
        page().then().body(containsString("DocumentReference/note-77"));
    }

    @Test
    void aNoteTheEhrStoredWithoutConfirmingIsFoundBeforeARetryAndNeverWrittenTwice() {
        FakeEhr.server().stubFor(post(urlPathEqualTo("/fhir/DocumentReference")).willReturn(FakeEhr.fhir(500,
                "{\"resourceType\": \"OperationOutcome\"}")));
        form(1).post(draft + "/sign").then().statusCode(502);
        // The EHR did store it (the answer was lost): searching for the draft's identifier finds it.
        String draftId = draft.substring(draft.lastIndexOf('/') + 1);
        FakeEhr.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo(
                "/fhir/DocumentReference")).withQueryParam("identifier", com.github.tomakehurst.wiremock.client.WireMock
                        .equalTo("urn:ietf:rfc:3986|urn:uuid:" + draftId))
                .willReturn(FakeEhr.fhir(200, "{\"resourceType\": \"Bundle\", \"type\": \"searchset\", \"entry\": "
                        + "[{\"resource\": {\"resourceType\": \"DocumentReference\", \"id\": \"note-stored\", "
                        + "\"status\": \"current\", \"identifier\": [{\"system\": \"urn:ietf:rfc:3986\", "
                        + "\"value\": \"urn:uuid:" + draftId + "\"}]}}]}")));
        ehrAcceptsNotes();

        form(2).post(draft + "/sign").then().statusCode(303);
        assertThat(FakeEhr.server().findAll(postRequestedFor(urlPathEqualTo("/fhir/DocumentReference")))).hasSize(1);
        page().then().body(containsString("<code id=\"written-reference\">DocumentReference/note-stored</code>"));
    }

    @Test
    void signingInterruptedByAnAppStopCanBeRetried() throws Exception {
        String id = draft.substring(draft.lastIndexOf('/') + 1);
        try (var c = db.getConnection(); var ps = c.prepareStatement("update draft set state = 'signed', "
                + "signed_at = now() - interval '5 minutes' where id = ?::uuid")) {
            ps.setString(1, id);
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
        page().then().statusCode(200).body(containsString("write-failed"))
                .body(containsString("Signing was interrupted before the EHR confirmed the note"))
                .body(containsString("Sign and write to chart"));
        ehrAcceptsNotes();
        form(1).post(draft + "/sign").then().statusCode(303);
        page().then().body(containsString("DocumentReference/note-77"));
    }

    @Test
    void staleSaveShowsBothTextsAndOverwritesNothing() {
        form(1, "First editor's text.").post(draft).then().statusCode(303);
        form(1, "Second editor's text.").post(draft).then().statusCode(409)
                .body(containsString("Someone else saved this draft while you were editing"))
                .body(containsString("First editor&#39;s text."))
                .body(containsString("Second editor&#39;s text."));
        page().then().body(containsString("First editor&#39;s text.")).body(containsString("Saved version 2"));
    }

    @Test
    void aUserWhoIsNotAPractitionerCannotSign() {
        FakeEhr.server().resetAll();
        String enc = ChartFixtures.newEncounter();
        FakeEhr.stubSmart(ChartFixtures.PATIENT, enc, "RelatedPerson/fx-rp-1");
        ChartFixtures.stubChart(enc);
        LaunchFlow other = new LaunchFlow();
        String otherDraft = other.launchToDraft(FakeEhr.iss());
        String page = given().cookie("scribe_session", other.sessionCookie).get(otherDraft).body().asString();
        assertThat(page).doesNotContain("Sign and write to chart").contains("Only a clinician (a FHIR Practitioner)");
        given().redirects().follow(false).cookie("scribe_session", other.sessionCookie)
                .contentType("application/x-www-form-urlencoded").formParam("csrf", LaunchFlow.csrf(page))
                .formParam("version", 1).formParam("section.1", "kept")
                .post(otherDraft + "/sign").then().statusCode(403).body(containsString("You cannot sign this note"))
                .body(containsString("kept"));
        FakeEhr.server().verify(0, postRequestedFor(urlPathEqualTo("/fhir/DocumentReference")));
    }

    @Test
    void anotherLaunchCannotSeeThisDraft() {
        ChartFixtures.freshLaunchableEncounter();
        LaunchFlow other = new LaunchFlow();
        other.launchToDraft(FakeEhr.iss());
        given().cookie("scribe_session", other.sessionCookie).get(draft).then().statusCode(404)
                .body(containsString("This draft is not part of your launch"));
        given().cookie("scribe_session", other.sessionCookie).get("/drafts/not-a-uuid").then().statusCode(404);
    }

    @Test
    void relaunchingTheEncounterReopensTheSameDraftWithItsEdits() {
        form(1, "Edited before the relaunch.").post(draft).then().statusCode(303);
        FakeEhr.stubSmart(ChartFixtures.PATIENT, encounter, ChartFixtures.PRACTITIONER);
        LaunchFlow again = new LaunchFlow();
        assertThat(again.launchToDraft(FakeEhr.iss())).isEqualTo(draft);
        given().cookie("scribe_session", again.sessionCookie).get(draft).then()
                .body(containsString("Edited before the relaunch."));
    }

    @Test
    void pastedTranscriptReplacesTheEhrsAndShowsItsTurns() {
        given().redirects().follow(false).cookie("scribe_session", flow.sessionCookie)
                .multiPart("csrf", csrf).multiPart("text", "[doctor] what brings you in?\n[patient] my knee <script>alert(1)</script> hurts")
                .post(draft + "/transcript").then().statusCode(303);
        page().then().body(containsString("my knee &lt;script&gt;alert(1)&lt;/script&gt; hurts"))
                .body(containsString("Source: pasted"))
                .body(org.hamcrest.Matchers.not(containsString("<script>alert(1)")));
    }

    @Test
    void emptyOrBinaryTranscriptsAreRefusedWithAReason() throws Exception {
        given().redirects().follow(false).cookie("scribe_session", flow.sessionCookie)
                .multiPart("csrf", csrf).multiPart("text", "   ")
                .post(draft + "/transcript").then().statusCode(400).body(containsString("The transcript is empty"));
        java.nio.file.Path binary = java.nio.file.Files.createTempFile("garbage", ".bin");
        java.nio.file.Files.write(binary, new byte[] { (byte) 0xff, (byte) 0xfe, 0, 1, 2, (byte) 0xc3 });
        given().redirects().follow(false).cookie("scribe_session", flow.sessionCookie)
                .multiPart("csrf", csrf).multiPart("file", binary.toFile(), "application/octet-stream")
                .post(draft + "/transcript").then().statusCode(415)
                .body(containsString("That file is not a text transcript"));
    }
}
