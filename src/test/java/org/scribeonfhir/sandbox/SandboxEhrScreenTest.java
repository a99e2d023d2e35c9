package org.scribeonfhir.sandbox;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SandboxEhrScreenTest {

    @Test
    void screenListsTheFiveSeededPatientsAndSaysItIsSynthetic() {
        given().get("/sandbox")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("Sandbox EHR"))
                .body(containsString("synthetic data"))
                .body(containsString("Jordan Testwell"))
                .body(containsString("Marcus Mockley"))
                .body(containsString("Dana Fakename"))
                .body(containsString("Leah Placeholder"))
                .body(containsString("Gloria Sampleton"))
                .body(containsString("/static/sandbox.css"))
                .body(not(containsString("<style")))
                .body(not(containsString("scribe-frame")));
    }

    @Test
    void chartShowsProblemsVitalsLabsMedsAndAllergiesOfTheEncounter() {
        given().queryParam("patient", "sbx-pat-03").queryParam("encounter", "sbx-enc-03")
                .get("/sandbox")
                .then().statusCode(200)
                .body(containsString("Encounter sbx-enc-03"))
                .body(containsString("Problems"))
                .body(containsString("Vitals"))
                .body(containsString("Labs"))
                .body(containsString("Medications"))
                .body(containsString("Allergies"))
                .body(containsString("Refresh chart"))
                .body(containsString("href=\"/sandbox?practitioner=sbx-prac-01&amp;patient=sbx-pat-03&amp;encounter=sbx-enc-03\""));
    }

    @Test
    void openScribeEmbedsTheAppLaunchInAnIframe() {
        given().queryParam("practitioner", "sbx-prac-02").queryParam("patient", "sbx-pat-04")
                .queryParam("encounter", "sbx-enc-04").queryParam("open", "1")
                .get("/sandbox")
                .then().statusCode(200)
                .body(containsString("<iframe id=\"scribe-frame\" src=\"/sandbox/launch?practitioner=sbx-prac-02"
                        + "&amp;patient=sbx-pat-04&amp;encounter=sbx-enc-04\""))
                .body(not(containsString(" sandbox=")));
    }

    @Test
    void writtenNoteOfTheEncounterIsShownAsEscapedText() {
        String text = "Assessment: asthma flare <b>improving</b> & stable. Synthetic note " + UUID.randomUUID();
        String id = given().auth().oauth2(SandboxFlow.writerToken()).contentType("application/fhir+json")
                .body(SandboxFlow.note("sbx-pat-03", "sbx-enc-03", text, UUID.randomUUID().toString()))
                .post("/sandbox/fhir/DocumentReference")
                .then().statusCode(201).extract().path("id");

        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        given().queryParam("patient", "sbx-pat-03").queryParam("encounter", "sbx-enc-03")
                .get("/sandbox")
                .then().statusCode(200)
                .body(containsString("Written notes"))
                .body(containsString("DocumentReference/" + id))
                .body(containsString(escaped))
                .body(not(containsString("<b>improving</b>")))
                .body(containsString("current / final"))
                .body(containsString("Dr. Avery Sample, MD"))
                // The transcript is a DocumentReference too, but not a clinical note.
                .body(not(containsString("DocumentReference/sbx-transcript-03")));

        given().queryParam("practitioner", "sbx-prac-01").queryParam("patient", "sbx-pat-03")
                .queryParam("encounter", "sbx-enc-03")
                .get("/sandbox/chart")
                .then().statusCode(200)
                .body(containsString(escaped))
                .body(not(containsString("<html")));
    }

    @Test
    void encounterOfAnotherPatientIsReplacedByThePatientsOwn() {
        given().queryParam("patient", "sbx-pat-05").queryParam("encounter", "sbx-enc-01")
                .get("/sandbox")
                .then().statusCode(200)
                .body(containsString("Encounter sbx-enc-05"))
                .body(containsString("not this patient"));
    }
}
