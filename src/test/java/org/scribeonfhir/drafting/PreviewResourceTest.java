package org.scribeonfhir.drafting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** POST /api/drafts/preview with the real committed model: good visits and every kind of bad input. */
@QuarkusTest
class PreviewResourceTest {

    static final String VISIT = """
            [doctor] hi jordan. jordan is a 52-year-old male who presents for follow-up of his diabetes.
            [patient] my sugars have been higher, usually in the 150s in the morning.
            [doctor] are you taking the metformin 500 milligrams twice a day?
            [patient] yes.
            [doctor] any chest pain or shortness of breath?
            [patient] no.
            [doctor] on exam, your lungs are clear and i hear no murmur.
            [doctor] your hemoglobin a1c is 7.9, which is up from last time.
            [doctor] for your diabetes, i want to increase your metformin to 1000 milligrams twice a day.
            [patient] okay, sounds good.
            """;

    static JsonPath preview(String body, int status) {
        return given().contentType("text/plain; charset=UTF-8").body(body.getBytes(StandardCharsets.UTF_8))
                .post("/api/drafts/preview").then().statusCode(status).extract().jsonPath();
    }

    @Test
    void aSentenceTheModelReadsAsAResultDoesNotEndTheExam() {
        JsonPath json = preview("""
                [doctor] So what happened?
                [patient] I went over on my right ankle playing netball on Saturday and heard a pop.
                [doctor] Let me look at the ankle. There's swelling and bruising over the outside of the ankle. \
                You're tender right over the tip of the lateral malleolus, and over the ligament in front of it, the \
                ATFL. Not tender over the medial malleolus, not at the base of the fifth metatarsal. The top of the \
                fibula is fine.
                [patient] Ow, yes, that's the spot.
                [doctor] Sorry. Now roll onto your tummy for me. I'm going to squeeze your calf, the foot moves \
                normally, so the Thompson test is negative. Your Achilles is intact.
                [patient] Oh, good.
                [doctor] Pulses are good, sensation is normal, you can move all your toes.
                [doctor] I think this is a sprain of the ankle ligament. I'm putting you in a brace for two weeks.
                """, 200);
        String exam = String.join("\n", json.getList("sections.find { it.header == 'PHYSICAL EXAM' }.statements.text",
                String.class));
        String plan = String.join("\n", json.getList(
                "sections.find { it.header == 'ASSESSMENT AND PLAN' }.statements.text", String.class));
        assertThat(exam).containsIgnoringCase("thompson").containsIgnoringCase("pulses");
        assertThat(plan).doesNotContainIgnoringCase("thompson").doesNotContainIgnoringCase("roll onto");
    }

    @Test
    void transcriptGivesSixSectionsWhoseStatementsAllCiteTurns() {
        JsonPath json = preview(VISIT, 200);
        assertThat(json.getList("sections.header")).containsExactlyElementsOf(NoteHeaders.ALL);
        List<Map<String, Object>> statements = json.getList("sections.statements.flatten()");
        assertThat(statements).isNotEmpty();
        for (Map<String, Object> s : statements) {
            List<Map<String, Object>> evidence = (List<Map<String, Object>>) s.get("evidence");
            assertThat(evidence).isNotEmpty();
            for (Map<String, Object> e : evidence) {
                assertThat(e.get("kind")).isEqualTo("transcript");
                assertThat((List<Integer>) e.get("turns")).allMatch(t -> t >= 1 && t <= 10);
            }
            assertThat(((Number) s.get("confidence")).doubleValue()).isBetween(0.0, 1.0);
        }
        assertThat(json.getString("text")).startsWith("CHIEF COMPLAINT\n").contains("\nASSESSMENT AND PLAN\n")
                .contains("metformin");
        assertThat(json.getString("model.name")).isEqualTo("scribe-drafting");
        assertThat(json.getString("model.sha256")).hasSize(64);
        assertThat(json.getMap("timings_ms")).containsKeys("parse", "model", "compose", "total");
    }

