package org.scribeonfhir.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scribeonfhir.testsupport.ChartFixtures;
import org.scribeonfhir.testsupport.FakeEhr;
import org.scribeonfhir.testsupport.Pane;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** The history: versions in the note's order, a word-level comparison of two versions, and restoring one. */
@QuarkusTest
@WithTestResource(FakeEhr.class)
class HistoryTest {

    static final String HPI = "HISTORY OF PRESENT ILLNESS";

    Pane pane;

    @BeforeEach
    void twoEdits() {
        ChartFixtures.freshLaunchableEncounter();
        pane = Pane.open();
        save(1, "Dry cough for two weeks.");
        save(2, "Dry cough for three weeks.");
    }

    @Test
    void eachVersionListsItsSectionsInTheNotesOrder() {
        String page = pane.browser().get(pane.draft + "/versions").then().statusCode(200)
                .header("Cache-Control", "no-store").extract().asString();
        String newest = page.substring(page.indexOf("id=\"version-3\""), page.indexOf("id=\"version-2\""));
        assertThat(newest.indexOf("<h2>CHIEF COMPLAINT</h2>")).isPositive()
                .isLessThan(newest.indexOf("<h2>HISTORY OF PRESENT ILLNESS</h2>"));
        assertThat(newest.indexOf("<h2>HISTORY OF PRESENT ILLNESS</h2>")).isLessThan(newest.indexOf("<h2>RESULTS</h2>"));
        assertThat(newest.indexOf("<h2>RESULTS</h2>")).isLessThan(newest.indexOf("<h2>ASSESSMENT AND PLAN</h2>"));
    }

    @Test
    void comparingTwoVersionsMarksOnlyTheWordsThatChanged() {
        pane.browser().get(pane.draft + "/versions?from=2&to=3").then().statusCode(200)
                .body(containsString("Version 2 → version 3"))
                .body(containsString("Dry cough for <del>two</del><ins>three</ins> weeks."))
                .body(containsString("CHIEF COMPLAINT <span class=\"unchanged\">(unchanged)</span>"));
    }

    @Test
    void restoringAnOlderVersionSavesItAsTheNewestAndKeepsTheOnesBetween() {
        restore(3).post(pane.draft + "/versions/2/restore").then().statusCode(303)
                .header("Location", containsString("notice=version-restored"));
        pane.api().get("/api/drafts/" + pane.id).then().body("version", equalTo(4))
                .body("sections.find { it.header == 'HISTORY OF PRESENT ILLNESS' }.text",
                        equalTo("Dry cough for two weeks."));
        pane.browser().get(pane.draft + "/versions").then()
                .body(containsString("Version 4 · older version restored"))
                .body(containsString("Dry cough for three weeks."));
    }

    @Test
    void restoringFromAnOutdatedHistoryChangesNothing() {
        restore(2).post(pane.draft + "/versions/2/restore").then().statusCode(409)
                .body(containsString("Someone saved the draft after you opened the history"));
        pane.api().get("/api/drafts/" + pane.id).then().body("version", equalTo(3));
        restore(3).post(pane.draft + "/versions/9/restore").then().statusCode(404);
        pane.browser().contentType("application/x-www-form-urlencoded").formParam("csrf", pane.csrf)
                .formParam("current", "three").post(pane.draft + "/versions/2/restore").then().statusCode(409);
    }

    private void save(int version, String hpi) {
        pane.api().header("If-Match", "\"" + version + "\"").body(Map.of("sections", Map.of(HPI, hpi)))
                .put("/api/drafts/" + pane.id).then().statusCode(200);
    }

    private RequestSpecification restore(int current) {
        return pane.browser().contentType("application/x-www-form-urlencoded").formParam("csrf", pane.csrf)
                .formParam("current", current);
    }
}
