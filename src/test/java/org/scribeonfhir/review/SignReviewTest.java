package org.scribeonfhir.review;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scribeonfhir.testsupport.ChartFixtures;
import org.scribeonfhir.testsupport.FakeEhr;
import org.scribeonfhir.testsupport.Pane;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** Signing asks for the signer's review: an attestation, and a look at every statement the model marked "check". */
@QuarkusTest
@WithTestResource(FakeEhr.class)
class SignReviewTest {

    Pane pane;
    /** A drafted statement marked "check" in the fixture's draft. */
    String check;
    int checks;

    @BeforeEach
    void launched() {
        ChartFixtures.freshLaunchableEncounter();
        pane = Pane.open();
        FakeEhr.server().stubFor(post(urlPathEqualTo("/fhir/DocumentReference")).willReturn(aResponse()
                .withStatus(201).withHeader("Location", FakeEhr.iss() + "/DocumentReference/note-7/_history/1")));
        List<String> low = draft().getList("sections.statements.flatten().findAll { it.needsReview }.text");
        assertThat(low).as("the fixture's draft has statements marked check").isNotEmpty();
        check = low.get(0);
        checks = low.size();
    }

    @Test
    void signingWithoutTheAttestationSignsNothingAndShowsTheTextBack() {
        currentText().formParam("unreviewed", "confirmed").post(pane.draft + "/sign").then().statusCode(422)
                .body(containsString("Confirm your review before signing"))
                .body(containsString("Tick the attestation next to Sign"))
                .body(containsString(check));
        FakeEhr.server().verify(0, postRequestedFor(urlPathEqualTo("/fhir/DocumentReference")));
        assertThat(draft().getString("state")).isEqualTo("drafted");
    }

    @Test
    void anEditSentWithSignIsSavedEvenWhenSigningStillAsksForTheReview() {
        RequestSpecification form = pane.form(1, Map.of(1, "Dry cough for two weeks; typed just before Sign."));
        form.post(pane.draft + "/sign").then().statusCode(422)
                .body(containsString("Your text is saved (version 2)"));
        assertThat(draft().getInt("version")).isEqualTo(2);
        assertThat(draft().getString("sections.find { it.header == 'HISTORY OF PRESENT ILLNESS' }.text"))
                .isEqualTo("Dry cough for two weeks; typed just before Sign.");
    }

    @Test
    void unreviewedCheckStatementsAreListedAndSignedOnlyOnceConfirmed() {
        currentText().formParam("attest", "yes").post(pane.draft + "/sign").then().statusCode(422)
                .body(containsString(checks + (checks == 1 ? " statement is" : " statements are") + " marked"))
                .body(containsString("<li>" + check.replace("'", "&#39;") + "</li>"))
                .body(not(containsString("Tick the attestation")));
        FakeEhr.server().verify(0, postRequestedFor(urlPathEqualTo("/fhir/DocumentReference")));

        currentText().formParam("attest", "yes").formParam("unreviewed", "confirmed").post(pane.draft + "/sign")
                .then().statusCode(303);
        assertThat(draft().getString("state")).isEqualTo("written");
        pane.browser().get(pane.draft + "/versions").then().statusCode(200)
                .body(containsString("Signed by " + ChartFixtures.PRACTITIONER))
                .body(containsString("attesting: “" + SignReview.ATTESTATION + "”"));
    }

    @Test
    void acceptingAStatementClearsItsCheckAndTheHistoryNamesWhoAccepted() {
        currentText().formParam("statement", check).post(pane.draft + "/accept").then().statusCode(303);

        JsonPath after = draft();
        assertThat(after.getList("sections.statements.flatten().findAll { it.text == '" + check.replace("'", "\\'")
                + "' }.accepted")).containsOnly(true);
        assertThat(after.getList("sections.statements.flatten().findAll { it.needsReview }")).hasSize(checks - 1);
        assertThat(after.getInt("version")).isEqualTo(1);
        pane.browser().get(pane.draft + "/versions").then()
                .body(containsString("Statements accepted as drafted"))
                .body(containsString(ChartFixtures.PRACTITIONER));
    }

    @Test
    void rejectingAStatementRemovesItAsAVersionOfItsOwnThatTheHistoryKeeps() {
        currentText().formParam("statement", check).post(pane.draft + "/reject").then().statusCode(303);

        JsonPath after = draft();
        assertThat(after.getInt("version")).isEqualTo(2);
        assertThat(String.join("\n", after.<String>getList("sections.text"))).doesNotContain(check);
        pane.browser().get(pane.draft + "/versions").then()
                .body(containsString("Version 2 · statement rejected"))
                .body(containsString(check.replace("'", "&#39;")));
    }

    @Test
    void theApiRefusesASignatureWithoutTheAttestationAsAProblem() {
        pane.api().header("If-Match", "\"1\"").body(Map.of()).post("/api/drafts/" + pane.id + "/sign")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:scribe-on-fhir:problem:sign-needs-review"))
                .body("detail", containsString(SignReview.ATTESTATION));
        pane.api().header("If-Match", "\"1\"").body(Map.of("attest", true, "confirmUnreviewed", true))
                .post("/api/drafts/" + pane.id + "/sign").then().statusCode(200).body("state", equalTo("written"));
    }

    @Test
    void theApiAcceptsAStatementWithoutMakingAVersion() {
        pane.api().header("If-Match", "\"1\"").body(Map.of("statement", check)).post("/api/drafts/" + pane.id + "/accept")
                .then().statusCode(200).header("ETag", "\"1\"");
        assertThat(draft().getList("sections.statements.flatten().findAll { it.needsReview }")).hasSize(checks - 1);
    }

    @Test
    void onlyACheckStatementStandingAsDraftedCanBeAccepted() {
        currentText().formParam("statement", "A statement nobody drafted.").post(pane.draft + "/accept").then()
                .statusCode(422).body(containsString("That statement cannot be accepted"));
        pane.api().header("If-Match", "\"1\"").body(Map.of("statement", "x".repeat(50_000)))
                .post("/api/drafts/" + pane.id + "/accept").then().statusCode(422)
                .body("type", equalTo("urn:scribe-on-fhir:problem:not-a-check-statement"));
        assertThat(draft().getList("sections.statements.flatten().findAll { it.accepted }")).isEmpty();
    }

    private JsonPath draft() {
        return pane.api().get("/api/drafts/" + pane.id).then().statusCode(200).extract().jsonPath();
    }

    /** The pane's form as the page shows it: the current text of every section, unchanged. */
    private RequestSpecification currentText() {
        List<String> texts = draft().getList("sections.text");
        Map<Integer, String> sections = new HashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            sections.put(i, texts.get(i));
        }
        return pane.form(1, sections);
    }
}
