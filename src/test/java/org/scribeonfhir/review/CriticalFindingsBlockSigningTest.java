package org.scribeonfhir.review;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scribeonfhir.testsupport.ChartFixtures;
import org.scribeonfhir.testsupport.FakeEhr;
import org.scribeonfhir.testsupport.Pane;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * A critical safety finding blocks signing until the signer acknowledges it with a reason; the acknowledgement
 * is stored with who, when, why and the finding (the chart's patient is allergic to penicillin).
 */
@QuarkusTest
@WithTestResource(FakeEhr.class)
class CriticalFindingsBlockSigningTest {

    static final String PLAN = "ASSESSMENT AND PLAN";
    static final String AMOXICILLIN = "1. Strep throat.\nStart amoxicillin 500 mg three times daily.";

    Pane pane;

    @BeforeEach
    void launched() {
        ChartFixtures.freshLaunchableEncounter();
        FakeEhr.server().stubFor(post(urlPathEqualTo("/fhir/DocumentReference")).willReturn(aResponse()
                .withStatus(201).withHeader("Location", FakeEhr.iss() + "/DocumentReference/note-9/_history/1")));
        pane = Pane.open();
    }

    private int notesWritten() {
        return FakeEhr.server().findAll(postRequestedFor(urlPathEqualTo("/fhir/DocumentReference"))).size();
    }

    private String findingKey() {
        return pane.api().get("/api/drafts/" + pane.id + "/findings").then().statusCode(200)
                .extract().path("findings[0].key");
    }

    @Test
    void signingThroughTheApiAnswers409WithTheOpenCriticalFindingAndWritesNothing() {
        pane.api().header("If-Match", "\"1\"").body(Map.of("sections", Map.of(PLAN, AMOXICILLIN),
                "attest", true, "confirmUnreviewed", true))
                .post("/api/drafts/" + pane.id + "/sign").then().statusCode(409)
                .contentType(containsString("application/problem+json"))
                .body("type", equalTo("urn:scribe-on-fhir:problem:critical-findings"))
                .body("detail", containsString("your text is saved as version 2"))
                .body("findings", hasSize(1))
                .body("findings[0].kind", equalTo("allergy"))
                .body("findings[0].key", matchesPattern("[0-9a-f]{16}"))
                .body("findings[0].line", equalTo("Start amoxicillin 500 mg three times daily."))
                .body("correlationId", notNullValue());

        assertThat(notesWritten()).isZero();
        pane.api().get("/api/drafts/" + pane.id).then().statusCode(200).header("ETag", "\"2\"")
                .body("state", not(equalTo("signed")));
    }

    @Test
    void anAcknowledgementWithAReasonIsStoredAndThenSigningWritesOneNote() {
        pane.api().header("If-Match", "\"1\"").body(Map.of("sections", Map.of(PLAN, AMOXICILLIN)))
                .put("/api/drafts/" + pane.id).then().statusCode(200);
        String key = findingKey();

        pane.api().body(Map.of("finding", key, "reason", "Tolerated amoxicillin in 2025; the allergy is old rash."))
                .post("/api/drafts/" + pane.id + "/findings/acknowledgements").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("findings[0].key", equalTo(key))
                .body("findings[0].acknowledged.by", equalTo(ChartFixtures.PRACTITIONER))
                .body("findings[0].acknowledged.reason",
                        equalTo("Tolerated amoxicillin in 2025; the allergy is old rash."))
                .body("findings[0].acknowledged.at", notNullValue())
                .body("findings[0].acknowledged.version", equalTo(2));

        pane.api().header("If-Match", "\"2\"").body(Map.of("attest", true, "confirmUnreviewed", true))
                .post("/api/drafts/" + pane.id + "/sign").then().statusCode(200)
                .body("writtenReference", equalTo("DocumentReference/note-9"));
        assertThat(notesWritten()).isEqualTo(1);
    }

    @Test
    void anAcknowledgementWithoutAReasonOrOfNoCurrentFindingIsRefusedAndRecordsNothing() {
        pane.api().header("If-Match", "\"1\"").body(Map.of("sections", Map.of(PLAN, AMOXICILLIN)))
                .put("/api/drafts/" + pane.id).then().statusCode(200);
        String key = findingKey();

        pane.api().body(Map.of("finding", key, "reason", "   "))
                .post("/api/drafts/" + pane.id + "/findings/acknowledgements").then().statusCode(422)
                .contentType(containsString("application/problem+json"))
                .body("type", equalTo("urn:scribe-on-fhir:problem:acknowledgement-needs-reason"));
        pane.api().body(Map.of("finding", "0123456789abcdef", "reason", "Checked."))
                .post("/api/drafts/" + pane.id + "/findings/acknowledgements").then().statusCode(409)
                .body("type", equalTo("urn:scribe-on-fhir:problem:no-such-finding"));

        pane.api().get("/api/drafts/" + pane.id + "/findings").then()
                .body("findings[0].acknowledged", nullValue());
    }

    @Test
    void onlySomeoneWhoMaySignAcknowledgesACriticalFinding() {
        FakeEhr.server().resetAll();
        String enc = ChartFixtures.newEncounter();
        FakeEhr.stubSmart(ChartFixtures.PATIENT, enc, "RelatedPerson/fx-rp-1");
        ChartFixtures.stubChart(enc);
        Pane other = Pane.open();
        other.api().header("If-Match", "\"1\"").body(Map.of("sections", Map.of(PLAN, AMOXICILLIN)))
                .put("/api/drafts/" + other.id).then().statusCode(200);
        String key = other.api().get("/api/drafts/" + other.id + "/findings").then().extract().path("findings[0].key");

        other.api().body(Map.of("finding", key, "reason", "Checked."))
                .post("/api/drafts/" + other.id + "/findings/acknowledgements").then().statusCode(403)
                .body("type", equalTo("urn:scribe-on-fhir:problem:not-a-signer"));
        other.api().get("/api/drafts/" + other.id + "/findings").then()
                .body("findings[0].acknowledged", nullValue());
    }

    @Test
    void theAcknowledgementNeedsTheCsrfToken() {
        pane.api().header("If-Match", "\"1\"").body(Map.of("sections", Map.of(PLAN, AMOXICILLIN)))
                .put("/api/drafts/" + pane.id).then().statusCode(200);
        pane.browser().header("X-CSRF-Token", "wrong").contentType("application/json")
                .body(Map.of("finding", findingKey(), "reason", "Checked."))
                .post("/api/drafts/" + pane.id + "/findings/acknowledgements").then().statusCode(403);
        pane.api().get("/api/drafts/" + pane.id + "/findings").then()
                .body("findings[0].acknowledged", nullValue());
    }

    @Test
    void thePaneRefusesToSignShowsTheFindingToAcknowledgeKeepsTheTextAndSignsOnceAcknowledged() {
        Map<Integer, String> text = Map.of(0, "Sore throat.", 5, AMOXICILLIN);
        Response refused = pane.form(1, text).formParam("attest", "yes").formParam("unreviewed", "confirmed")
                .post(pane.draft + "/sign");
        assertThat(refused.statusCode()).isEqualTo(409);
        String page = refused.asString();
        assertThat(page).contains("1 critical safety finding needs your acknowledgement")
                .contains("Start amoxicillin 500 mg three times daily.</textarea>");
        assertThat(notesWritten()).isZero();

        String key = findingKey();
        assertThat(page).contains("name=\"reason." + key + "\"");
        pane.form(2, text).formParam("finding", key).formParam("reason." + key, "")
                .post(pane.draft + "/acknowledge").then().statusCode(422)
                .body(containsString("Say why"))
                .body(containsString("Start amoxicillin 500 mg three times daily."));

        pane.form(2, text).formParam("finding", key).formParam("reason." + key, "Tolerated it last year.")
                .post(pane.draft + "/acknowledge").then().statusCode(303);
        pane.page().then().statusCode(200)
                .body(containsString("Acknowledged by"))
                .body(containsString("Tolerated it last year."))
                .body(not(containsString("name=\"reason." + key + "\"")));

        pane.form(2, text).formParam("attest", "yes").formParam("unreviewed", "confirmed")
                .post(pane.draft + "/sign").then().statusCode(303);
        assertThat(notesWritten()).isEqualTo(1);
    }

    @Test
    void whileACriticalFindingIsOpenThePaneOffersNoWayToSignTheUncheckedStatementsAsDrafted() {
        var json = pane.api().get("/api/drafts/" + pane.id).then().statusCode(200).extract().jsonPath();
        int section = -1;
        String unchecked = null;
        for (int i = 0; unchecked == null && i < json.getList("sections").size(); i++) {
            List<String> review = json.getList("sections[" + i + "].statements.findAll { it.needsReview }.text");
            if (!review.isEmpty() && i != 5) {
                section = i;
                unchecked = review.get(0);
            }
        }
        assertThat(unchecked).as("the drafted note has a statement marked check").isNotNull();
        Map<Integer, String> text = Map.of(section, unchecked, 5, AMOXICILLIN);
        String page = pane.form(1, text).formParam("attest", "yes").post(pane.draft + "/sign").asString();
        assertThat(page).contains("1 critical safety finding needs your acknowledgement")
                .containsPattern("(?:statement is|statements are) marked <em>check</em>")
                .doesNotContain("id=\"sign-unreviewed\"");
        assertThat(notesWritten()).isZero();
    }
}