    @Test
    void chartFactsAreCitedByTheirFhirReference() {
        String body = """
                {"transcript": %s,
                 "patient": {"id": "p1", "gender": "male"},
                 "encounter": {"id": "e1", "reason": "Diabetes follow-up"},
                 "labs": [{"reference": "Observation/a1c-1", "kind": "lab", "label": "Hemoglobin A1c",
                           "value": "7.9 %%", "date": "2026-11-02", "flag": "H"}]}
                """.formatted(JsonPath.from("{}").prettify().isEmpty() ? "\"\"" : quote(VISIT));
        JsonPath json = given().contentType("application/json").body(body).post("/api/drafts/preview").then()
                .statusCode(200).extract().jsonPath();
        assertThat(json.getList("sections.find { it.header == 'RESULTS' }.statements.evidence.flatten().reference"))
                .contains("Observation/a1c-1");
        assertThat(json.getList("sections.find { it.header == 'CHIEF COMPLAINT' }.statements.text"))
                .containsExactly("Follow-up of diabetes.");
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    @Test
    void chartFactWithoutReferenceIsRefused() {
        given().contentType("application/json").body("{\"transcript\": " + quote(VISIT)
                + ", \"vitals\": [{\"label\": \"Blood pressure\", \"value\": \"150/90\"}]}")
                .post("/api/drafts/preview").then().statusCode(422).contentType("application/problem+json")
                .body("title", equalTo("A chart fact cannot be cited"));
    }

    @Test
    void emptyTranscriptIsABadRequest() {
        given().contentType("text/plain").body("   \n").post("/api/drafts/preview").then().statusCode(400)
                .contentType("application/problem+json").body("title", equalTo("The transcript is empty"));
    }

    @Test
    void transcriptWithoutSpeakerTagsIsRefused() {
        preview("hello how are you\ni have had a cough for two weeks\n", 422);
        given().contentType("text/plain").body("hello how are you\ni have had a cough").post("/api/drafts/preview")
                .then().body("title", equalTo("The transcript has no speaker turns"));
    }

    @Test
    void nonEnglishTranscriptIsRefused() {
        given().contentType("text/plain; charset=UTF-8").body("[doctor] 你好，你今天感觉怎么样？\n[patient] 我咳嗽两个星期了。\n")
                .post("/api/drafts/preview").then().statusCode(422)
                .body("title", equalTo("The transcript does not look like English"));
        given().contentType("text/plain; charset=UTF-8").body("[doctor] hola, ¿cómo se siente hoy?\n[patient] tengo tos desde hace "
                + "dos semanas y me duele la garganta.\n").post("/api/drafts/preview").then().statusCode(422);
    }

    @Test
    void oneMegabyteIsTooLarge() {
        String huge = "[doctor] " + "how are you feeling today? ".repeat(40_000);
        given().contentType("text/plain").body(huge).post("/api/drafts/preview").then().statusCode(413)
                .contentType("application/problem+json").body("title", equalTo("The transcript is too long"));
    }

    @Test
    void binaryGarbageIsNotText() {
        byte[] garbage = new byte[4096];
        new java.util.Random(7).nextBytes(garbage);
        garbage[0] = '[';
        given().contentType("text/plain").body(garbage).post("/api/drafts/preview").then().statusCode(415)
                .contentType("application/problem+json");
        given().contentType("application/octet-stream").body(garbage).post("/api/drafts/preview").then()
                .statusCode(415).contentType("application/problem+json");
    }

    @Test
    void oneGiantTurnIsDraftedWithAWarning() {
        String giant = "[patient] " + "i have had a dry cough for two weeks and some chest tightness at night. "
                .repeat(120);
        JsonPath json = preview(giant, 200);
        assertThat(json.getList("warnings", String.class)).anyMatch(w -> w.contains("Turn 1 is"));
        assertThat(json.getList("sections.statements.flatten().evidence.flatten().turns.flatten()", Integer.class))
                .allMatch(t -> t == 1);
    }

    @Test
    void turnsInUnexpectedOrderStillCiteOnlyTheirOwnTurns() {
        List<String> lines = new java.util.ArrayList<>(List.of(VISIT.strip().split("\n")));
        java.util.Collections.reverse(lines);
        JsonPath json = preview(String.join("\n", lines), 200);
        assertThat(json.getList("sections.statements.flatten().evidence.flatten().turns.flatten()", Integer.class))
                .isNotEmpty().allMatch(t -> t >= 1 && t <= 10);
    }

    @Test
    void smallTalkOnlyGivesAnEmptyDraftThatSaysSo() {
        JsonPath json = preview("[doctor] hi, how was your weekend?\n[patient] good, thanks.\n", 200);
        assertThat(json.getList("sections.statements.flatten()")).isEmpty();
        assertThat(json.getList("warnings", String.class)).anyMatch(w -> w.contains("no clinical content"));
    }

    @Test
    void wrongMediaTypeAndBrokenJsonAreClientErrors() {
        given().contentType("application/json").body("{\"transcript\": ").post("/api/drafts/preview").then()
                .statusCode(400).contentType(not(containsString("html")));
        given().contentType("text/plain").body(VISIT).get("/api/drafts/preview").then().statusCode(405);
        assertThat(List.of(1)).hasSize(1);
    }

    static org.hamcrest.Matcher<java.util.Collection<?>> none() {
        return hasSize(0);
    }
}
