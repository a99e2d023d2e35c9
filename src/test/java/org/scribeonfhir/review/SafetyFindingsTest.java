package org.scribeonfhir.review;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scribeonfhir.testsupport.ChartFixtures;
import org.scribeonfhir.testsupport.FakeEhr;
import org.scribeonfhir.testsupport.Pane;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The safety checks on what people type, through the API and the pane (the chart's patient is allergic to penicillin). */
@QuarkusTest
@WithTestResource(FakeEhr.class)
class SafetyFindingsTest {

    static final String PLAN = "ASSESSMENT AND PLAN";

    Pane pane;

    @BeforeEach
    void launched() {
        ChartFixtures.freshLaunchableEncounter();
        pane = Pane.open();
    }

    @Test
    void amoxicillinTypedIntoThePlanIsACriticalAllergyFindingInTheApiAndThePane() {
        pane.api().get("/api/drafts/" + pane.id + "/findings").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("findings.findAll { it.severity == 'critical' }", empty())
                .body("findings[0].message", equalTo("The note has no assessment and plan."));

        pane.api().header("If-Match", "\"1\"")
                .body(Map.of("sections", Map.of(PLAN, "1. Strep throat.\nStart amoxicillin 500 mg three times daily.")))
                .put("/api/drafts/" + pane.id).then().statusCode(200);

        pane.api().get("/api/drafts/" + pane.id + "/findings").then().statusCode(200)
                .header("ETag", "\"2\"")
                .body("findings", hasSize(3))
                .body("findings[0].kind", equalTo("allergy"))
                .body("findings[0].severity", equalTo("critical"))
                .body("findings[0].section", equalTo(PLAN))
                .body("findings[0].line", equalTo("Start amoxicillin 500 mg three times daily."))
                .body("findings[0].message", equalTo("Amoxicillin is given here, but the patient is allergic to "
                        + "Penicillin: amoxicillin is a penicillin."))
                .body("findings[0].evidence[0]", equalTo("AllergyIntolerance/fx-alg-1 (Penicillin: Hives)"))
                // Typed after the visit, nobody said it: a warning per line, not a block.
                .body("findings[1].severity", equalTo("warning"))
                .body("findings[1].message", equalTo("Not in the conversation or the chart: streptococcal "
                        + "pharyngitis."))
                .body("findings[2].message", equalTo("Not in the conversation or the chart: amoxicillin, 500 mg."));

        pane.page().then().statusCode(200)
                .body(containsString("Safety checks: 3 findings in the text above"))
                .body(containsString("<strong>Critical:</strong> <span class=\"finding-message\">Amoxicillin is given here, but the patient is "
                        + "allergic to Penicillin: amoxicillin is a penicillin."));
    }

    @Test
    void findingsOfAnotherLaunchsDraftAreNotShown() {
        pane.api().get("/api/drafts/00000000-0000-0000-0000-000000000000/findings").then().statusCode(404)
                .contentType(containsString("application/problem+json"));
    }
}
