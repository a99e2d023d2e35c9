package org.scribeonfhir.review;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.testsupport.ChartFixtures;
import org.scribeonfhir.testsupport.FakeEhr;
import org.scribeonfhir.testsupport.Pane;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The pane names people and chart facts as a clinician would, not by their FHIR ids. */
@QuarkusTest
@WithTestResource(FakeEhr.class)
class PeopleAndFactsByNameTest {

    static final String HPI = "HISTORY OF PRESENT ILLNESS";
    /** Own ids, so the names stored here do not show up in other tests' pages. */
    static final String NAMED = "Practitioner/fx-named-7";
    static final String NAMELESS = "Practitioner/fx-nameless-8";

    @Test
    void whoSavedIsNamedFromTheUsersOwnPractitionerRecordAndReadOncePerDay() {
        String encounter = ChartFixtures.freshLaunchableEncounter();
        FakeEhr.stubSmart(ChartFixtures.PATIENT, encounter, NAMED);
        FakeEhr.server().stubFor(get(urlPathEqualTo("/fhir/Practitioner/fx-named-7")).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/fhir+json").withBody("""
                        {"resourceType": "Practitioner", "id": "fx-named-7",
                         "name": [{"use": "official", "family": "Fixture", "given": ["Pat"], "prefix": ["Dr."],
                                   "suffix": ["MD"]}]}
                        """)));
        Pane pane = Pane.open();
        pane.api().header("If-Match", "\"1\"").body(Map.of("sections", Map.of(HPI, "Dry cough for two weeks.")))
                .put("/api/drafts/" + pane.id).then().statusCode(200)
                .body("updatedBy", equalTo(NAMED))
                .body("updatedByName", equalTo("Dr. Pat Fixture, MD"));

        pane.page().then().statusCode(200)
                .body(containsString("by <span title=\"" + NAMED + "\">Dr. Pat Fixture, MD</span>"))
                .body(containsString("id=\"draft-state\">Edited</span>"));
        pane.browser().get(pane.draft + "/versions").then()
                .body(containsString(">Dr. Pat Fixture, MD</span>"));

        Pane.open(); // a second launch the same day does not read the name again
        FakeEhr.server().verify(1, getRequestedFor(urlPathEqualTo("/fhir/Practitioner/fx-named-7")));
    }

    @Test
    void aUserWhoseRecordCannotBeReadIsShownByReference() {
        String encounter = ChartFixtures.freshLaunchableEncounter(); // the fake EHR answers 404 for the Practitioner
        FakeEhr.stubSmart(ChartFixtures.PATIENT, encounter, NAMELESS);
        Pane pane = Pane.open();
        pane.api().header("If-Match", "\"1\"").body(Map.of("sections", Map.of(HPI, "Dry cough.")))
                .put("/api/drafts/" + pane.id).then().statusCode(200)
                .body("updatedByName", equalTo(NAMELESS));
    }

    @Test
    void chartEvidenceIsLabelledWithTheFactNotItsResourceId() {
        ChartFixtures.freshLaunchableEncounter();
        Pane pane = Pane.open();
        pane.page().then().statusCode(200)
                .body(containsString("class=\"evidence\" href=\"#fact-Observation-fx-obs-a1c\">Hemoglobin A1c 6.1% · 2 Nov 2026<"))
                .body(containsString("class=\"evidence evidence-unlinked\">patient&#39;s record<"))
                .body(not(containsString(">Observation/fx-obs-a1c<")))
                .body(not(containsString(">Patient/fx-pat-1<")));
        pane.api().get("/api/drafts/" + pane.id).then()
                .body("sections.statements.flatten().evidence.flatten()", hasItem("Observation/fx-obs-a1c"));
    }
}
