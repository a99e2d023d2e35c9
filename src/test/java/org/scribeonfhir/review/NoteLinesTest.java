package org.scribeonfhir.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.scribeonfhir.testsupport.ChartFixtures;
import org.scribeonfhir.testsupport.FakeEhr;
import org.scribeonfhir.testsupport.Pane;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The note's lines as the pane renders them: a line a person changed keeps the evidence of what it was. */
@QuarkusTest
@WithTestResource(FakeEhr.class)
class NoteLinesTest {

    @Test
    void aChangedStatementKeepsItsEvidenceAfterAReloadAndANewLineHasNone() {
        ChartFixtures.freshLaunchableEncounter();
        Pane pane = Pane.open();
        List<String> hpi = pane.api().get("/api/drafts/" + pane.id).then().extract()
                .path("sections.find { it.header == 'HISTORY OF PRESENT ILLNESS' }.statements.text");
        String drafted = hpi.get(0);
        String changed = drafted.replaceAll("\\.$", "") + ", worse at night.";
        pane.api().header("If-Match", "\"1\"").body(Map.of("sections", Map.of("HISTORY OF PRESENT ILLNESS",
                changed + "\nSleeps propped up on two pillows."))).put("/api/drafts/" + pane.id).then().statusCode(200);

        String page = pane.page().then().statusCode(200).extract().asString();
        assertThat(page).contains("<div class=\"st edited\" data-text=\"" + drafted + "\"")
                .contains(">" + changed + "</div>")
                .contains("<div class=\"st added\">Sleeps propped up on two pillows.</div>");
        pane.page().then().body(containsString("data-review=\"false\""));
    }
}
